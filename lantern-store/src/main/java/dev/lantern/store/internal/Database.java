package dev.lantern.store.internal;

import dev.lantern.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where a store lives and how to reach it: a SQLite file (created with its folder, WAL journal,
 * foreign keys on) or a PostgreSQL JDBC URL. {@link #description()} never includes credentials.
 *
 * @param dialect the database kind
 * @param dataSource connections to it
 * @param description the location for messages, without the URL's query (which may hold a password)
 */
public record Database(Dialect dialect, DataSource dataSource, String description) {

  private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

  /**
   * Resolves a location: {@code jdbc:postgresql://…} or a file path.
   *
   * @throws StoreException when the location is another JDBC URL or a folder, or the file's folder
   *     cannot be created
   */
  public static Database at(String location) {
    if (location == null || location.isBlank()) {
      throw new StoreException(
          "store location is empty; give a SQLite file path such as lantern-data/lantern.db"
              + " or a jdbc:postgresql://host/db URL");
    }
    if (location.startsWith(POSTGRES_PREFIX)) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      String description = withoutQuery(location);
      try {
        ds.setURL(location);
      } catch (IllegalArgumentException e) {
        throw new StoreException(
            "PostgreSQL URL " + description + " is malformed; write jdbc:postgresql://host:port/db",
            e);
      }
      return new Database(Dialect.POSTGRESQL, ds, description);
    }
    if (location.startsWith("jdbc:")) {
      throw new StoreException(
          "store location "
              + withoutQuery(location)
              + " is not supported; use a SQLite file path or a jdbc:postgresql:// URL");
    }
    return sqlite(Path.of(location));
  }

  /** A SQLite store in {@code file}, whose folder is created when missing. */
  public static Database sqlite(Path file) {
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new StoreException(
          "store location "
              + absolute
              + " is a folder; give a file path inside it such as "
              + absolute.resolve("lantern.db"));
    }
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the folder of store "
              + absolute
              + " ("
              + e.getMessage()
              + "); choose a writable location with --db",
          e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    // 64 MiB page cache (negative = KiB): random-UUID keys make index pages hot everywhere.
    config.setCacheSize(-65_536);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // Checkpoint the WAL every 64 MiB instead of SQLite's 4 MiB: a batch of random-key inserts
    // dirties about one index page per row, and each checkpoint copies (and syncs) every page
    // changed since the last one, so rarer checkpoints copy a hot page once instead of per batch.
    // Bulk upserts run about 1.4x faster. The WAL is cut back to 64 MiB after a checkpoint.
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "16384");
    config.setJournalSizeLimit(64 << 20);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + absolute);
    return new Database(Dialect.SQLITE, ds, absolute.toString());
  }

  /** Brings the schema up to date with Flyway. */
  public void migrate() {
    try {
      Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot create or upgrade the store schema at "
              + description
              + ": "
              + e.getMessage()
              + ". If this is not a Lantern store, choose another location;"
              + " if it is, it may be from a newer Lantern",
          e);
    }
  }

  /** A fresh connection in manual-commit mode. */
  public Connection connect() {
    try {
      Connection c = dataSource.getConnection();
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open store " + description + ": " + e.getMessage() + "; check the location", e);
    }
  }

  private static String withoutQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
