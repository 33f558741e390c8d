package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import dev.lantern.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExporterTest {
  private static final Instant T = StixTimestamp.parse("2024-02-06T10:00:00Z");

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("lantern.db").toString());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Common marked(MarkingDefinition tlp) {
    return Common.createdAt(T).withMarkings(List.of(tlp.id()));
  }

  private static Indicator indicator(String ip, MarkingDefinition tlp) {
    return Indicator.of(
            Identifier.forNamed(StixType.INDICATOR, "test:" + ip),
            marked(tlp),
            "[ipv4-addr:value = '" + ip + "']",
            PatternType.STIX,
            T)
        .withPatternVersion("2.1");
  }

  private static Ipv4Addr ip(String value, MarkingDefinition tlp) {
    return Ipv4Addr.of(
        Ipv4Addr.idFor(value), Common.observable().withMarkings(List.of(tlp.id())), value);
  }

  private static Exporter.Selection upTo(TlpLevel max) {
    return new Exporter.Selection(Optional.empty(), Set.of(), Optional.of(max));
  }

  @Test
  void export_withholdsObjectsAboveTlpMaxAndRelationshipsTouchingThem() {
    Indicator green = indicator("203.0.113.5", Tlp.V2_GREEN);
    Indicator red = indicator("198.51.100.9", Tlp.V2_RED);
    Ipv4Addr redIp = ip("198.51.100.9", Tlp.V2_RED);
    Relationship basedOn =
        Relationship.of(
            Identifier.forNamed(StixType.RELATIONSHIP, "t:rel"),
            marked(Tlp.V2_GREEN),
            RelationshipType.BASED_ON,
            red.id(),
            redIp.id());
    Report report =
        Report.of(Identifier.forNamed(StixType.REPORT, "t:r"), marked(Tlp.V2_CLEAR), "R", T)
            .withObjectRefs(List.of(green.id(), red.id(), redIp.id()));
    store.upsert(List.of(green, red, redIp, basedOn, report));

    Exporter.Export export = new Exporter(store).select(upTo(TlpLevel.AMBER));

    List<Identifier> ids = export.objects().stream().map(StixObject::id).toList();
    assertThat(ids).contains(green.id(), report.id(), Tlp.V2_GREEN.id(), Tlp.V2_CLEAR.id());
    assertThat(ids).doesNotContain(red.id(), redIp.id(), basedOn.id(), Tlp.V2_RED.id());
    Report shared =
        (Report)
            export.objects().stream().filter(o -> o.id().equals(report.id())).findFirst().get();
    assertThat(shared.objectRefs()).containsExactly(green.id());
    assertThat(export.withheld()).isEqualTo(4);
    Bundles.assertClean(Bundle.of(export.objects()));
  }

  @Test
  void export_withholdsContainersWhoseReferencesAreAllWithheld() {
    Indicator red = indicator("198.51.100.9", Tlp.V2_RED);
    Report report =
        Report.of(Identifier.forNamed(StixType.REPORT, "t:r"), marked(Tlp.V2_CLEAR), "R", T)
            .withObjectRefs(List.of(red.id()));
    store.upsert(List.of(red, report));

    List<Identifier> ids =
        new Exporter(store)
            .select(upTo(TlpLevel.AMBER_STRICT)).objects().stream().map(StixObject::id).toList();

    assertThat(ids).doesNotContain(red.id(), report.id());
  }

  @Test
  void export_withholdsObjectsWithAMarkingItCannotResolve() {
    Indicator unknown =
        indicator("203.0.113.7", Tlp.V2_GREEN)
            .withCommon(
                Common.createdAt(T)
                    .withMarkings(
                        List.of(
                            Identifier.parse(
                                "marking-definition--11111111-2222-4333-8444-555555555555"))));
    Indicator clear = indicator("203.0.113.8", Tlp.V2_CLEAR);
    store.upsert(List.of(unknown, clear));

    List<Identifier> ids =
        new Exporter(store)
            .select(upTo(TlpLevel.RED)).objects().stream().map(StixObject::id).toList();

    assertThat(ids).contains(clear.id()).doesNotContain(unknown.id());
  }

  @Test
  void export_withoutTlpMaxSharesEverythingAndQueryPullsInWhatAReportReferences() {
    Indicator red = indicator("198.51.100.9", Tlp.V2_RED);
    Report report =
        Report.of(
                Identifier.forNamed(StixType.REPORT, "t:r"),
                marked(Tlp.V2_CLEAR),
                "Coathanger advisory",
                T)
            .withObjectRefs(List.of(red.id()));
    store.upsert(List.of(red, report));

    List<Identifier> ids =
        new Exporter(store)
                .select(
                    new Exporter.Selection(Optional.of("coathanger"), Set.of(), Optional.empty()))
                .objects()
                .stream()
                .map(StixObject::id)
                .toList();

    assertThat(ids).contains(report.id(), red.id(), Tlp.V2_RED.id());
  }

  @Test
  void export_byTypesTakesExactlyThoseTypes() {
    Indicator green = indicator("203.0.113.5", Tlp.V2_GREEN);
    Ipv4Addr ip = ip("203.0.113.5", Tlp.V2_GREEN);
    Report report =
        Report.of(Identifier.forNamed(StixType.REPORT, "t:r"), marked(Tlp.V2_CLEAR), "R", T)
            .withObjectRefs(List.of(green.id()));
    store.upsert(List.of(green, ip, report));

    List<StixType> types =
        new Exporter(store)
                .select(
                    new Exporter.Selection(
                        Optional.empty(),
                        Set.of(StixType.INDICATOR, StixType.IPV4_ADDR),
                        Optional.empty()))
                .objects()
                .stream()
                .map(StixObject::type)
                .distinct()
                .toList();

    assertThat(types)
        .containsExactlyInAnyOrder(
            StixType.INDICATOR, StixType.IPV4_ADDR, StixType.MARKING_DEFINITION);
  }
}
