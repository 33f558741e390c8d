package dev.lantern.store.internal;

import dev.lantern.stix.Identifier;
import dev.lantern.store.AliasLink;
import dev.lantern.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alias links: stored as one row per (pair, source), the pair ordered so {@code a ~ b} and {@code b
 * ~ a} from one source are the same link. The transitive view walks the links breadth-first from
 * one object, bounded by {@link #MAX_LINKS} so a runaway alias web cannot exhaust memory.
 */
public final class Aliases {
  /** The most links one transitive view returns before the store refuses. */
  public static final int MAX_LINKS = 10_000;

  private static final String COLUMNS =
      "SELECT link_id, left_id, right_id, source, evidence, created_at FROM alias_link";

  private Aliases() {}

  /** Inserts the link unless the same pair already has it from the same source; returns it. */
  public static AliasLink link(
      Connection c,
      Identifier a,
      Identifier b,
      String source,
      Optional<String> evidence,
      Instant now)
      throws SQLException {
    Identifier left = a.compareTo(b) <= 0 ? a : b;
    Identifier right = left.equals(a) ? b : a;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO alias_link (left_id, right_id, source, evidence, created_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (left_id, right_id, source) DO NOTHING")) {
      ps.setString(1, left.toString());
      ps.setString(2, right.toString());
      ps.setString(3, source);
      ps.setString(4, evidence.orElse(null));
      ps.setString(5, TimeKey.of(now));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(COLUMNS + " WHERE left_id = ? AND right_id = ? AND source = ?")) {
      ps.setString(1, left.toString());
      ps.setString(2, right.toString());
      ps.setString(3, source);
      List<AliasLink> links = read(ps);
      return links.get(0);
    }
  }

  /** Every link reachable from {@code start}, in link id order. */
  public static List<AliasLink> reachable(Connection c, Identifier start) throws SQLException {
    Map<Long, AliasLink> links = new LinkedHashMap<>();
    Set<Identifier> seen = new HashSet<>();
    Deque<Identifier> queue = new ArrayDeque<>();
    seen.add(start);
    queue.add(start);
    try (PreparedStatement ps =
        c.prepareStatement(COLUMNS + " WHERE left_id = ? OR right_id = ?")) {
      while (!queue.isEmpty()) {
        Identifier next = queue.poll();
        ps.setString(1, next.toString());
        ps.setString(2, next.toString());
        for (AliasLink link : read(ps)) {
          if (links.putIfAbsent(link.linkId(), link) == null && links.size() > MAX_LINKS) {
            throw new StoreException(
                "the aliases of "
                    + start
                    + " span more than "
                    + MAX_LINKS
                    + " links; unlink the wrong ones (a too-generic alias source?)");
          }
          Identifier other = link.other(next);
          if (seen.add(other)) {
            queue.add(other);
          }
        }
      }
    }
    List<AliasLink> out = new ArrayList<>(links.values());
    out.sort(Comparator.comparingLong(AliasLink::linkId));
    return out;
  }

  /** Deletes a link; false when there was none. */
  public static boolean unlink(Connection c, long linkId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM alias_link WHERE link_id = ?")) {
      ps.setLong(1, linkId);
      return ps.executeUpdate() > 0;
    }
  }

  private static List<AliasLink> read(PreparedStatement ps) throws SQLException {
    List<AliasLink> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new AliasLink(
                rs.getLong(1),
                Identifier.parse(rs.getString(2)),
                Identifier.parse(rs.getString(3)),
                rs.getString(4),
                Optional.ofNullable(rs.getString(5)),
                TimeKey.parse(rs.getString(6))));
      }
    }
    return out;
  }
}
