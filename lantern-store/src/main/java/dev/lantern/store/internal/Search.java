package dev.lantern.store.internal;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.store.SearchHit;
import dev.lantern.store.SearchPage;
import dev.lantern.store.SearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a {@link SearchQuery}: the dialect's match, the shared filters, one page plus one row. */
public final class Search {
  private Search() {}

  public static SearchPage run(Connection c, Dialect dialect, SearchQuery q) throws SQLException {
    List<String> words = SearchWords.of(q.text());
    StringBuilder filters = new StringBuilder();
    List<Object> params = new ArrayList<>();
    params.add(dialect.matchExpression(words));
    if (!q.types().isEmpty()) {
      filters.append(" AND o.type IN (").append(Batches.placeholders(q.types().size())).append(')');
      q.types().stream().map(StixType::value).sorted().forEach(params::add);
    }
    q.modifiedFrom()
        .ifPresent(
            t -> {
              filters.append(" AND o.modified >= ?");
              params.add(TimeKey.of(t));
            });
    q.modifiedBefore()
        .ifPresent(
            t -> {
              filters.append(" AND o.modified < ?");
              params.add(TimeKey.of(t));
            });
    q.lang()
        .ifPresent(
            l -> {
              filters.append(" AND o.lang = ?");
              params.add(l);
            });
    q.revoked()
        .ifPresent(
            r -> {
              filters.append(" AND o.revoked = ?");
              params.add(r);
            });
    if (!q.relatedTo().isEmpty()) {
      String in = Batches.placeholders(q.relatedTo().size());
      filters
          .append(" AND (o.pk IN (SELECT from_pk FROM object_ref WHERE to_id IN (")
          .append(in)
          .append(")) OR o.id IN (SELECT r.to_id FROM object_ref r JOIN stix_object f")
          .append(" ON f.pk = r.from_pk WHERE f.id IN (")
          .append(in)
          .append(")))");
      List<String> ids = q.relatedTo().stream().map(Identifier::toString).sorted().toList();
      params.addAll(ids);
      params.addAll(ids);
    }
    if (!q.sectors().isEmpty()) {
      String in = Batches.placeholders(q.sectors().size());
      String identities =
          "SELECT i.id FROM value_index v JOIN stix_object i ON i.pk = v.object_pk"
              + " WHERE v.source = '"
              + ObjectFacts.SECTOR_SOURCE
              + "' AND v.value IN ("
              + in
              + ")";
      filters
          .append(" AND (o.id IN (")
          .append(identities)
          .append(") OR o.pk IN (SELECT from_pk FROM object_ref WHERE to_id IN (")
          .append(identities)
          .append(")))");
      List<String> names = q.sectors().stream().map(Identifier::normaliseName).sorted().toList();
      params.addAll(names);
      params.addAll(names);
    }
    params.add(q.limit() + 1);
    params.add(q.offset());

    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(dialect.searchSql(filters.toString()))) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof Boolean b) {
          ps.setBoolean(i + 1, b);
        } else if (p instanceof Integer n) {
          ps.setInt(i + 1, n);
        } else {
          ps.setString(i + 1, (String) p);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(
              new SearchHit(
                  Identifier.parse(rs.getString(1)),
                  StixType.of(rs.getString(2)),
                  Optional.ofNullable(rs.getString(3)),
                  Optional.ofNullable(rs.getString(4)).map(TimeKey::parse),
                  rs.getDouble(5)));
        }
      }
    }
    boolean more = hits.size() > q.limit();
    return new SearchPage(more ? hits.subList(0, q.limit()) : hits, q.offset(), more);
  }
}
