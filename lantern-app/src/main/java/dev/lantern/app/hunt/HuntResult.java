package dev.lantern.app.hunt;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.store.UpsertSummary;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.HitTally;
import dev.lantern.sweep.SweepSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a hunt found and recorded. The hits themselves are not kept — a sweep of a large log can
 * have millions — only their tally per indicator and the first {@value #FIRST_HITS_KEPT} for
 * display; a caller that needs every hit passes a sink to {@link Hunt#sweep(
 * dev.lantern.sweep.index.IndicatorIndex, List, SweepOptions, Optional, boolean,
 * java.util.function.Consumer)}.
 *
 * @param sweep counts and problems of the sweep
 * @param seen one entry per indicator seen: count, first and last time, files
 * @param firstHits the first hits in log order, at most {@value #FIRST_HITS_KEPT}
 * @param sightings what writing the sightings did to the store; empty when they were not written
 */
public record HuntResult(
    SweepSummary sweep,
    List<HitTally.Sighting> seen,
    List<Hit> firstHits,
    Optional<UpsertSummary> sightings) {

  /** How many hits a result keeps for display. */
  public static final int FIRST_HITS_KEPT = 1000;

  public HuntResult {
    Objects.requireNonNull(sweep, "sweep");
    seen = List.copyOf(seen);
    firstHits = List.copyOf(firstHits);
    Objects.requireNonNull(sightings, "sightings");
  }

  /** How many sightings the sweep makes: one per indicator seen. */
  public int sightingCount() {
    return seen.size();
  }

  /** Sightings written for the first time. */
  public int newSightings() {
    return sightings.map(s -> ofSightings(s.created())).orElse(0);
  }

  /** Sightings written as a new version (their count or times changed). */
  public int updatedSightings() {
    return sightings.map(s -> ofSightings(s.newVersions())).orElse(0);
  }

  private static int ofSightings(List<Identifier> ids) {
    return (int) ids.stream().filter(i -> i.type().equals(StixType.SIGHTING)).count();
  }
}
