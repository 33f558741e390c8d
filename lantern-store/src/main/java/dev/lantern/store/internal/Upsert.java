package dev.lantern.store.internal;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.store.DanglingReference;
import dev.lantern.store.DanglingReferenceException;
import dev.lantern.store.UpsertOptions;
import dev.lantern.store.UpsertSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One upsert batch: plans in memory, then writes in the caller's transaction.
 *
 * <p>Design note. The batch is planned before anything is written: the stored state of every id in
 * the batch is read once (chunked {@code IN} queries), each version is classified against that
 * state as it advances (created / new version / unchanged / rejected), references are checked, and
 * only then are rows written, as JDBC batches, one statement kind at a time. Because the plan knows
 * each object's final latest version, index rows (values, references, markings, search text) are
 * replaced once per object, not once per version. Index rows name their object by {@code
 * stix_object.pk} (read with the stored state, or right after a new object's row is inserted), so
 * the rows of new objects land at the end of their B-trees. Invariants:
 *
 * <ul>
 *   <li>The versions of one id are stored in strictly increasing {@code modified}; a batch's
 *       versions are sorted by {@code modified} first (stable), so bundle order does not matter.
 *   <li>A version whose {@code modified} is not after the stored one is a no-op; an observable (no
 *       {@code modified}) already held is a no-op. Re-upserting a batch changes nothing.
 *   <li>Once a stored version is revoked, a later non-revoked version is rejected.
 *   <li>Nothing is written before the plan is complete, so a dangling reference or a rejected check
 *       leaves the store untouched; a database failure rolls the caller's transaction back.
 * </ul>
 *
 * Not thread-safe; the store serialises calls.
 */
public final class Upsert {
  private static final int IN_CHUNK = 500;

  private final Connection c;
  private final Dialect dialect;
  private final UpsertOptions options;
  private final Instant now;

  /** State of one id as the plan advances. */
  private static final class State {
    final boolean stored;

    /** {@code stix_object.pk}: read with the state, or after the row is inserted. */
    long pk;

    Optional<String> modified;
    boolean revoked;
    int versions;
    ObjectFacts latest;

    State(boolean stored, long pk, Optional<String> modified, boolean revoked, int versions) {
      this.stored = stored;
      this.pk = pk;
      this.modified = modified;
      this.revoked = revoked;
      this.versions = versions;
    }
  }

  private record VersionRow(State state, ObjectFacts facts, int seq) {}

  /**
   * @param now the time this batch is added; each stored version gets a distinct {@code added}
   *     stamp at or after it (microsecond steps), later than every stamp already stored
   */
  public Upsert(Connection c, Dialect dialect, UpsertOptions options, Instant now) {
    this.c = c;
    this.dialect = dialect;
    this.options = options;
    this.now = now;
  }

  /**
   * Plans and writes one batch. The caller commits or rolls back.
   *
   * @throws DanglingReferenceException before writing anything, when references are checked and one
   *     dangles
   */
  public UpsertSummary run(List<StixObject> objects) throws SQLException {
    List<StixObject> sorted = new ArrayList<>(objects);
    sorted.sort(Comparator.comparing((StixObject o) -> o.common().modified().orElse(Instant.MIN)));

    Map<String, State> states = load(sorted);
    List<Identifier> created = new ArrayList<>();
    List<Identifier> newVersions = new ArrayList<>();
    List<Identifier> unchanged = new ArrayList<>();
    List<UpsertSummary.Rejection> rejected = new ArrayList<>();
    List<VersionRow> versionRows = new ArrayList<>();
    Map<String, State> touched = new LinkedHashMap<>();

    for (StixObject o : sorted) {
      String id = o.id().toString();
      if (!o.id().type().equals(o.type())) {
        rejected.add(
            new UpsertSummary.Rejection(
                o.id(),
                "id "
                    + id
                    + " does not start with its type \""
                    + o.type()
                    + "\"; give the object an id of the form "
                    + o.type()
                    + "--<uuid>"));
        continue;
      }
      ObjectFacts facts;
      try {
        facts = ObjectFacts.of(o);
      } catch (InvalidStixException e) {
        rejected.add(new UpsertSummary.Rejection(o.id(), e.getMessage()));
        continue;
      }
      State s = states.get(id);
      boolean revoked = o.common().revoked();
      if (s == null) {
        s = new State(false, 0, facts.modifiedKey(), revoked, 1);
        states.put(id, s);
        created.add(o.id());
      } else if (facts.modifiedKey().isEmpty()
          || (s.modified.isPresent()
              && facts.modifiedKey().get().compareTo(s.modified.get()) <= 0)) {
        unchanged.add(o.id());
        continue;
      } else if (s.revoked && !revoked) {
        rejected.add(
            new UpsertSummary.Rejection(
                o.id(),
                id
                    + " is revoked in the store; a later version cannot un-revoke it."
                    + " Create a new object (new id) instead"));
        continue;
      } else {
        s.modified = facts.modifiedKey();
        s.revoked = revoked;
        s.versions++;
        newVersions.add(o.id());
      }
      s.latest = facts;
      touched.put(id, s);
      versionRows.add(new VersionRow(s, facts, s.versions));
    }

    if (options.checkReferences()) {
      checkReferences(touched.values(), states.keySet());
    }
    write(touched, versionRows);
    return new UpsertSummary(created, newVersions, unchanged, rejected);
  }

  // -----------------------------------------------------------------------------------------
  // Planning
  // -----------------------------------------------------------------------------------------

  private Map<String, State> load(List<StixObject> objects) throws SQLException {
    List<String> ids = objects.stream().map(o -> o.id().toString()).distinct().toList();
    Map<String, State> states = new HashMap<>();
    forEachStored(
        ids,
        "id, pk, modified, revoked, version_count",
        rs ->
            states.put(
                rs.getString(1),
                new State(
                    true,
                    rs.getLong(2),
                    Optional.ofNullable(rs.getString(3)),
                    rs.getBoolean(4),
                    rs.getInt(5))));
    return states;
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Hands each {@code stix_object} row whose id is in {@code ids} to {@code reader}, reading {@code
   * columns}; one {@code IN} query per {@value #IN_CHUNK} ids.
   */
  private void forEachStored(List<String> ids, String columns, RowReader reader)
      throws SQLException {
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT "
                  + columns
                  + " FROM stix_object WHERE id IN ("
                  + Batches.placeholders(chunk.size())
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
    }
  }

  private void checkReferences(Iterable<State> touched, Set<String> inBatchOrStored)
      throws SQLException {
    List<DanglingReference> candidates = new ArrayList<>();
    for (State s : touched) {
      StixObject o = s.latest.object();
      if (o instanceof Relationship r) {
        candidates.add(new DanglingReference(r.id(), "source_ref", r.sourceRef().toString()));
        candidates.add(new DanglingReference(r.id(), "target_ref", r.targetRef().toString()));
      } else if (o instanceof Sighting sighting) {
        candidates.add(
            new DanglingReference(
                sighting.id(), "sighting_of_ref", sighting.sightingOfRef().toString()));
      }
    }
    Set<String> unknown = new HashSet<>();
    for (DanglingReference r : candidates) {
      if (!inBatchOrStored.contains(r.missing())) {
        unknown.add(r.missing());
      }
    }
    Set<String> found = existing(new ArrayList<>(unknown));
    List<DanglingReference> dangling =
        candidates.stream()
            .filter(r -> !inBatchOrStored.contains(r.missing()) && !found.contains(r.missing()))
            .toList();
    if (!dangling.isEmpty()) {
      throw new DanglingReferenceException(dangling);
    }
  }

  private Set<String> existing(List<String> ids) throws SQLException {
    Set<String> found = new HashSet<>();
    forEachStored(ids, "id", rs -> found.add(rs.getString(1)));
    return found;
  }

  // -----------------------------------------------------------------------------------------
  // Writing
  // -----------------------------------------------------------------------------------------

  private void write(Map<String, State> touched, List<VersionRow> versionRows) throws SQLException {
    List<State> fresh = touched.values().stream().filter(s -> !s.stored).toList();
    List<State> updated = touched.values().stream().filter(s -> s.stored).toList();

    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stix_object (id, type, modified, revoked, lang, name, version_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Batches.run(
          ps,
          fresh,
          (p, s) -> {
            bindObject(p, s, 3);
            p.setString(1, s.latest.object().id().toString());
            p.setString(2, s.latest.object().type().value());
          });
    }
    readKeys(fresh);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE stix_object SET modified = ?, revoked = ?, lang = ?, name = ?,"
                + " version_count = ? WHERE pk = ?")) {
      Batches.run(
          ps,
          updated,
          (p, s) -> {
            bindObject(p, s, 1);
            p.setLong(6, s.pk);
          });
    }
    Instant[] added = {firstAddedStamp()};
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stix_version (object_pk, seq, modified, revoked, json, added)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      Batches.run(
          ps,
          versionRows,
          (p, v) -> {
            p.setLong(1, v.state().pk);
            p.setInt(2, v.seq());
            p.setString(3, v.facts().modifiedKey().orElse(null));
            p.setBoolean(4, v.facts().object().common().revoked());
            p.setString(5, v.facts().json());
            p.setString(6, TimeKey.of(added[0]));
            added[0] = added[0].plus(1, ChronoUnit.MICROS);
          });
    }

    for (String sql :
        List.of(
            "DELETE FROM value_index WHERE object_pk = ?",
            "DELETE FROM object_marking WHERE object_pk = ?",
            "DELETE FROM object_ref WHERE from_pk = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Batches.run(ps, updated, (p, s) -> p.setLong(1, s.pk));
      }
    }

    writeIndexes(touched.values());
    dialect.writeSearch(c, searchRows(fresh), false);
    dialect.writeSearch(c, searchRows(updated), true);
  }

  private static List<Dialect.SearchRow> searchRows(List<State> states) {
    return states.stream().map(s -> new Dialect.SearchRow(s.pk, s.latest)).toList();
  }

  /** Reads the pks the database gave to freshly inserted objects. */
  private void readKeys(List<State> fresh) throws SQLException {
    Map<String, State> byId = new HashMap<>();
    fresh.forEach(s -> byId.put(s.latest.object().id().toString(), s));
    forEachStored(
        new ArrayList<>(byId.keySet()),
        "id, pk",
        rs -> byId.get(rs.getString(1)).pk = rs.getLong(2));
  }

  /** {@code now} to the microsecond, or one microsecond after the latest stamp stored. */
  private Instant firstAddedStamp() throws SQLException {
    Instant start = now.truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(added) FROM stix_version");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next() && rs.getString(1) != null) {
        Instant next =
            TimeKey.parse(rs.getString(1))
                .truncatedTo(ChronoUnit.MICROS)
                .plus(1, ChronoUnit.MICROS);
        if (next.isAfter(start)) {
          start = next;
        }
      }
    }
    return start;
  }

  /** Binds modified, revoked, lang, name, version_count from parameter {@code base} on. */
  private static void bindObject(PreparedStatement p, State s, int base) throws SQLException {
    ObjectFacts f = s.latest;
    p.setString(base, f.modifiedKey().orElse(null));
    p.setBoolean(base + 1, s.revoked);
    p.setString(base + 2, f.lang().orElse(null));
    p.setString(base + 3, f.name().orElse(null));
    p.setInt(base + 4, s.versions);
  }

  private void writeIndexes(Collection<State> all) throws SQLException {
    record ValueRow(long pk, ObjectFacts.IndexedValue v) {}
    record RefRow(long pk, String type, ObjectFacts.Ref r) {}
    record MarkRow(long pk, String marking) {}
    List<ValueRow> values = new ArrayList<>();
    List<RefRow> refs = new ArrayList<>();
    List<MarkRow> marks = new ArrayList<>();
    for (State s : all) {
      ObjectFacts f = s.latest;
      String type = f.object().type().value();
      f.values().forEach(v -> values.add(new ValueRow(s.pk, v)));
      f.refs().forEach(r -> refs.add(new RefRow(s.pk, type, r)));
      f.markings().forEach(m -> marks.add(new MarkRow(s.pk, m)));
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO value_index (value, object_pk, source) VALUES (?, ?, ?)")) {
      Batches.run(
          ps,
          values,
          (p, row) -> {
            p.setString(1, row.v().value());
            p.setLong(2, row.pk());
            p.setString(3, row.v().source());
          });
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO object_ref (from_pk, from_type, property, to_id) VALUES (?, ?, ?, ?)")) {
      Batches.run(
          ps,
          refs,
          (p, row) -> {
            p.setLong(1, row.pk());
            p.setString(2, row.type());
            p.setString(3, row.r().property());
            p.setString(4, row.r().target());
          });
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO object_marking (object_pk, marking_id) VALUES (?, ?)")) {
      Batches.run(
          ps,
          marks,
          (p, row) -> {
            p.setLong(1, row.pk());
            p.setString(2, row.marking());
          });
    }
  }
}
