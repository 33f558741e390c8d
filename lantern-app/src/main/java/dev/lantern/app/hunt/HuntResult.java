package dev.lantern.app.hunt;

import dev.lantern.store.UpsertSummary;
import dev.lantern.sweep.SweepResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What a hunt found and recorded.
 *
 * @param sweep the sweep's hits and problems
 * @param sightings what writing the sightings did to the store; empty when they were not written
 */
public record HuntResult(SweepResult sweep, Optional<UpsertSummary> sightings) {

  /** How many sightings the sweep makes: one per indicator seen. */
  public int sightingCount() {
    return Sightings.count(sweep);
  }

  /** Sightings written for the first time. */
  public int newSightings() {
    return sightings.map(s -> ofSightings(s.created())).orElse(0);
  }

  /** Sightings written as a new version (their count or times changed). */
  public int updatedSightings() {
    return sightings.map(s -> ofSightings(s.newVersions())).orElse(0);
  }

  private static int ofSightings(java.util.List<dev.lantern.stix.Identifier> ids) {
    return (int)
        ids.stream().filter(i -> i.type().equals(dev.lantern.stix.StixType.SIGHTING)).count();
  }

  public HuntResult {
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(sightings, "sightings");
  }
}
