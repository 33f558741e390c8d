package dev.lantern.cli.extract;

import dev.lantern.extract.report.ReportExtraction;
import java.util.List;

/** The STIX form of extractions: one bundle for all inputs. */
final class StixOutput {
  private StixOutput() {}

  static String bundle(List<ReportExtraction> results) {
    throw new UnsupportedOperationException("STIX output arrives with the STIX model");
  }
}
