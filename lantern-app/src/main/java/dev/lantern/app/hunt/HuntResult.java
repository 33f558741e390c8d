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
  public HuntResult {
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(sightings, "sightings");
  }
}
