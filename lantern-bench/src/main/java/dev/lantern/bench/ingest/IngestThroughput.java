package dev.lantern.bench.ingest;

import com.sun.management.OperatingSystemMXBean;
import dev.lantern.app.ingest.Ingest;
import dev.lantern.app.ingest.IngestInput;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.bench.extract.ReportTextGenerator;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.store.Store;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest throughput of news reports into a fresh SQLite store, through the same use case the CLI
 * runs ({@link Ingest}): content sniffing, extraction (language, indicators, entities, dates), STIX
 * mapping and one store transaction per report.
 *
 * <p>Workload: {@code N} generated news reports of about 3,000 characters each ({@link
 * ReportTextGenerator}, seed = report number; English, Ukrainian and Russian prose with about one
 * indicator per 400 characters), each headed by a line naming one of eight groups and a ministry,
 * handed over as uploads with distinct names. A warm-up pass ingests {@code N / 5} other reports
 * into another store first, so the JIT and the knowledge base are warm. Reports per second is
 * measured on wall time and, per core, on the process CPU time (GC and JIT threads included).
 *
 * <p>Run: {@code ./mvnw -B -q -pl lantern-bench -am package -DskipTests && java -cp
 * lantern-bench/target/lantern-bench.jar dev.lantern.bench.ingest.IngestThroughput 2000}
 */
public final class IngestThroughput {
  private static final List<String> GROUPS =
      List.of(
          "APT28",
          "Sandworm",
          "Turla",
          "Volt Typhoon",
          "Salt Typhoon",
          "APT29",
          "Lazarus Group",
          "Gamaredon");

  private IngestThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dir = Files.createTempDirectory("lantern-ingest-bench");
    ReportExtractor extractor = ReportExtractor.standard();
    run(dir.resolve("warm.db"), extractor, reports(1_000_000, Math.max(50, n / 5)));
    List<IngestInput> inputs = reports(0, n);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    int stored = run(dir.resolve("bench.db"), extractor, inputs);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long chars = 0;
    for (IngestInput in : inputs) {
      chars += ((IngestInput.FromBytes) in).bytes().length;
    }
    System.out.printf(
        Locale.ROOT,
        "%d reports (%,d bytes), %d stored, in %.2f s wall = %.1f reports/s;"
            + " %.2f s CPU = %.1f reports/s per core; %d cores available; store %,d bytes%n",
        n,
        chars,
        stored,
        wall,
        n / wall,
        cpu,
        n / cpu,
        Runtime.getRuntime().availableProcessors(),
        Files.size(dir.resolve("bench.db")));
    deleteTree(dir); // two stores of ~100 MB each: do not leave them behind in the temp folder
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int run(Path db, ReportExtractor extractor, List<IngestInput> inputs) {
    try (Store store = Store.open(db.toString())) {
      Ingest ingest = new Ingest(store, extractor, FetchPolicy.standard());
      int stored = 0;
      for (IngestInput in : inputs) {
        IngestOutcome o = ingest.ingest(in);
        if (o instanceof IngestOutcome.Failed f) {
          throw new IllegalStateException(f.source() + ": " + f.reason());
        }
        stored += o instanceof IngestOutcome.Stored ? 1 : 0;
      }
      return stored;
    }
  }

  static List<IngestInput> reports(int first, int count) {
    List<IngestInput> out = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      String text =
          GROUPS.get(i % GROUPS.size())
              + " targets a ministry, report "
              + i
              + "\n\n"
              + new ReportTextGenerator(i).generate(3000);
      out.add(
          new IngestInput.FromBytes("report-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }
}
