package dev.lantern.store;

import dev.lantern.stix.Bundle;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.internal.Aliases;
import dev.lantern.store.internal.Database;
import dev.lantern.store.internal.Listing;
import dev.lantern.store.internal.ObjectFacts;
import dev.lantern.store.internal.Search;
import dev.lantern.store.internal.TimeKey;
import dev.lantern.store.internal.Upsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The knowledge store: STIX objects with their full version history, alias links with provenance, a
 * value index for correlation, reference and marking indexes, and full-text search. One engine over
 * two databases: a SQLite file (embedded default) or PostgreSQL (teams).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Versions of an object are kept in increasing {@code modified}; upserting an older or equal
 *       version, or an observable already held, changes nothing. Upserts are idempotent.
 *   <li>A revoked object stays revoked: a later non-revoked version is rejected.
 *   <li>Each upsert is one transaction: all of its accepted versions are stored, or (on a dangling
 *       reference or a database failure) none.
 *   <li>Alias links never merge objects; each keeps its source and can be removed.
 *   <li>Indexes (values, references, markings, search text) describe each object's latest version.
 * </ul>
 *
 * <p>Thread-safe: operations are serialised over one connection. Every failure is a {@link
 * StoreException}. Close the store when done.
 */
public final class Store implements AutoCloseable {
  private final Database database;
  private final Connection connection;
  private final InstantSource clock;

  private Store(Database database, InstantSource clock) {
    this.database = database;
    this.clock = clock;
    database.migrate();
    this.connection = database.connect();
  }

  /**
   * Opens (creating and migrating on first use) the store at {@code location}: a SQLite file path
   * or a {@code jdbc:postgresql://…} URL.
   *
   * @throws StoreException naming the location when it cannot be opened or migrated
   */
  public static Store open(String location) {
    return open(location, InstantSource.system());
  }

  /** Like {@link #open(String)}, with the clock that stamps alias links. */
  public static Store open(String location, InstantSource clock) {
    return new Store(Database.at(location), clock);
  }

  /** The location, without credentials. */
  public String location() {
    return database.description();
  }

  // -----------------------------------------------------------------------------------------
  // Objects
  // -----------------------------------------------------------------------------------------

  /**
   * Upserts a bundle's objects without reference checks. See {@link #upsert(List, UpsertOptions)}.
   */
  public UpsertSummary upsert(Bundle bundle) {
    return upsert(bundle.objects(), UpsertOptions.DEFAULT);
  }

  /** Upserts a bundle's objects. See {@link #upsert(List, UpsertOptions)}. */
  public UpsertSummary upsert(Bundle bundle, UpsertOptions options) {
    return upsert(bundle.objects(), options);
  }

  /** Upserts objects without reference checks. See {@link #upsert(List, UpsertOptions)}. */
  public UpsertSummary upsert(List<StixObject> objects) {
    return upsert(objects, UpsertOptions.DEFAULT);
  }

  /**
   * Stores the objects in one transaction. Versions of one id are applied in {@code modified} order
   * whatever their order in the list. Objects that cannot be stored (an id not matching its type,
   * an attempt to un-revoke) are listed as rejected with a reason; the rest are stored.
   *
   * @throws DanglingReferenceException with {@link UpsertOptions#checkReferences()}, when a
   *     relationship points at an object neither in the list nor in the store; nothing is written
   * @throws StoreException when the database fails; nothing is written
   */
  public UpsertSummary upsert(List<StixObject> objects, UpsertOptions options) {
    List<StixObject> copy = List.copyOf(objects);
    return transaction(
        "upserting " + copy.size() + " objects",
        c -> new Upsert(c, database.dialect(), options, clock.instant()).run(copy));
  }

  /** The latest version of the object, if stored. */
  public Optional<StixObject> find(Identifier id) {
    return transaction(
        "reading " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT v.json FROM stix_version v JOIN stix_object o"
                      + " ON o.pk = v.object_pk AND o.version_count = v.seq WHERE o.id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(StixJson.standard().readObject(rs.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }

  /** Whether the store holds any version of the object (cheaper than {@link #find}). */
  public boolean contains(Identifier id) {
    return transaction("looking for " + id, c -> exists(c, id));
  }

  /**
   * Hands the latest version of every object of {@code type} to {@code action}, in the order the
   * objects were first stored, revoked ones only when {@code includeRevoked}. The objects are read
   * in pages of an index on (type, pk), so any number fits in memory and each page costs the same;
   * {@code action} must not call back into this store.
   */
  public void forEachLatest(StixType type, boolean includeRevoked, Consumer<StixObject> action) {
    record Row(long pk, String json) {}
    long after = 0;
    while (true) {
      long from = after;
      List<Row> page =
          transaction(
              "reading " + type + " objects",
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT o.pk, v.json FROM stix_object o JOIN stix_version v"
                            + " ON v.object_pk = o.pk AND v.seq = o.version_count"
                            + " WHERE o.type = ? AND o.pk > ?"
                            + (includeRevoked ? "" : " AND o.revoked = ?")
                            + " ORDER BY o.pk LIMIT "
                            + PAGE)) {
                  ps.setString(1, type.value());
                  ps.setLong(2, from);
                  if (!includeRevoked) {
                    ps.setBoolean(3, false);
                  }
                  List<Row> rows = new ArrayList<>();
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      rows.add(new Row(rs.getLong(1), rs.getString(2)));
                    }
                  }
                  return rows;
                }
              });
      for (Row row : page) {
        action.accept(StixJson.standard().readObject(row.json()));
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).pk();
    }
  }

  private static final int PAGE = 1000;

  /**
   * The latest version of the object.
   *
   * @throws NotFoundException when the store does not hold it
   */
  public StixObject get(Identifier id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /** Every stored version of the object, oldest first; empty when not stored. */
  public List<StoredVersion> versions(Identifier id) {
    return transaction(
        "reading the versions of " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT v.seq, v.modified, v.revoked, v.json FROM stix_version v"
                      + " JOIN stix_object o ON o.pk = v.object_pk WHERE o.id = ?"
                      + " ORDER BY v.seq")) {
            ps.setString(1, id.toString());
            List<StoredVersion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new StoredVersion(
                        id,
                        rs.getInt(1),
                        Optional.ofNullable(rs.getString(2)).map(TimeKey::parse),
                        rs.getBoolean(3),
                        rs.getString(4)));
              }
            }
            return out;
          }
        });
  }

  /**
   * Stored versions in the order they were added, filtered, one page. Each version's {@code added}
   * is unique, so a client that pages with {@link AddedQuery#after} set to the last {@code added}
   * it saw misses nothing and sees nothing twice.
   */
  public AddedPage added(AddedQuery query) {
    return transaction("listing stored versions", c -> Listing.run(c, query));
  }

  /**
   * Removes an object: every version, its index rows and its alias links. References to it from
   * other objects stay (they may dangle, as references from feeds may).
   *
   * @return whether the store held the object
   */
  public boolean delete(Identifier id) {
    return transaction("deleting " + id, c -> Listing.delete(c, database.dialect(), id));
  }

  // -----------------------------------------------------------------------------------------
  // Aliases
  // -----------------------------------------------------------------------------------------

  /**
   * Records that {@code source} says {@code a} and {@code b} name the same thing. Linking the same
   * pair from the same source again returns the existing link.
   *
   * @throws NotFoundException when either object is not stored
   * @throws StoreException when {@code a} equals {@code b} or the source is blank
   */
  public AliasLink alias(Identifier a, Identifier b, String source, Optional<String> evidence) {
    if (a.equals(b)) {
      throw new StoreException("cannot alias " + a + " to itself; give two different objects");
    }
    if (source == null || source.isBlank()) {
      throw new StoreException(
          "alias " + a + " = " + b + " has no source; say who claims it (a report id, a feed)");
    }
    if (source.indexOf('\0') >= 0 || evidence.orElse("").indexOf('\0') >= 0) {
      throw new StoreException(
          "alias " + a + " = " + b + " has a NUL character in its source or evidence; remove it");
    }
    return transaction(
        "linking " + a + " and " + b,
        c -> {
          for (Identifier id : List.of(a, b)) {
            if (!exists(c, id)) {
              throw notFound(id);
            }
          }
          return Aliases.link(c, a, b, source, evidence, clock.instant());
        });
  }

  /**
   * The alias links reachable from {@code id}, transitively (a ~ b from one source and b ~ c from
   * another both appear), each with its own source; empty when it has none.
   */
  public List<AliasLink> aliases(Identifier id) {
    return transaction("reading the aliases of " + id, c -> Aliases.reachable(c, id));
  }

  /**
   * Removes one alias link; the objects stay as they are.
   *
   * @throws NotFoundException when no link has that number
   */
  public void unlink(long linkId) {
    boolean removed = transaction("removing alias link " + linkId, c -> Aliases.unlink(c, linkId));
    if (!removed) {
      throw new NotFoundException(
          "alias link "
              + linkId
              + " does not exist in "
              + location()
              + "; list links with aliases(id)");
    }
  }

  // -----------------------------------------------------------------------------------------
  // Correlation and search
  // -----------------------------------------------------------------------------------------

  /**
   * The objects whose latest version carries this value: an observable's value or hash, an
   * indicator's pattern equality value, an object's name or alias. Matching is on {@link
   * Identifier#normaliseName} (case- and width-insensitive). Ordered by id.
   */
  public List<Identifier> objectsWithValue(String value) {
    String key = Identifier.normaliseName(value);
    return ids(
        "looking up a value",
        "SELECT DISTINCT o.id FROM value_index v JOIN stix_object o ON o.pk = v.object_pk"
            + " WHERE v.value = ? AND v.source <> '"
            + ObjectFacts.SECTOR_SOURCE
            + "' ORDER BY o.id",
        key);
  }

  /** The reports whose latest version lists {@code id} in {@code object_refs}, ordered by id. */
  public List<Identifier> reportsMentioning(Identifier id) {
    return ids(
        "finding reports that mention " + id,
        "SELECT DISTINCT o.id FROM object_ref r JOIN stix_object o ON o.pk = r.from_pk"
            + " WHERE r.to_id = ? AND r.from_type = 'report' AND r.property = 'object_refs'"
            + " ORDER BY o.id",
        id.toString());
  }

  /**
   * The objects whose latest version references {@code id} in any {@code *_ref}/{@code *_refs}
   * property (relationships, sightings, reports, opinions, notes, …), ordered by id.
   */
  public List<Identifier> referencing(Identifier id) {
    return ids(
        "finding objects that reference " + id,
        "SELECT DISTINCT o.id FROM object_ref r JOIN stix_object o ON o.pk = r.from_pk"
            + " WHERE r.to_id = ? ORDER BY o.id",
        id.toString());
  }

  /** The {@code object_marking_refs} of the object's latest version, ordered by id. */
  public List<Identifier> markings(Identifier id) {
    return ids(
        "reading the markings of " + id,
        "SELECT m.marking_id FROM object_marking m JOIN stix_object o ON o.pk = m.object_pk"
            + " WHERE o.id = ? ORDER BY m.marking_id",
        id.toString());
  }

  /** The types of the objects stored, in order (for exports of everything). */
  public List<StixType> types() {
    return transaction(
        "listing the stored types",
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT DISTINCT type FROM stix_object ORDER BY type");
              ResultSet rs = ps.executeQuery()) {
            List<StixType> out = new ArrayList<>();
            while (rs.next()) {
              out.add(StixType.of(rs.getString(1)));
            }
            return out;
          }
        });
  }

  /**
   * Full-text search over the latest versions, best first, one page.
   *
   * @throws StoreException when the text has no word
   */
  public SearchPage search(SearchQuery query) {
    return transaction("searching", c -> Search.run(c, database.dialect(), query));
  }

  @Override
  public void close() {
    synchronized (this) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StoreException("closing store " + location() + " failed: " + e.getMessage(), e);
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // Plumbing
  // -----------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private synchronized <T> T transaction(String what, Work<T> work) {
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      throw new StoreException(what + " failed in store " + location() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private List<Identifier> ids(String what, String sql, String param) {
    return transaction(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            List<Identifier> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(Identifier.parse(rs.getString(1)));
              }
            }
            return out;
          }
        });
  }

  private static boolean exists(Connection c, Identifier id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stix_object WHERE id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private NotFoundException notFound(Identifier id) {
    return new NotFoundException(
        "object " + id + " is not in store " + location() + "; upsert it first or check the id");
  }
}
