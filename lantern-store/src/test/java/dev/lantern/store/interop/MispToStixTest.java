package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.File;
import dev.lantern.stix.Grouping;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Note;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.stix.Vulnerability;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MispToStixTest {
  private static final String SOURCE = "coathanger-event.json";

  private static Bundle event() {
    return Misp.toStix(Bundles.resource(SOURCE), SOURCE);
  }

  @Test
  void toStix_eventBecomesReportWithTagsMarkingsThreatLevelAndDates() {
    Report report = event().ofKind(Report.class).get(0);

    assertThat(report.id())
        .isEqualTo(
            Identifier.forNamed(
                StixType.REPORT, "misp-event:5e4f2a10-6b7c-4d1e-9a3b-2c8d7e6f5a41"));
    assertThat(report.name()).startsWith("COATHANGER: FortiGate implant");
    assertThat(report.published()).isEqualTo(StixTimestamp.parse("2024-02-06T13:00:00Z"));
    assertThat(report.common().modified()).contains(StixTimestamp.parse("2024-02-06T12:00:00Z"));
    assertThat(report.common().objectMarkingRefs()).containsExactly(Tlp.V2_AMBER.id());
    assertThat(report.common().labels())
        .contains("type:OSINT", "misp-galaxy:country=\"netherlands\"");
    assertThat(report.extra().get("x_misp_threat_level").node().textValue()).isEqualTo("high");
    assertThat(report.common().createdByRef())
        .contains(Identifier.forNamed(StixType.IDENTITY, "CIRCL"));
  }

  @Test
  void toStix_attributesBecomeIndicatorsWithPatternsBasedOnObservables() {
    Bundle b = event();
    List<String> patterns = b.ofKind(Indicator.class).stream().map(Indicator::pattern).toList();

    assertThat(patterns)
        .contains(
            "[ipv4-addr:value = '195.58.39.1']",
            "[domain-name:value = 'update-fortinet.example']",
            "[file:hashes.'SHA-256' ="
                + " '1e9b9c2d7a0d3e5f6b1c8a4d2e0f9b7c6a5d4e3f2b1a0c9d8e7f6a5b4c3d2e1f']",
            "[network-traffic:dst_ref.value = '45.77.201.10' AND network-traffic:dst_port = 443]",
            "[email-addr:value = 'it-support@fortinet-update.example']",
            "[domain-name:value = 'cdn.fortinet-update.example' AND"
                + " domain-name:resolves_to_refs[*].value = '104.238.151.6']");
    Indicator yara =
        b.ofKind(Indicator.class).stream()
            .filter(i -> i.patternType().value().equals("yara"))
            .findFirst()
            .orElseThrow();
    assertThat(yara.pattern()).startsWith("rule coathanger_strings");

    Identifier domain = DomainName.idFor("update-fortinet.example");
    assertThat(b.find(domain)).isPresent();
    assertThat(b.ofKind(Relationship.class))
        .anyMatch(
            r -> r.relationshipType().value().equals("based-on") && r.targetRef().equals(domain));
  }

  @Test
  void toStix_attributeWithoutToIdsIsObservedDataNotIndicator() {
    Bundle b = event();
    StixObject observed =
        b.get(
            Identifier.forNamed(
                StixType.OBSERVED_DATA, "misp-attribute:0b5c6d7e-1111-4a2b-8c3d-000000000005"));

    assertThat(observed.type()).isEqualTo(StixType.OBSERVED_DATA);
    assertThat(observed.common().objectMarkingRefs()).containsExactly(Tlp.V2_CLEAR.id());
    assertThat(
            b.find(
                Identifier.forNamed(
                    StixType.INDICATOR, "misp-attribute:0b5c6d7e-1111-4a2b-8c3d-000000000005")))
        .isEmpty();
  }

  @Test
  void toStix_typesWithoutStixCounterpartAreKeptAsNotes() {
    Note note = event().ofKind(Note.class).get(0);

    assertThat(note.content())
        .isEqualTo("Implant survives firmware upgrades by hooking system calls.");
    assertThat(note.extra().get("x_misp_type").node().textValue()).isEqualTo("text");
  }

  @Test
  void toStix_galaxyClustersBecomeNamedSdosThatIndicatorsIndicate() {
    Bundle b = event();
    Identifier apt31 = Identifier.forNamed(StixType.INTRUSION_SET, "APT 31");
    Identifier coathanger = Identifier.forNamed(StixType.MALWARE, "COATHANGER");

    assertThat(b.get(apt31)).isInstanceOf(IntrusionSet.class);
    assertThat(((Malware) b.get(coathanger)).aliases()).containsExactly("Coathanger RAT");
    AttackPattern t1190 = b.ofKind(AttackPattern.class).get(0);
    assertThat(t1190.name()).isEqualTo("Exploit Public-Facing Application");
    assertThat(t1190.common().externalReferences().get(0).externalId()).contains("T1190");
    assertThat(b.ofKind(Relationship.class))
        .anyMatch(
            r -> r.relationshipType().value().equals("indicates") && r.targetRef().equals(apt31));
    assertThat(b.ofKind(Vulnerability.class))
        .extracting(Vulnerability::name)
        .containsExactly("CVE-2022-42475");
    assertThat(b.ofKind(Identity.class)).extracting(Identity::name).containsExactly("CIRCL");
  }

  @Test
  void toStix_mispObjectBecomesGroupingOfItsAttributes() {
    Bundle b = event();
    Grouping g = b.ofKind(Grouping.class).get(0);

    assertThat(g.extra().get("x_misp_object_name").node().textValue()).isEqualTo("file");
    assertThat(g.objectRefs()).hasSize(3);
    assertThat(b.ofKind(File.class)).anyMatch(f -> f.name().equals(java.util.Optional.of("authd")));
  }

  @Test
  void toStix_isDeterministicSoReimportCreatesNothingNew() {
    assertThat(event()).isEqualTo(event());
  }

  @Test
  void toStix_bundleIsCleanUnderValidatorAndSchemas() {
    Bundles.assertClean(event());
  }

  @Test
  void toStix_unknownAttributeTypeNamesSourceAndPath() {
    ObjectNode root = (ObjectNode) Bundles.resource(SOURCE);
    ((ObjectNode) ((ArrayNode) root.get("Event").get("Attribute")).get(2)).put("type", "sha-257");

    assertThatThrownBy(() -> Misp.toStix(root, "feed/event.json"))
        .isInstanceOf(InvalidMispException.class)
        .hasMessageContaining("feed/event.json")
        .hasMessageContaining("$.Event.Attribute[2].type")
        .hasMessageContaining("sha-257");
  }

  @Test
  void toStix_valueThatDoesNotFitItsTypeNamesThePath() {
    ObjectNode root = (ObjectNode) Bundles.resource(SOURCE);
    ((ObjectNode) ((ArrayNode) root.get("Event").get("Attribute")).get(0))
        .put("value", "999.1.1.1");

    assertThatThrownBy(() -> Misp.toStix(root, SOURCE))
        .isInstanceOf(InvalidMispException.class)
        .hasMessageContaining("$.Event.Attribute[0].value")
        .hasMessageContaining("not an IP address");
  }

  @Test
  void toStix_notAnEventIsRefused() {
    assertThatThrownBy(() -> Misp.toStix(Bundles.JSON.createArrayNode(), "x.json"))
        .isInstanceOf(InvalidMispException.class)
        .hasMessageContaining("x.json");
    assertThatThrownBy(() -> Misp.toStix(Bundles.JSON.createObjectNode().put("a", 1), "x.json"))
        .hasMessageContaining("not a MISP event");
  }
}
