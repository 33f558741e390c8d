package dev.lantern.app.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.stix.Common;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.store.Store;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.LogFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuntTest {
  private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");

  @TempDir Path dir;
  private Store store;
  private Identifier domainIndicator;
  private Identifier revokedIndicator;
  private Identifier regexIndicator;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("lantern.db").toString());
    Common common = Common.createdAt(T0);
    domainIndicator = Identifier.random(StixType.INDICATOR);
    revokedIndicator = Identifier.random(StixType.INDICATOR);
    regexIndicator = Identifier.random(StixType.INDICATOR);
    store.upsert(
        List.of(
            Indicator.of(
                domainIndicator,
                common,
                "[domain-name:value = 'evil-cdn.net']",
                PatternType.STIX,
                T0),
            Indicator.of(
                revokedIndicator,
                common.withRevoked(true),
                "[ipv4-addr:value = '185.86.151.11']",
                PatternType.STIX,
                T0),
            Indicator.of(
                regexIndicator, common, "[process:name MATCHES '^evil']", PatternType.STIX, T0)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path log() throws IOException {
    return Files.writeString(
        dir.resolve("dns.log"),
        "2024-02-06T10:00:00Z q a.evil-cdn.net\n"
            + "2024-02-07T10:00:00Z conn 185.86.151.11\n"
            + "2024-02-08T10:00:00Z q b.evil-cdn.net\n");
  }

  private SweepOptions at(Instant t) {
    return new SweepOptions(1, LogFormat.AUTO, InstantSource.fixed(t));
  }

  private List<Sighting> sightings() {
    List<Sighting> out = new ArrayList<>();
    store.forEachLatest(StixType.SIGHTING, true, o -> out.add((Sighting) o));
    return out;
  }

  @Test
  void fromStore_compilesLiveIndicatorsAndListsUnsupportedPatternsById() {
    IndicatorSet set = new Hunt(store).fromStore();

    assertThat(set.indicators()).isEqualTo(2);
    assertThat(set.index().match("x.evil-cdn.net")).isPresent();
    assertThat(set.index().match("185.86.151.11")).isEmpty();
    assertThat(set.unsupported())
        .anySatisfy(r -> assertThat(r.reference()).isEqualTo(regexIndicator.toString()));
  }

  @Test
  void sweep_writesOneSightingPerIndicatorWithCountTimesAndWhere() throws IOException {
    HuntResult result =
        new Hunt(store).sweep(List.of(log()), at(T0.plusSeconds(60)), Optional.of("ACME"), true);

    assertThat(result.sweep().hits()).isEqualTo(2);
    assertThat(result.firstHits()).hasSize(2);
    List<Sighting> sightings = sightings();
    assertThat(sightings).hasSize(1);
    Sighting s = sightings.get(0);
    assertThat(s.sightingOfRef()).isEqualTo(domainIndicator);
    assertThat(s.count()).contains(2);
    assertThat(s.firstSeen()).contains(Instant.parse("2024-02-06T10:00:00Z"));
    assertThat(s.lastSeen()).contains(Instant.parse("2024-02-08T10:00:00Z"));
    StixObject where = store.get(s.whereSightedRefs().get(0));
    assertThat(where.type()).isEqualTo(StixType.IDENTITY);
  }

  @Test
  void sweep_sameLogsTwiceDoesNotDoubleCountsOrAddVersions() throws IOException {
    Path log = log();
    Hunt hunt = new Hunt(store);
    hunt.sweep(List.of(log), at(T0.plusSeconds(60)), Optional.of("ACME"), true);

    HuntResult again = hunt.sweep(List.of(log), at(T0.plusSeconds(120)), Optional.of("ACME"), true);

    assertThat(again.sightings().orElseThrow().changedAnything()).isFalse();
    assertThat(sightings()).hasSize(1);
    assertThat(sightings().get(0).count()).contains(2);
    assertThat(store.versions(sightings().get(0).id())).hasSize(1);
  }

  @Test
  void sweep_grownLogMakesANewSightingVersionWithTheNewCount() throws IOException {
    Path log = log();
    Hunt hunt = new Hunt(store);
    hunt.sweep(List.of(log), at(T0.plusSeconds(60)), Optional.of("ACME"), true);
    Files.writeString(
        log, "2024-02-09T10:00:00Z q c.evil-cdn.net\n", java.nio.file.StandardOpenOption.APPEND);

    hunt.sweep(List.of(log), at(T0.plusSeconds(120)), Optional.of("ACME"), true);

    Sighting s = sightings().get(0);
    assertThat(s.count()).contains(3);
    assertThat(store.versions(s.id())).hasSize(2);
    assertThat(s.common().created()).contains(T0.plusSeconds(60));
  }

  @Test
  void sweep_withoutWritingLeavesTheStoreAlone() throws IOException {
    HuntResult result = new Hunt(store).sweep(List.of(log()), at(T0), Optional.empty(), false);

    assertThat(result.sightings()).isEmpty();
    assertThat(sightings()).isEmpty();
  }

  @Test
  void sweep_keepsOnlyTheFirstHitsButCountsAndStreamsEveryOne() throws IOException {
    int lines = HuntResult.FIRST_HITS_KEPT + 500;
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      big.append("2024-02-06T10:00:00Z q c.evil-cdn.net line ").append(i).append('\n');
    }
    Path log = dir.resolve("big.log");
    Files.writeString(log, big);
    List<Hit> streamed = new java.util.ArrayList<>();

    HuntResult result =
        new Hunt(store)
            .sweep(
                new Hunt(store).fromStore().index(),
                List.of(log.toString()),
                at(T0),
                Optional.of("ACME"),
                true,
                streamed::add);

    assertThat(streamed).hasSize(lines);
    assertThat(result.sweep().hits()).isEqualTo(lines);
    assertThat(result.firstHits())
        .hasSize(HuntResult.FIRST_HITS_KEPT)
        .isEqualTo(streamed.subList(0, HuntResult.FIRST_HITS_KEPT));
    assertThat(sightings().get(0).count()).contains(lines);
  }
}
