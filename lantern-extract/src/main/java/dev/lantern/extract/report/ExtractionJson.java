package dev.lantern.extract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.language.Language;

/**
 * The JSON shape of an extraction, a stable contract for scripts and for later stages: {@code
 * source, language, published, indicators[], entities[], claims[], incidents[]}. Keys are always
 * present; absent values are JSON {@code null}.
 */
public final class ExtractionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionJson() {}

  public static ObjectNode toJson(ReportExtraction extraction) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", extraction.document().source());
    root.put("language", extraction.language().map(Language::code).orElse(null));
    root.put("published", extraction.published().map(Object::toString).orElse(null));
    ArrayNode indicators = root.putArray("indicators");
    for (Indicator i : extraction.indicators()) {
      ObjectNode node = indicators.addObject();
      node.put("type", i.type().jsonName());
      node.put("value", i.value());
      node.put("defanged", i.defanged());
      node.put("start", i.start());
      node.put("end", i.end());
      node.put("suppressed", i.suppressed().orElse(null));
    }
    root.putArray("entities");
    root.putArray("claims");
    root.putArray("incidents");
    return root;
  }
}
