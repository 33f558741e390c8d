package dev.lantern.cli.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lantern.extract.report.ExtractionStix;
import dev.lantern.extract.report.ReportExtraction;
import dev.lantern.stix.json.StixJson;
import java.time.InstantSource;
import java.util.List;

/** The STIX form of extractions: one bundle for all inputs, indented for people. */
final class StixOutput {
  private static final ObjectMapper INDENTED =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StixOutput() {}

  static String bundle(List<ReportExtraction> results, InstantSource clock) {
    var tree = StixJson.standard().toTree(new ExtractionStix(clock).bundle(results));
    try {
      return INDENTED.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("indenting Lantern's own STIX output failed", e);
    }
  }
}
