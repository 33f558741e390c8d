package dev.lantern.bench.extract;

import dev.lantern.extract.document.Document;
import dev.lantern.extract.report.ExtractOptions;
import dev.lantern.extract.report.ReportExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full extraction of news reports on one core: language identification, publication date,
 * indicators, entities (with Ukrainian and Russian lemmas), dates, attribution claims and incidents
 * — everything {@code lantern extract} computes before formatting output.
 *
 * <p>Workload: the reports of {@code corpus/labelled} (English, Ukrainian and Russian news and
 * advisories, about 2,700 characters on average; 36 until 2026-12-04, 48 since), extracted in turn
 * in a fixed order. One operation is one report, so the score reads as reports per second per core.
 * Each iteration also prints the rate per second of the benchmark thread's CPU time ({@code [cpu]}
 * lines), which stays meaningful when other processes share the cores.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl lantern-bench -am package -DskipTests &&
 * java -jar lantern-bench/target/lantern-bench.jar ReportExtraction} ({@code -Dlantern.corpus=DIR}
 * to score another directory of {@code .txt} reports).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ReportExtractionBenchmark {

  private List<Document> reports;
  private ReportExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    Path dir = Path.of(System.getProperty("lantern.corpus", "corpus/labelled"));
    try (Stream<Path> files = Files.walk(dir)) {
      reports =
          files
              .filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .map(ReportExtractionBenchmark::read)
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          dir.toAbsolutePath() + ": cannot list reports (run from the repository root)", e);
    }
    if (reports.isEmpty()) {
      throw new IllegalStateException(dir.toAbsolutePath() + " holds no .txt reports");
    }
    extractor = ReportExtractor.standard();
    // load the morphology dictionaries and knowledge base outside the measurement
    reports.forEach(d -> extractor.extract(d, ExtractOptions.automatic()));
  }

  private static Document read(Path p) {
    try {
      return Document.plain(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long cpuStart;
  private long extracted;
  private int next;

  /** Starts the iteration's CPU clock: the machine is shared, so wall-clock rates understate. */
  @Setup(Level.Iteration)
  public void startCpuClock() {
    cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    extracted = 0;
  }

  /** Prints reports per second of this thread's CPU time, next to JMH's wall-clock score. */
  @TearDown(Level.Iteration)
  public void printCpuRate() {
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
    if (cpu > 0) {
      System.out.printf(
          Locale.ROOT,
          "  [cpu] %d reports in %.3f s of CPU time = %.1f reports/s per core%n",
          extracted,
          cpu / 1e9,
          extracted / (cpu / 1e9));
    }
  }

  /** One report per operation, the corpus's reports in turn, so any corpus size scores alike. */
  @Benchmark
  public void extractAll(Blackhole hole) {
    Document d = reports.get(next);
    next = next + 1 == reports.size() ? 0 : next + 1;
    hole.consume(extractor.extract(d, ExtractOptions.automatic()));
    extracted++;
  }
}
