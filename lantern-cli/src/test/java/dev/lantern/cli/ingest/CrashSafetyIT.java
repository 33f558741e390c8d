package dev.lantern.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.cli.LanternProcess;
import dev.lantern.cli.LanternProcess.Run;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixType;
import dev.lantern.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of {@code ./lantern ingest}: the store must open, hold only whole documents
 * (every stored report has every object it refers to), and a second run must finish the batch with
 * nothing stored twice.
 */
class CrashSafetyIT {
  private static final int DOCUMENTS = 400;

  @TempDir Path dir;

  @Test
  void ingest_killedMidBatchLeavesWholeDocumentsAndTheNextRunFinishesWithoutDuplicates()
      throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(reports.resolve(String.format(Locale.ROOT, "r%04d.txt", i)), report(i));
    }
    Path db = dir.resolve("data/lantern.db");
    LanternProcess lantern = new LanternProcess(dir, Map.of("LANTERN_DB", db.toString()));

    Path out = dir.resolve("first.out");
    Process first =
        lantern
            .builder(List.of("ingest", reports.toString()))
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("first.err").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (storedLines(out) < 40 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(first.isAlive()).as("ingest still running when killed").isTrue();
    // ./lantern execs java, so this is the JVM itself: SIGKILL, no shutdown hooks.
    first.destroyForcibly();
    assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
    int printed = storedLines(out);

    assertThat(integrity(db)).isEqualTo("ok");
    int storedReports;
    try (Store store = Store.open(db.toString())) {
      storedReports = checkWholeDocuments(store);
    }
    assertThat(storedReports).isBetween(printed, printed + 1).isLessThan(DOCUMENTS);

    Run second = lantern.run("ingest", reports.toString());
    assertThat(second.exit()).as(second.err()).isEqualTo(0);
    assertThat(second.out())
        .contains(
            DOCUMENTS
                + " documents: "
                + (DOCUMENTS - storedReports)
                + " stored, "
                + storedReports
                + " unchanged, 0 failed");
    try (Store store = Store.open(db.toString())) {
      assertThat(checkWholeDocuments(store)).isEqualTo(DOCUMENTS);
      Set<String> patterns = new HashSet<>();
      int[] indicators = {0};
      store.forEachLatest(
          StixType.INDICATOR,
          true,
          o -> {
            indicators[0]++;
            patterns.add(((dev.lantern.stix.Indicator) o).pattern());
          });
      assertThat(indicators[0]).isEqualTo(patterns.size()).isEqualTo(2 * DOCUMENTS);
    }
  }

  /** Every report's objects are stored and it has one version; returns the number of reports. */
  private static int checkWholeDocuments(Store store) {
    List<Report> reports = new ArrayList<>();
    store.forEachLatest(StixType.REPORT, true, o -> reports.add((Report) o));
    for (Report r : reports) {
      for (Identifier ref : r.objectRefs()) {
        assertThat(store.contains(ref)).as("%s refers to stored %s", r.id(), ref).isTrue();
      }
      assertThat(r.objectRefs()).as("refs of %s", r.id()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(store.versions(r.id())).hasSize(1);
    }
    return reports.size();
  }

  private static String integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static int storedLines(Path out) throws java.io.IOException {
    if (!Files.exists(out)) {
      return 0;
    }
    return (int) Files.readAllLines(out).stream().filter(l -> l.startsWith("stored ")).count();
  }

  /** A short news item with two indicators of its own: a domain and an address. */
  private static String report(int i) {
    return String.format(
        Locale.ROOT,
        "Report %d: intruders linked to APT28 staged tools on relay-%d-cdn.net and the server"
            + " 45.%d.%d.17 before moving through the network of a ministry.%n",
        i,
        i,
        10 + i / 200,
        i % 200);
  }
}
