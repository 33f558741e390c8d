package dev.lantern.store.interop.feed;

import dev.lantern.store.StoreException;
import dev.lantern.store.internal.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feeds a store polls and the entries already ingested from each (tables {@code feed} and
 * {@code feed_entry}, migration {@code V203__feeds}), in the same database as the knowledge store,
 * on a connection of its own.
 *
 * <p>Contract: an entry is remembered only after its document was stored, so a poll that fails
 * half-way ingests the rest next time and never skips an entry it did not store. Every failure is a
 * {@link StoreException} naming the location. Thread-safe: operations are serialised.
 */
public final class FeedRegistry implements AutoCloseable {
  private final Database database;
  private final Connection c;

  private FeedRegistry(Database database) {
    this.database = database;
    database.migrate();
    this.c = database.connect();
  }

  /** Opens the registry of the store at {@code location} (a SQLite path or PostgreSQL URL). */
  public static FeedRegistry open(String location) {
    return new FeedRegistry(Database.at(location));
  }

  /**
   * Registers a feed; adding a URL already registered returns the registered feed unchanged.
   *
   * @throws StoreException when the URL is not http(s)
   */
  public synchronized Feed add(String url, Optional<String> name, Instant at) {
    String u = url.strip();
    if (!(u.startsWith("http://") || u.startsWith("https://")) || u.length() > 2000) {
      throw new StoreException(
          "feed URL '" + u + "' is not an http(s) URL; give the address of an RSS or Atom feed");
    }
    Optional<Feed> existing = find(u);
    if (existing.isPresent()) {
      return existing.get();
    }
    run(
        "adding feed " + u,
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO feed (url, name, added_at) VALUES (?, ?, ?)")) {
            ps.setString(1, u);
            ps.setString(2, name.filter(n -> !n.isBlank()).orElse(u));
            ps.setString(3, at.toString());
            ps.executeUpdate();
          }
          return null;
        });
    return find(u).orElseThrow();
  }

  /** The feed registered for {@code url}, if any. */
  public synchronized Optional<Feed> find(String url) {
    return list().stream().filter(f -> f.url().equals(url)).findFirst();
  }

  /** Every feed, in the order they were added. */
  public synchronized List<Feed> list() {
    return run(
        "listing feeds",
        () -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT f.feed_id, f.url, f.name, f.added_at, f.last_polled_at,"
                          + " (SELECT COUNT(*) FROM feed_entry e WHERE e.feed_id = f.feed_id)"
                          + " FROM feed f ORDER BY f.feed_id");
              ResultSet rs = ps.executeQuery()) {
            List<Feed> out = new ArrayList<>();
            while (rs.next()) {
              out.add(
                  new Feed(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      Instant.parse(rs.getString(4)),
                      Optional.ofNullable(rs.getString(5)).map(Instant::parse),
                      rs.getInt(6)));
            }
            return out;
          }
        });
  }

  /** Whether the entry was already ingested from this feed. */
  public synchronized boolean seen(Feed feed, String entryKey) {
    return run(
        "reading feed entries",
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM feed_entry WHERE feed_id = ? AND entry_key = ?")) {
            ps.setLong(1, feed.id());
            ps.setString(2, entryKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  /** Remembers that the entry was ingested (its document is stored); repeating it is harmless. */
  public synchronized void remember(
      Feed feed, String entryKey, String link, Optional<String> reportId, Instant at) {
    if (seen(feed, entryKey)) {
      return;
    }
    run(
        "remembering a feed entry",
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO feed_entry (feed_id, entry_key, link, report_id, ingested_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, feed.id());
            ps.setString(2, entryKey);
            ps.setString(3, link);
            ps.setString(4, reportId.orElse(null));
            ps.setString(5, at.toString());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Records when the feed was polled. */
  public synchronized void polled(Feed feed, Instant at) {
    run(
        "recording a poll",
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE feed SET last_polled_at = ? WHERE feed_id = ?")) {
            ps.setString(1, at.toString());
            ps.setLong(2, feed.id());
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException(
          "closing the feed registry of " + database.description() + " failed", e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T run(String what, Work<T> work) {
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw new StoreException(
          what + " failed in store " + database.description() + ": " + e.getMessage(), e);
    }
  }
}
