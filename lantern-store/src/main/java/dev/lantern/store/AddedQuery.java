package dev.lantern.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which stored versions to list in the order they were added to the store (the TAXII view of a
 * store). Filters of different kinds are ANDed; the values within one filter are ORed. Marking
 * filters look at the markings of each object's latest version.
 *
 * @param addedAfter only versions added strictly after this instant
 * @param ids only these objects; empty for all
 * @param types only these types; empty for all
 * @param versions which versions of each object
 * @param anyOfMarkings only objects carrying at least one of these markings; empty for no such
 *     requirement
 * @param noneOfMarkings only objects carrying none of these markings
 * @param newestFirst list the most recently added first instead of oldest first
 * @param limit at most this many versions, 1 to {@value #MAX_LIMIT}
 */
public record AddedQuery(
    Optional<Instant> addedAfter,
    Set<Identifier> ids,
    Set<StixType> types,
    VersionSelection versions,
    Set<Identifier> anyOfMarkings,
    Set<Identifier> noneOfMarkings,
    boolean newestFirst,
    int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 10_000;

  public AddedQuery {
    ids = Set.copyOf(ids);
    types = Set.copyOf(types);
    anyOfMarkings = Set.copyOf(anyOfMarkings);
    noneOfMarkings = Set.copyOf(noneOfMarkings);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new StoreException(
          "listing limit " + limit + " is out of range; use 1 <= limit <= " + MAX_LIMIT);
    }
  }

  /** The latest version of every object, oldest addition first, {@code limit} at a time. */
  public static AddedQuery latest(int limit) {
    return new AddedQuery(
        Optional.empty(),
        Set.of(),
        Set.of(),
        VersionSelection.LAST,
        Set.of(),
        Set.of(),
        false,
        limit);
  }

  /** A copy listing only these types. */
  public AddedQuery withTypes(Set<StixType> newTypes) {
    return new AddedQuery(
        addedAfter, ids, newTypes, versions, anyOfMarkings, noneOfMarkings, newestFirst, limit);
  }

  /** A copy listing the most recent additions first. */
  public AddedQuery reversed() {
    return new AddedQuery(
        addedAfter, ids, types, versions, anyOfMarkings, noneOfMarkings, true, limit);
  }

  /** A copy listing only versions added after {@code instant}. */
  public AddedQuery after(Instant instant) {
    return new AddedQuery(
        Optional.of(instant),
        ids,
        types,
        versions,
        anyOfMarkings,
        noneOfMarkings,
        newestFirst,
        limit);
  }

  /**
   * Which versions of each object: the first, the last, all, and/or those with these {@code
   * modified} times; the choices are ORed.
   */
  public record VersionSelection(boolean first, boolean last, boolean all, Set<Instant> modified) {
    public static final VersionSelection LAST = new VersionSelection(false, true, false, Set.of());
    public static final VersionSelection ALL = new VersionSelection(false, false, true, Set.of());

    public VersionSelection {
      modified = Set.copyOf(modified);
      if (!first && !last && !all && modified.isEmpty()) {
        throw new StoreException(
            "a version selection must choose something: first, last, all or times");
      }
    }
  }
}
