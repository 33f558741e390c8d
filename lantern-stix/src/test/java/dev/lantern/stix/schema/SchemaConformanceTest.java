package dev.lantern.stix.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.AutonomousSystem;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Campaign;
import dev.lantern.stix.Common;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.EmailAddr;
import dev.lantern.stix.ExtensionDefinition;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.File;
import dev.lantern.stix.Grouping;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Ipv6Addr;
import dev.lantern.stix.LanguageContent;
import dev.lantern.stix.Location;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Note;
import dev.lantern.stix.Opinion;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.ThreatActor;
import dev.lantern.stix.Tlp;
import dev.lantern.stix.Tool;
import dev.lantern.stix.Url;
import dev.lantern.stix.Vulnerability;
import dev.lantern.stix.json.StixJson;
import dev.lantern.stix.validate.StixValidator;
import dev.lantern.stix.validate.Violation;
import dev.lantern.stix.vocab.HashAlgorithm;
import dev.lantern.stix.vocab.OpinionValue;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import dev.lantern.stix.vocab.ReportType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Everything Lantern emits, and every OASIS example after a round trip, conforms to the schemas.
 */
class SchemaConformanceTest {
  private static final StixJson JSON = StixJson.standard();
  private static final Instant T = Instant.parse("2024-02-06T10:00:00Z");

  private static StixSchemas schemas() {
    Optional<StixSchemas> s = StixSchemas.load();
    Assumptions.assumeTrue(s.isPresent(), "../shared/conformance schemas absent: skipping");
    return s.get();
  }

  /** One object of every type Lantern emits, built with the public API. */
  static List<StixObject> oneOfEach() {
    Identity mivd = Identity.named(Common.createdAt(T), "MIVD");
    Common c =
        Common.createdAt(T).withCreatedBy(mivd.id()).withMarkings(List.of(Tlp.V2_CLEAR.id()));
    Malware coathanger =
        Malware.family(c, "COATHANGER")
            .withMalwareTypes(List.of(dev.lantern.stix.vocab.MalwareType.BACKDOOR))
            .withDescription("Hides its own activity on FortiGate devices")
            .withFirstSeen(T);
    IntrusionSet set = IntrusionSet.named(c, "Volt Typhoon");
    Indicator ind =
        Indicator.of(
            Identifier.random(StixType.INDICATOR),
            c,
            "[ipv4-addr:value = '198.51.100.3']",
            PatternType.STIX,
            T);
    Vulnerability cve =
        Vulnerability.named(
            c.withExternalReferences(List.of(ExternalReference.of("cve", "CVE-2022-42475"))),
            "CVE-2022-42475");
    Location nl = Location.named(c, "Netherlands");
    nl =
        new Location(
            nl.id(),
            nl.common(),
            nl.name(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("NL"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of());
    Report report =
        new Report(
            Identifier.random(StixType.REPORT),
            c,
            "COATHANGER",
            Optional.empty(),
            List.of(ReportType.THREAT_REPORT),
            T,
            List.of(coathanger.id(), cve.id()),
            Map.of());
    Ipv4Addr ip = Ipv4Addr.of("198.51.100.3");
    List<StixObject> all = new ArrayList<>();
    all.add(mivd);
    all.add(coathanger);
    all.add(set);
    all.add(ind);
    all.add(cve);
    all.add(nl);
    all.add(report);
    all.add(ThreatActor.named(c, "APT28"));
    all.add(Campaign.named(c, "Operation X"));
    all.add(Tool.named(c, "Cobalt Strike"));
    all.add(AttackPattern.named(c, "Spearphishing Attachment"));
    all.add(
        new Grouping(
            Identifier.random(StixType.GROUPING),
            c,
            Optional.of("g"),
            Optional.empty(),
            dev.lantern.stix.vocab.GroupingContext.UNSPECIFIED,
            List.of(ind.id()),
            Map.of()));
    all.add(
        new Note(
            Identifier.random(StixType.NOTE),
            c,
            Optional.of("n"),
            "analyst note",
            List.of("me"),
            List.of(report.id()),
            Map.of()));
    all.add(
        new Opinion(
            Identifier.random(StixType.OPINION),
            c,
            Optional.empty(),
            List.of(),
            OpinionValue.AGREE,
            List.of(report.id()),
            Map.of()));
    all.add(Relationship.between(c, set.id(), RelationshipType.USES, coathanger.id()));
    all.add(
        new Sighting(
            Identifier.random(StixType.SIGHTING),
            c,
            Optional.empty(),
            Optional.of(T),
            Optional.of(T),
            Optional.of(3),
            ind.id(),
            List.of(),
            List.of(mivd.id()),
            false,
            Map.of()));
    all.addAll(Tlp.all());
    all.add(
        new LanguageContent(
            Identifier.random(StixType.LANGUAGE_CONTENT),
            c,
            report.id(),
            Optional.of(T),
            Map.of(
                "uk", new RawJson(JsonNodeFactory.instance.objectNode().put("name", "КОУТГЕНГЕР"))),
            Map.of()));
    all.add(
        new ExtensionDefinition(
            Identifier.random(StixType.EXTENSION_DEFINITION),
            c,
            "x-lantern-claim",
            Optional.empty(),
            "https://example.org/lantern/claim.json",
            "1.0",
            List.of("new-sdo"),
            List.of(),
            Map.of()));
    all.add(ip);
    all.add(Ipv6Addr.of("2001:db8::1"));
    all.add(DomainName.of("example.com"));
    all.add(Url.of("https://example.com/a"));
    all.add(EmailAddr.of("a@example.com"));
    all.add(
        File.ofHashes(
            Map.of(
                HashAlgorithm.SHA_256,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
    all.add(AutonomousSystem.of(15139));
    return all;
  }

  @Test
  void everyTypeLanternEmits_conformsToItsSchemaAndHasNoValidatorErrors() {
    StixSchemas schemas = schemas();
    List<StixObject> all = oneOfEach();
    assertThat(all.stream().map(StixObject::type).distinct()).hasSizeGreaterThanOrEqualTo(26);
    for (StixObject o : all) {
      String json = JSON.write(o);
      assertThat(schemas.errors(json)).as(json).isEmpty();
      assertThat(StixValidator.standard().validate(o)).as(json).isEmpty();
      assertThat(JSON.readObject(json)).isEqualTo(o);
    }
  }

  @Test
  void oasisExamples_conformAfterRoundTrip() throws Exception {
    StixSchemas schemas = schemas();
    Path dir =
        Path.of(System.getProperty("lantern.shared", "../shared"))
            .resolve("conformance/stix2.1-schemas/examples");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int checked = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      List<StixObject> objects =
          text.contains("\"bundle\"")
              ? JSON.readBundle(text).objects()
              : List.of(JSON.readObject(text));
      for (StixObject o : objects) {
        assertThat(schemas.errors(JSON.write(o))).as(f + " " + o.id()).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void schemas_catchAnObjectThatBreaksThem() {
    StixSchemas schemas = schemas();
    assertThat(
            schemas.errors(
                "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\",\"created\":\"2024-02-06T10:00:00.000Z\",\"modified\":\"2024-02-06T10:00:00.000Z\"}"))
        .isNotEmpty();
  }

  @Test
  void bundleOfEverything_validatesWithoutErrors() {
    Bundle b = Bundle.of(oneOfEach());
    List<Violation> v = StixValidator.standard().validate(JSON.readBundle(JSON.write(b)));
    assertThat(v).isEmpty();
  }
}
