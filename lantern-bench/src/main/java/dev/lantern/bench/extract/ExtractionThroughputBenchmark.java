package dev.lantern.bench.extract;

import dev.lantern.extract.indicator.IndicatorExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Indicator extraction throughput on one core.
 *
 * <p>Workload: 4 MiB of generated report text ({@link ReportTextGenerator}, fixed seed) — English,
 * Ukrainian and Russian prose with version numbers, file names and about one indicator per 400
 * characters, half of them defanged — or, with {@code kind=prose}, text of the same kind with no
 * indicators planted (version numbers and file names remain), which measures the scanner's floor.
 * Each operation is one character, so the score in ops/us reads directly as millions of characters
 * per second (≈ MB/s for this mostly ASCII text; Cyrillic characters are two bytes in UTF-8, so
 * MB/s of UTF-8 input is higher).
 *
 * <p>Run: {@code ./mvnw -q -pl lantern-bench -am package -DskipTests && java -jar
 * lantern-bench/target/lantern-bench.jar ExtractionThroughput}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionThroughputBenchmark {

  static final int CHARS = 4 * 1024 * 1024;

  @Param({"report", "prose"})
  public String kind;

  private String text;
  private IndicatorExtractor extractor;

  @Setup
  public void setUp() {
    text = new ReportTextGenerator(42, kind.equals("report")).generate(CHARS);
    extractor = IndicatorExtractor.standard();
  }

  @Benchmark
  @OperationsPerInvocation(CHARS)
  public void extract(Blackhole hole) {
    hole.consume(extractor.extract(text));
  }
}
