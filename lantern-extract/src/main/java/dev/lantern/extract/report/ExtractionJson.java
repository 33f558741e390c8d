package dev.lantern.extract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.extract.attribution.Basis;
import dev.lantern.extract.attribution.Claim;
import dev.lantern.extract.attribution.Incident;
import dev.lantern.extract.attribution.Victim;
import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.language.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an extraction, a stable contract for scripts and for later stages: {@code
 * source, language, published, indicators[], entities[], claims[], incidents[], dates[]}. Keys are
 * always present; absent values are JSON {@code null}. An entity appears once, with every mention.
 * Claims carry, beyond the keys, the {@code victims} they concern and the index of their
 * {@code incident}.
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
    ArrayNode claims = root.putArray("claims");
    for (Claim c : extraction.claims()) {
      ObjectNode node = claims.addObject();
      node.put("stance", c.stance().label());
      node.put("claimant", c.claimant().orElse(null));
      node.put("actor", c.actor().orElse(null));
      node.put("state", c.state().orElse(null));
      node.put("hedged", c.hedged());
      node.put("basis", c.basis().map(Basis::label).orElse(null));
      node.put("evidence", c.evidence());
      node.put("start", c.start());
      node.put("end", c.end());
      victims(node.putArray("victims"), c.victims());
      if (c.incident() >= 0) {
        node.put("incident", c.incident());
      } else {
        node.putNull("incident");
      }
    }
    ArrayNode incidents = root.putArray("incidents");
    for (Incident i : extraction.incidents()) {
      ObjectNode node = incidents.addObject();
      strings(node.putArray("actors"), i.actors());
      strings(node.putArray("states"), i.states());
      victims(node.putArray("victims"), i.victims());
      strings(node.putArray("malware"), i.malware());
      strings(node.putArray("cves"), i.cves());
      strings(node.putArray("techniques"), i.techniques());
      ObjectNode activity = node.putObject("activity");
      activity.put("start", i.activityStart().orElse(null));
      activity.put("end", i.activityEnd().orElse(null));
      node.put("disclosed", i.disclosed().map(Object::toString).orElse(null));
      node.put("main", i.main());
    }
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

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }

  private static void victims(ArrayNode into, List<Victim> victims) {
    for (Victim v : victims) {
      ObjectNode node = into.addObject();
      node.put("name", v.name().orElse(null));
      node.put("country", v.country().orElse(null));
      node.put("sector", v.sector().orElse(null));
    }
  }
}
