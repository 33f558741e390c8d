package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** STIX → MISP → STIX and MISP → STIX → MISP keep what docs/interop.md says they keep. */
final class MispRoundTripTest {
  private static final Instant T = StixTimestamp.parse("2024-02-06T10:00:00Z");

  // -----------------------------------------------------------------------------------------
  // MISP → STIX → MISP
  // -----------------------------------------------------------------------------------------

  private static Set<String> attributes(JsonNode event, boolean withUuid) {
    Set<String> out = new TreeSet<>();
    for (JsonNode a : event.path("Attribute")) {
      out.add(attribute(a, withUuid));
    }
    for (JsonNode o : event.path("Object")) {
      for (JsonNode a : o.path("Attribute")) {
        out.add(
            o.path("name").asText()
                + "/"
                + a.path("object_relation").asText()
                + ":"
                + attribute(a, withUuid));
      }
    }
    return out;
  }

  private static String attribute(JsonNode a, boolean withUuid) {
    String type = a.path("type").asText();
    String value = a.path("value").asText();
    if (MispTags.hashAlgorithm(type).isPresent()) {
      value = value.toLowerCase(Locale.ROOT); // documented: hashes are written in lower case
    }
    boolean toIds = a.path("to_ids").asBoolean() || a.path("to_ids").asText().equals("1");
    String uuid = withUuid && !type.equals("vulnerability") ? a.path("uuid").asText() + " " : "";
    return uuid + type + "=" + value + " ids=" + toIds + " cat=" + a.path("category").asText();
  }

  private static Set<String> tags(JsonNode event) {
    Set<String> out = new TreeSet<>();
    event.path("Tag").forEach(t -> out.add(t.path("name").asText()));
    return out;
  }

  @Test
  void mispToStixToMisp_keepsEventAttributesObjectsTagsAndUuids() {
    JsonNode original = Bundles.resource("coathanger-event.json").get("Event");
    Bundle stix = Misp.toStix(Bundles.resource("coathanger-event.json"), "e.json");

    JsonNode back = Misp.toMisp(stix.objects(), "unused").get("Event");

    assertThat(back.path("uuid").asText()).isEqualTo(original.path("uuid").asText());
    assertThat(back.path("info").asText()).isEqualTo(original.path("info").asText());
    assertThat(back.path("date").asText()).isEqualTo("2024-02-06");
    assertThat(back.path("threat_level_id").asText()).isEqualTo("1");
    assertThat(back.path("Orgc").path("name").asText()).isEqualTo("CIRCL");
    assertThat(attributes(back, true)).isEqualTo(attributes(original, true));
    assertThat(tags(back))
        .contains(
            "tlp:amber",
            "type:OSINT",
            "misp-galaxy:threat-actor=\"APT 31\"",
            "misp-galaxy:malpedia=\"COATHANGER\"",
            "misp-galaxy:mitre-attack-pattern=\"Exploit Public-Facing Application - T1190\"",
            "misp-galaxy:country=\"netherlands\"");
    JsonNode url = findAttribute(back, "url");
    assertThat(url.path("Tag").get(0).path("name").asText()).isEqualTo("tlp:clear");
  }

  private static JsonNode findAttribute(JsonNode event, String type) {
    for (JsonNode a : event.path("Attribute")) {
      if (a.path("type").asText().equals(type)) {
        return a;
      }
    }
    throw new AssertionError("no " + type + " attribute");
  }

  @Test
  void mispToStixToMispToStix_givesTheSameObjectIds() {
    Bundle first = Misp.toStix(Bundles.resource("coathanger-event.json"), "e.json");
    ObjectNode event = Misp.toMisp(first.objects(), "unused");

    Bundle second = Misp.toStix(event, "back.json");

    Set<Identifier> a = new HashSet<>(first.objects().stream().map(StixObject::id).toList());
    Set<Identifier> b = new HashSet<>(second.objects().stream().map(StixObject::id).toList());
    assertThat(b).isEqualTo(a);
  }

  // -----------------------------------------------------------------------------------------
  // STIX → MISP → STIX
  // -----------------------------------------------------------------------------------------

  private static Indicator indicator(String key, String pattern) {
    return Indicator.of(
            Identifier.forNamed(StixType.INDICATOR, "rt:" + key),
            Common.createdAt(T).withMarkings(List.of(Tlp.V2_GREEN.id())),
            pattern,
            PatternType.STIX,
            T)
        .withPatternVersion("2.1");
  }

  @Test
  void stixToMispToStix_keepsPatternsObservablesNamedObjectsAndTlp() {
    Indicator ip = indicator("ip", "[ipv4-addr:value = '195.58.39.1']");
    Indicator domain = indicator("domain", "[domain-name:value = 'update-fortinet.example']");
    Indicator set = indicator("set", "[ipv4-addr:value IN ('203.0.113.1', '203.0.113.2')]");
    Indicator sequence =
        indicator(
            "seq",
            "[ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [domain-name:value = 'x.example']");
    Ipv4Addr observed = Ipv4Addr.of("192.0.2.44");
    IntrusionSet apt = IntrusionSet.named(Common.createdAt(T), "APT28");
    Malware randomId =
        Malware.of(Identifier.random(StixType.MALWARE), Common.createdAt(T), true)
            .withName("X-Agent");
    Relationship uses =
        Relationship.between(Common.createdAt(T), apt.id(), RelationshipType.USES, randomId.id());
    Report report =
        Report.of(
                Identifier.random(StixType.REPORT),
                Common.createdAt(T).withMarkings(List.of(Tlp.V2_GREEN.id())),
                "Fancy advisory",
                T)
            .withObjectRefs(
                List.of(ip.id(), domain.id(), set.id(), sequence.id(), observed.id(), apt.id()));
    List<StixObject> original =
        List.of(Tlp.V2_GREEN, ip, domain, set, sequence, observed, apt, randomId, uses, report);

    Bundle back = Misp.toStix(Misp.toMisp(original, "unused"), "rt.json");

    Set<String> patterns = new TreeSet<>();
    back.ofKind(Indicator.class).forEach(i -> patterns.add(i.pattern()));
    assertThat(patterns)
        .containsExactlyInAnyOrder(
            "[ipv4-addr:value = '195.58.39.1']",
            "[domain-name:value = 'update-fortinet.example']",
            // documented: an IN set becomes one attribute, and so one indicator, per value
            "[ipv4-addr:value = '203.0.113.1']",
            "[ipv4-addr:value = '203.0.113.2']",
            // documented: patterns MISP has no type for travel as stix2-pattern, unchanged
            "[ipv4-addr:value = '198.51.100.1'] FOLLOWEDBY [domain-name:value = 'x.example']");
    assertThat(back.find(observed.id())).isPresent();
    assertThat(back.find(apt.id())).isPresent();
    Report r = back.ofKind(Report.class).get(0);
    assertThat(r.name()).isEqualTo("Fancy advisory");
    assertThat(r.common().objectMarkingRefs()).containsExactly(Tlp.V2_GREEN.id());
    // documented losses: random ids of named objects, the report's id, relationships other than
    // based-on / indicates
    assertThat(back.find(randomId.id())).isEmpty();
    assertThat(back.find(Identifier.forNamed(StixType.MALWARE, "X-Agent"))).isPresent();
    assertThat(back.find(report.id())).isEmpty();
    assertThat(back.ofKind(Relationship.class))
        .noneMatch(rel -> rel.relationshipType().equals(RelationshipType.USES));
    Bundles.assertClean(back);
  }
}
