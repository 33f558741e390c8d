package dev.lantern.store;

import dev.lantern.stix.Identifier;
import java.util.List;

/**
 * What one upsert did, object by object, in batch order. An id appears once per object version
 * handed in: a batch with two new versions of one object lists it under {@code created} and {@code
 * newVersions}.
 *
 * @param created objects the store did not hold before
 * @param newVersions versions with a later {@code modified} than the one stored
 * @param unchanged versions with an older or equal {@code modified}, and observables already held
 * @param rejected versions refused, each with the reason; the rest of the batch was stored
 */
public record UpsertSummary(
    List<Identifier> created,
    List<Identifier> newVersions,
    List<Identifier> unchanged,
    List<Rejection> rejected) {

  public UpsertSummary {
    created = List.copyOf(created);
    newVersions = List.copyOf(newVersions);
    unchanged = List.copyOf(unchanged);
    rejected = List.copyOf(rejected);
  }

  /**
   * One refused object version.
   *
   * @param id the object's id
   * @param reason why, and what to do about it
   */
  public record Rejection(Identifier id, String reason) {}

  /** Whether the upsert changed the store at all. */
  public boolean changedAnything() {
    return !created.isEmpty() || !newVersions.isEmpty();
  }

  @Override
  public String toString() {
    return "created "
        + created.size()
        + ", new versions "
        + newVersions.size()
        + ", unchanged "
        + unchanged.size()
        + ", rejected "
        + rejected.size();
  }
}
