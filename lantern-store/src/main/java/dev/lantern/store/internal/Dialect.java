package dev.lantern.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * What differs between the two databases: where the migrations live and how full-text search is
 * written and queried. Everything else is plain SQL both accept.
 *
 * <p>SQLite keeps search text in an FTS5 table whose rowid is {@code stix_object.pk}; PostgreSQL in
 * a {@code tsvector} column of {@code stix_object} built with the {@code simple} configuration.
 * Both receive text already lower-cased in Java, so matching does not depend on the database locale
 * (a {@code C} locale would not lower-case Cyrillic).
 */
public enum Dialect {
  SQLITE("classpath:db/migration/sqlite") {
    @Override
    void writeSearch(Connection c, Collection<SearchRow> docs, boolean replace)
        throws SQLException {
      if (replace) {
        try (PreparedStatement delete =
            c.prepareStatement("DELETE FROM search_fts WHERE rowid = ?")) {
          Batches.run(delete, docs, (ps, d) -> ps.setLong(1, d.pk()));
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO search_fts (rowid, name, body) VALUES (?, ?, ?)")) {
        Batches.run(
            insert,
            docs,
            (ps, d) -> {
              ps.setLong(1, d.pk());
              ps.setString(2, d.facts().searchName());
              ps.setString(3, d.facts().searchBody());
            });
      }
    }

    @Override
    void deleteSearch(Connection c, long pk) throws SQLException {
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM search_fts WHERE rowid = ?")) {
        delete.setLong(1, pk);
        delete.executeUpdate();
      }
    }

    @Override
    String searchSql(String filters) {
      return "SELECT o.id, o.type, o.name, o.modified, -bm25(search_fts, 4.0, 1.0) AS score"
          + " FROM search_fts JOIN stix_object o ON o.pk = search_fts.rowid"
          + " WHERE search_fts MATCH ?"
          + filters
          + " ORDER BY score DESC, o.id LIMIT ? OFFSET ?";
    }

    @Override
    String matchExpression(List<String> words) {
      StringBuilder sb = new StringBuilder();
      for (String word : words) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        // Quoted FTS5 strings: the words are letters and digits only, so no quote can occur.
        sb.append('"').append(word).append('"');
      }
      return sb.toString();
    }
  },

  POSTGRESQL("classpath:db/migration/postgresql") {
    @Override
    void writeSearch(Connection c, Collection<SearchRow> docs, boolean replace)
        throws SQLException {
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE stix_object SET search ="
                  + " setweight(to_tsvector('simple', ?), 'A')"
                  + " || setweight(to_tsvector('simple', ?), 'B') WHERE pk = ?")) {
        Batches.run(
            update,
            docs,
            (ps, d) -> {
              ps.setString(1, d.facts().searchName());
              ps.setString(2, d.facts().searchBody());
              ps.setLong(3, d.pk());
            });
      }
    }

    @Override
    void deleteSearch(Connection c, long pk) {
      // The search vector is a column of stix_object: it goes with the row.
    }

    @Override
    String searchSql(String filters) {
      return "SELECT o.id, o.type, o.name, o.modified, ts_rank(o.search, q) AS score"
          + " FROM stix_object o, plainto_tsquery('simple', ?) q"
          + " WHERE o.search @@ q"
          + filters
          + " ORDER BY score DESC, o.id LIMIT ? OFFSET ?";
    }

    @Override
    String matchExpression(List<String> words) {
      return String.join(" ", words);
    }
  };

  private final String migrations;

  Dialect(String migrations) {
    this.migrations = migrations;
  }

  /** The Flyway location of this dialect's migrations. */
  public String migrations() {
    return migrations;
  }

  /**
   * Writes the search text of these objects (their latest versions).
   *
   * @param replace whether the objects may already have search text to replace
   */
  abstract void writeSearch(Connection c, Collection<SearchRow> docs, boolean replace)
      throws SQLException;

  /** Removes the search text of one object (before its row goes). */
  abstract void deleteSearch(Connection c, long pk) throws SQLException;

  /**
   * The search text of one object's latest version.
   *
   * @param pk the object's {@code stix_object.pk}
   * @param facts its latest version
   */
  record SearchRow(long pk, ObjectFacts facts) {}

  /**
   * The search statement: parameters are the match expression, then those of {@code filters} (which
   * starts with {@code " AND "} or is empty), then limit and offset. Columns: id, type, name,
   * modified, score (higher is better).
   */
  abstract String searchSql(String filters);

  /** The value bound to the match parameter for these words (letters and digits only). */
  abstract String matchExpression(List<String> words);
}
