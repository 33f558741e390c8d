package dev.lantern.cli.interop;

import dev.lantern.store.Store;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of commands that use the knowledge store, as a picocli mixin
 * ({@code @Mixin StoreOption store;}): a SQLite file path or a {@code jdbc:postgresql://} URL, from
 * the option, else the {@code LANTERN_DB} environment variable, else {@code
 * ./lantern-data/lantern.db}. Meant to be replaced by one shared store option for every command.
 */
public final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "PATH|JDBC_URL",
      defaultValue = "${env:LANTERN_DB:-lantern-data/lantern.db}",
      description =
          "Knowledge store: a SQLite file (created on first use) or jdbc:postgresql://host/db"
              + " (default: $LANTERN_DB, else ${DEFAULT-VALUE}).")
  String location;

  /** The location as given, for messages. */
  public String location() {
    return location;
  }

  /** Opens (creating and migrating on first use) the store. */
  public Store open() {
    return Store.open(location);
  }
}
