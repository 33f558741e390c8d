package dev.lantern.store;

import static dev.lantern.store.Fixtures.malware;
import static dev.lantern.store.Fixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on SQLite, plus what only a file-based store has. */
final class SqliteStoreTest extends StoreContract {

  @TempDir Path dir;

  @Override
  protected String freshLocation() {
    return dir.resolve("nested/folder/lantern.db").toString();
  }

  @Override
  protected String secondLocation() {
    return dir.resolve("second/lantern.db").toString();
  }

  @Test
  void open_createsTheFolderAndFileAndUsesWal() throws Exception {
    Path file = dir.resolve("nested/folder/lantern.db");
    assertThat(file).exists();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        var rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void open_reopeningKeepsWhatWasCommitted() {
    Identifier m = newId("malware");
    store.upsert(List.of(malware(m, "2024-01-01T00:00:00Z", "Kept", false)));
    store.close();

    store = Store.open(freshLocation());

    assertThat(store.get(m)).isEqualTo(malware(m, "2024-01-01T00:00:00Z", "Kept", false));
  }

  @Test
  void open_aFolderIsRefusedWithTheFix() {
    assertThatThrownBy(() -> Store.open(dir.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("is a folder");
  }

  @Test
  void open_anotherJdbcUrlIsRefused() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://db/lantern?password=secret"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:mysql://db/lantern")
        .hasMessageNotContaining("secret");
  }

  @Test
  void open_aFileThatIsNotAStoreIsRefusedNamingIt() throws Exception {
    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "this is not a database, just text that is long enough to matter");

    assertThatThrownBy(() -> Store.open(junk.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(junk.toString());
  }

  /**
   * A database failure in the middle of the writes (a trigger aborts the marking rows, which are
   * written after objects, versions and values) rolls the whole batch back.
   */
  @Test
  void failureMidWrite_rollsBackEveryRowOfTheBatch() throws Exception {
    Identifier before = newId("malware");
    store.upsert(List.of(malware(before, "2024-01-01T00:00:00Z", "Before", false)));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + freshLocation());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TRIGGER boom BEFORE INSERT ON object_marking"
              + " BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    }
    Identifier marked = newId("malware");
    StixObject markedObject =
        StixJson.standard()
            .readObject(
                """
                {"type":"malware","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
                 "modified":"2024-01-01T00:00:00Z","name":"Marked","is_family":false,
                 "object_marking_refs":["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]}"""
                    .formatted(marked));

    assertThatThrownBy(
            () ->
                store.upsert(
                    List.of(malware(before, "2024-02-01T00:00:00Z", "After", false), markedObject)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("simulated disk failure")
        .hasMessageContaining(freshLocation());

    assertThat(store.find(marked)).isEmpty();
    assertThat(store.versions(before)).hasSize(1);
    assertThat(store.objectsWithValue("after")).isEmpty();
    assertThat(hits(SearchQuery.of("after"))).isEmpty();
  }
}
