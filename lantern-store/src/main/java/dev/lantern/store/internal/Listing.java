package dev.lantern.store.internal;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.store.AddedPage;
import dev.lantern.store.AddedQuery;
import dev.lantern.store.AddedVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs an {@link AddedQuery}: one indexed range scan over {@code stix_version.added}. */
public final class Listing {
  private Listing() {}

  public static AddedPage run(Connection c, AddedQuery q) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT o.id, o.type, v.seq, v.modified, v.added, v.json"
                + " FROM stix_version v JOIN stix_object o ON o.pk = v.object_pk WHERE 1 = 1");
    List<String> params = new ArrayList<>();
    q.addedAfter()
        .ifPresent(
            t -> {
              sql.append(" AND v.added > ?");
              params.add(TimeKey.of(t));
            });
    in(sql, params, "o.id", q.ids().stream().map(Identifier::toString).sorted().toList());
    in(sql, params, "o.type", q.types().stream().map(StixType::value).sorted().toList());
    AddedQuery.VersionSelection versions = q.versions();
    if (!versions.all()) {
      List<String> choices = new ArrayList<>();
      if (versions.first()) {
        choices.add("v.seq = 1");
      }
      if (versions.last()) {
        choices.add("v.seq = o.version_count");
      }
      if (!versions.modified().isEmpty()) {
        choices.add("v.modified IN (" + Batches.placeholders(versions.modified().size()) + ")");
        versions.modified().stream().map(TimeKey::of).sorted().forEach(params::add);
      }
      sql.append(" AND (").append(String.join(" OR ", choices)).append(')');
    }
    markings(sql, params, "EXISTS", q.anyOfMarkings());
    markings(sql, params, "NOT EXISTS", q.noneOfMarkings());
    sql.append(" ORDER BY v.added").append(q.newestFirst() ? " DESC" : "").append(" LIMIT ?");

    List<AddedVersion> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      for (String p : params) {
        ps.setString(i++, p);
      }
      ps.setInt(i, q.limit() + 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AddedVersion(
                  Identifier.parse(rs.getString(1)),
                  StixType.of(rs.getString(2)),
                  rs.getInt(3),
                  Optional.ofNullable(rs.getString(4)).map(TimeKey::parse),
                  TimeKey.parse(rs.getString(5)),
                  rs.getString(6)));
        }
      }
    }
    boolean more = out.size() > q.limit();
    return new AddedPage(more ? out.subList(0, q.limit()) : out, more);
  }

  private static void in(
      StringBuilder sql, List<String> params, String column, List<String> values) {
    if (!values.isEmpty()) {
      sql.append(" AND ").append(column).append(" IN (");
      sql.append(Batches.placeholders(values.size())).append(')');
      params.addAll(values);
    }
  }

  private static void markings(
      StringBuilder sql, List<String> params, String quantifier, Set<Identifier> markings) {
    if (!markings.isEmpty()) {
      sql.append(" AND ")
          .append(quantifier)
          .append(
              " (SELECT 1 FROM object_marking m WHERE m.object_pk = v.object_pk AND m.marking_id IN (")
          .append(Batches.placeholders(markings.size()))
          .append("))");
      markings.stream().map(Identifier::toString).sorted().forEach(params::add);
    }
  }

  /**
   * Removes an object with every version and index row, alias links included.
   *
   * @return whether the store held it
   */
  public static boolean delete(Connection c, Dialect dialect, Identifier id) throws SQLException {
    String key = id.toString();
    long pk;
    try (PreparedStatement ps = c.prepareStatement("SELECT pk FROM stix_object WHERE id = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        pk = rs.getLong(1);
      }
    }
    dialect.deleteSearch(c, pk);
    for (String sql :
        List.of(
            "DELETE FROM value_index WHERE object_pk = ?",
            "DELETE FROM object_ref WHERE from_pk = ?",
            "DELETE FROM object_marking WHERE object_pk = ?",
            "DELETE FROM stix_version WHERE object_pk = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, pk);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM alias_link WHERE left_id = ? OR right_id = ?")) {
      ps.setString(1, key);
      ps.setString(2, key);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM stix_object WHERE pk = ?")) {
      ps.setLong(1, pk);
      return ps.executeUpdate() > 0;
    }
  }
}
