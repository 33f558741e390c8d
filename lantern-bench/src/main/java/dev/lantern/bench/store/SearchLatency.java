package dev.lantern.bench.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.SearchQuery;
import dev.lantern.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Full-text search latency over a generated store.
 *
 * <p>Workload: {@code N} objects (default 1,000,000) upserted into a fresh SQLite store in batches
 * of 1,000 — per ten: six reports of two to four sentences drawn from a 2,000-word vocabulary plus
 * one of 500 group names, two intrusion sets, two malware families — then {@code Q} queries
 * (default 2,000; fixed seed): one word (40 %), two words (40 %), two words with a type filter (20
 * %), first page of 20. Prints p50, p90, p99 and max of the wall time per query after 200 warm-up
 * queries.
 *
 * <p>Run: {@code ./mvnw -B -q -pl lantern-bench -am package -DskipTests && java -cp
 * lantern-bench/target/lantern-bench.jar dev.lantern.bench.store.SearchLatency 1000000 2000}; add a
 * third argument, a store path, to reuse a store built before.
 */
public final class SearchLatency {
  private static final int VOCABULARY = 2000;
  private static final int GROUPS = 500;

  private SearchLatency() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int q = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path db =
        args.length > 2
            ? Path.of(args[2])
            : Files.createTempDirectory("lantern-search").resolve("store.db");
    boolean fill = !Files.exists(db);
    try (Store store = Store.open(db.toString())) {
      if (fill) {
        long t0 = System.nanoTime();
        SplittableRandom random = new SplittableRandom(7);
        List<StixObject> batch = new ArrayList<>(1000);
        for (int i = 0; i < n; i++) {
          batch.add(object(i, random));
          if (batch.size() == 1000 || i == n - 1) {
            store.upsert(batch);
            batch.clear();
          }
        }
        System.out.printf(
            Locale.ROOT,
            "filled %,d objects in %.1f s; store %,d bytes%n",
            n,
            (System.nanoTime() - t0) / 1e9,
            Files.size(db));
      }
      SplittableRandom random = new SplittableRandom(11);
      for (int i = 0; i < 200; i++) {
        store.search(query(random));
      }
      long[] nanos = new long[q];
      long hits = 0;
      for (int i = 0; i < q; i++) {
        SearchQuery query = query(random);
        long t = System.nanoTime();
        hits += store.search(query).hits().size();
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "%d queries over %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f hits per"
              + " query on average%n",
          q,
          db,
          nanos[q / 2] / 1e6,
          nanos[q * 9 / 10] / 1e6,
          nanos[q * 99 / 100] / 1e6,
          nanos[q - 1] / 1e6,
          hits / (double) q);
    }
  }

  private static String word(int k) {
    return "w" + Integer.toString(k * 7919 % 100_000, 36) + (k % 3 == 0 ? "ion" : "at");
  }

  private static SearchQuery query(SplittableRandom random) {
    int kind = random.nextInt(10);
    String text =
        kind < 4
            ? word(random.nextInt(VOCABULARY))
            : word(random.nextInt(VOCABULARY)) + " " + word(random.nextInt(VOCABULARY));
    SearchQuery q = SearchQuery.of(text);
    return kind >= 8 ? q.withTypes(Set.of(StixType.REPORT)) : q;
  }

  private static StixObject object(int i, SplittableRandom random) {
    String stamps = "\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\"";
    int kind = i % 10;
    if (kind < 6) {
      StringBuilder text = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        int words = 6 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
          text.append(word(random.nextInt(VOCABULARY))).append(' ');
        }
        text.append("group").append(random.nextInt(GROUPS)).append(". ");
      }
      return read(
          "{\"type\":\"report\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"name\":\"Report %d %s\","
              + "\"description\":\"%s\",\"published\":\"2024-01-01T00:00:00Z\",\"object_refs\":"
              + "[\"%s\"]}",
          Identifier.random(StixType.REPORT),
          stamps,
          i,
          word(random.nextInt(VOCABULARY)),
          text.toString().strip(),
          Identifier.random(StixType.INTRUSION_SET));
    }
    if (kind < 8) {
      return read(
          "{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"name\":\"Group"
              + " %d\",\"aliases\":[\"%s %d\"],\"description\":\"%s %s\"}",
          Identifier.random(StixType.INTRUSION_SET),
          stamps,
          i,
          word(random.nextInt(VOCABULARY)),
          i,
          word(random.nextInt(VOCABULARY)),
          word(random.nextInt(VOCABULARY)));
    }
    return read(
        "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"name\":\"Malware %d %s\","
            + "\"is_family\":true}",
        Identifier.random(StixType.MALWARE), stamps, i, word(random.nextInt(VOCABULARY)));
  }

  private static StixObject read(String format, Object... args) {
    return StixJson.standard().readObject(String.format(Locale.ROOT, format, args));
  }
}
