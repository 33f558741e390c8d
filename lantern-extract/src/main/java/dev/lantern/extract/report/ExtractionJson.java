package dev.lantern.extract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.language.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of an extraction, a stable contract for scripts and for later stages: {@code
 * source, language, published, indicators[], entities[], claims[], incidents[], dates[]}. Keys are
 * always present; absent values are JSON {@code null}. An entity appears once, with every mention.
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
    ArrayNode entities = root.putArray("entities");
    Map<String, ObjectNode> byEntity = new LinkedHashMap<>();
    for (EntityMention m : extraction.entities()) {
      ObjectNode entity =
          byEntity.computeIfAbsent(
              m.type().jsonName() + "\u0000" + m.canonical(),
              key -> {
                ObjectNode node = entities.addObject();
                node.put("type", m.type().jsonName());
                node.put("name", m.canonical());
                node.put("country", m.country().orElse(null));
                node.putArray("mentions");
                return node;
              });
      ObjectNode mention = ((ArrayNode) entity.get("mentions")).addObject();
      mention.put("text", m.text());
      mention.put("start", m.start());
      mention.put("end", m.end());
    }
    root.putArray("claims");
    root.putArray("incidents");
    ArrayNode dates = root.putArray("dates");
    for (DateMention d : extraction.dates()) {
      ObjectNode node = dates.addObject();
      node.put("text", d.text());
      node.put("value", d.value().orElse(null));
      node.put("granularity", d.granularity().label());
      node.put("relative", d.relative());
      node.put("start", d.start());
      node.put("end", d.end());
    }
    return root;
  }
}
