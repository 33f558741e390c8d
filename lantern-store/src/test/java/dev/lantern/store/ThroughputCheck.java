package dev.lantern.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throughput check run by hand, not a test: upserts generated objects into a fresh SQLite store
 * in batches and prints objects per second. Run after {@code test-compile} with
 *
 * <pre>
 * java -cp "$(cat cp.txt):lantern-store/target-store/classes:lantern-store/target-store/test-classes" \
 *   dev.lantern.store.ThroughputCheck 100000 1000
 * </pre>
 *
 * where {@code cp.txt} comes from {@code dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
final class ThroughputCheck {
  private ThroughputCheck() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    List<StixObject> objects = generate(total);
    Path dir = Files.createTempDirectory("lantern-throughput");
    try (Store store = Store.open(dir.resolve("store.db").toString())) {
      long start = System.nanoTime();
      for (int from = 0; from < objects.size(); from += batch) {
        store.upsert(objects.subList(from, Math.min(objects.size(), from + batch)));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long again = System.nanoTime();
      UpsertSummary repeat = store.upsert(objects.subList(0, Math.min(objects.size(), batch)));
      double repeatSeconds = (System.nanoTime() - again) / 1e9;
      System.out.printf(
          "%d objects in batches of %d: %.1f s, %.0f objects/s; re-upsert of one batch: %s in %.3f s%n",
          objects.size(), batch, seconds, objects.size() / seconds, repeat, repeatSeconds);
      System.out.printf("store file: %d bytes%n", Files.size(dir.resolve("store.db")));
    }
  }

  /**
   * Per group of ten: 4 addresses, 2 indicators, 1 malware, 1 intrusion set, 1 relationship, 1
   * report.
   */
  private static List<StixObject> generate(int total) {
    List<StixObject> out = new ArrayList<>(total);
    for (int i = 0; out.size() < total; i++) {
      List<Identifier> ips = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        StixObject ip = Fixtures.ipv4("10." + (i >> 8 & 255) + "." + (i & 255) + "." + k);
        ips.add(ip.id());
        out.add(ip);
      }
      out.add(
          Fixtures.indicator(
              Fixtures.newId("indicator"), "[ipv4-addr:value = '10.0." + (i & 255) + ".1']"));
      out.add(
          Fixtures.indicator(
              Fixtures.newId("indicator"), "[domain-name:value = 'host" + i + ".example']"));
      Identifier m = Fixtures.newId("malware");
      out.add(Fixtures.malware(m, "2024-01-01T00:00:00Z", "Malware family " + i, false));
      Identifier set = Fixtures.newId("intrusion-set");
      out.add(Fixtures.intrusionSet(set, "2024-01-01T00:00:00Z", "Group " + i, "Alias " + i));
      out.add(Fixtures.relationship(Fixtures.newId("relationship"), "uses", set, m, "uses it"));
      out.add(
          Fixtures.report(
              Fixtures.newId("report"),
              "2024-01-01T00:00:00Z",
              "Report " + i,
              "Group " + i + " used malware family " + i + " against ministries",
              ips.toArray(Identifier[]::new)));
    }
    return out.subList(0, total);
  }
}
