package dev.lantern.bench.store;

import dev.lantern.stix.Common;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.store.SearchQuery;
import dev.lantern.store.Store;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Full-text search latency (p50, p99, max) over a generated store: {@code n} objects (reports with
 * a title and a paragraph of text, intrusion sets, malware, indicators, in a 1:1:1:2 mix) upserted
 * in batches of 1,000, each a transaction; then {@code q} searches for one or two words drawn from
 * the same vocabulary (Zipf-like: frequent and rare words alike), first page of 20.
 *
 * <p>Command: {@code ./mvnw -B -q -pl lantern-bench -am package -DskipTests && java -cp
 * lantern-bench/target/lantern-bench.jar dev.lantern.bench.store.SearchLatency 1000000 1000
 * [DB_LOCATION]} (a SQLite path, default a temporary file, or a jdbc:postgresql:// URL of an empty
 * database).
 */
public final class SearchLatency {
  private SearchLatency() {}

  private static final int VOCABULARY = 20_000;

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int queries = Integer.parseInt(args[1]);
    String location =
        args.length > 2
            ? args[2]
            : Files.createTempDirectory("lantern-search-bench").resolve("lantern.db").toString();
    Random random = new Random(42);
    String[] words = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = word(i);
    }
    try (Store store = Store.open(location)) {
      long t0 = System.nanoTime();
      List<StixObject> batch = new ArrayList<>(1000);
      Instant at = Instant.parse("2024-02-06T10:00:00Z");
      for (int i = 0; i < n; i++) {
        batch.add(object(i, random, words, at));
        if (batch.size() == 1000 || i == n - 1) {
          store.upsert(batch);
          batch.clear();
        }
        if ((i + 1) % 100_000 == 0) {
          System.err.printf(
              Locale.ROOT, "%,d objects in %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
        }
      }
      double load = (System.nanoTime() - t0) / 1e9;
      long[] nanos = new long[queries];
      int hits = 0;
      for (int q = 0; q < queries; q++) {
        String text = pick(random, words) + (q % 2 == 0 ? "" : " " + pick(random, words));
        long s = System.nanoTime();
        hits += store.search(SearchQuery.of(text)).hits().size();
        nanos[q] = System.nanoTime() - s;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "%,d objects loaded in %.0f s (%.0f objects/s); %d searches, %d hits:"
              + " p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          n,
          load,
          n / load,
          queries,
          hits,
          nanos[queries / 2] / 1e6,
          nanos[(int) (queries * 0.99)] / 1e6,
          nanos[queries - 1] / 1e6);
    }
  }

  /** Zipf-like: low word numbers are much more frequent. */
  private static String pick(Random r, String[] words) {
    double u = r.nextDouble();
    return words[(int) Math.min(words.length - 1, Math.floor(Math.pow(words.length, u)) - 1)];
  }

  private static String word(int i) {
    String letters = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    StringBuilder s = new StringBuilder();
    int x = i + 17;
    do {
      s.append(letters.charAt(x % letters.length())).append(vowels.charAt((x / 16) % 5));
      x /= 80;
    } while (x > 0);
    return s.toString();
  }

  private static String text(Random r, String[] words, int count) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) {
      s.append(k == 0 ? "" : " ").append(pick(r, words));
    }
    return s.toString();
  }

  private static StixObject object(int i, Random r, String[] words, Instant at) {
    Common c = Common.createdAt(at.plusSeconds(i));
    return switch (i % 5) {
      case 0 ->
          Report.of(
                  Identifier.forNamed(StixType.REPORT, "bench-report-" + i),
                  c,
                  text(r, words, 6),
                  at)
              .withDescription(text(r, words, 60))
              .withObjectRefs(List.of(Identifier.forNamed(StixType.INDICATOR, "bench-" + (i + 1))));
      case 1 ->
          IntrusionSet.named(c, "Group " + text(r, words, 2) + " " + i)
              .withDescription(text(r, words, 20));
      case 2 -> Malware.family(c, "Malware " + text(r, words, 1) + " " + i);
      default ->
          Indicator.of(
                  Identifier.forNamed(StixType.INDICATOR, "bench-" + i),
                  c,
                  "[domain-name:value = '" + pick(r, words) + i + ".example']",
                  PatternType.STIX,
                  at)
              .withName(text(r, words, 3));
    };
  }
}
