package dev.lantern.bench.sweep;

import dev.lantern.sweep.IndicatorType;
import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.index.Keys;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
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

/**
 * Lookup cost of the sweep's indicator table against a {@code HashSet<String>} baseline.
 *
 * <p>Workload: {@code indicators} IPv4 addresses and as many domains (random, in disjoint spaces),
 * probed with {@value #PROBES} tokens of which about 1% are indicators — the shape of real logs,
 * where almost every lookup misses. IPv4 probes walk the CIDR prefix lengths present (/32, /24);
 * domain probes check every parent domain. The {@code hashset} variant builds a String per probe
 * and per parent, as a straightforward implementation would.
 *
 * <p>Run: {@code ./mvnw -B -q -pl lantern-bench package -DskipTests && java -jar
 * lantern-bench/target/lantern-bench.jar IndexLookupBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndexLookupBenchmark {
  static final int PROBES = 1 << 14;

  @Param({"100000", "1000000"})
  int indicators;

  @Param({"lantern", "hashset"})
  String structure;

  private IndicatorIndex index;
  private Set<String> baseline;
  private final Keys keys = new Keys();
  private long[] ipProbes;
  private byte[][] domainProbes;
  private String[] domainStrings;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    baseline = new HashSet<>();
    long[] ips = new long[indicators];
    String[] domains = new String[indicators];
    for (int i = 0; i < indicators; i++) {
      ips[i] = (180L << 24) | random.nextInt(1 << 24);
      String ip = format(ips[i]);
      b.add(IndicatorType.IPV4, ip, null);
      baseline.add(ip);
      domains[i] = label(random) + "." + label(random) + ".top";
      b.add(IndicatorType.DOMAIN, domains[i], null);
      baseline.add(domains[i]);
    }
    for (int i = 0; i < indicators / 100; i++) {
      String cidr =
          (190 + random.nextInt(10))
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + ".0/24";
      b.add(IndicatorType.IPV4, cidr, null);
    }
    index = b.build();
    ipProbes = new long[PROBES];
    domainProbes = new byte[PROBES][];
    domainStrings = new String[PROBES];
    for (int i = 0; i < PROBES; i++) {
      boolean hit = random.nextInt(100) == 0;
      ipProbes[i] = hit ? ips[random.nextInt(indicators)] : (10L << 24) | random.nextInt(1 << 24);
      String d =
          hit
              ? "www." + domains[random.nextInt(indicators)]
              : "cdn" + random.nextInt(1000) + "." + label(random) + ".com";
      domainStrings[i] = d;
      domainProbes[i] = d.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    }
  }

  @Benchmark
  @OperationsPerInvocation(PROBES)
  public int ipv4() {
    int found = 0;
    if (structure.equals("lantern")) {
      for (long ip : ipProbes) {
        found += index.findIpv4(keys, ip) >= 0 ? 1 : 0;
      }
    } else {
      for (long ip : ipProbes) {
        found += baseline.contains(format(ip)) ? 1 : 0;
      }
    }
    return found;
  }

  @Benchmark
  @OperationsPerInvocation(PROBES)
  public int domain() {
    int found = 0;
    if (structure.equals("lantern")) {
      for (byte[] d : domainProbes) {
        int n = keys.domainKey(d, 0, d.length);
        found += index.findDomain(keys, n) >= 0 ? 1 : 0;
      }
    } else {
      for (String d : domainStrings) {
        String s = d.toLowerCase(Locale.ROOT);
        while (true) {
          if (baseline.contains(s)) {
            found++;
            break;
          }
          int dot = s.indexOf('.');
          if (dot < 0) {
            break;
          }
          s = s.substring(dot + 1);
        }
      }
    }
    return found;
  }

  private static String format(long ip) {
    return (ip >>> 24) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255) + "." + (ip & 255);
  }

  private static String label(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int n = 6 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }
}
