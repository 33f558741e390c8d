package dev.lantern.bench.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.Store;
import dev.lantern.store.UpsertSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Raw upsert throughput of the knowledge store (no extraction): generated objects upserted into a
 * fresh SQLite store in batches, one transaction per batch, then one batch again (which must write
 * nothing). Per group of ten objects: 4 addresses, 2 indicators, 1 malware, 1 intrusion set, 1
 * relationship, 1 report.
 *
 * <p>Run: {@code ./mvnw -B -q -pl lantern-bench -am package -DskipTests && java -cp
 * lantern-bench/target/lantern-bench.jar dev.lantern.bench.store.StoreUpsertThroughput 100000 1000}
 */
public final class StoreUpsertThroughput {
  private StoreUpsertThroughput() {}

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
          Locale.ROOT,
          "%d objects in batches of %d: %.1f s, %.0f objects/s; re-upsert of one batch: %s in"
              + " %.3f s%n",
          objects.size(),
          batch,
          seconds,
          objects.size() / seconds,
          repeat,
          repeatSeconds);
      System.out.printf(Locale.ROOT, "store file: %d bytes%n", Files.size(dir.resolve("store.db")));
    }
  }

  private static List<StixObject> generate(int total) {
    List<StixObject> out = new ArrayList<>(total);
    for (int i = 0; out.size() < total; i++) {
      List<String> ips = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        String value = "10." + (i >> 8 & 255) + "." + (i & 255) + "." + k;
        Identifier id = Ipv4Addr.idFor(value);
        ips.add("\"" + id + "\"");
        out.add(
            read(
                "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"id\":\"%s\",\"value\":\"%s\"}",
                id, value));
      }
      out.add(indicator("[ipv4-addr:value = '10.0." + (i & 255) + ".1']"));
      out.add(indicator("[domain-name:value = 'host" + i + ".example']"));
      Identifier m = Identifier.random(StixType.MALWARE);
      out.add(
          read(
              "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"name\":\"Malware"
                  + " family %s\",\"is_family\":true}",
              m, STAMPS, i));
      Identifier set = Identifier.random(StixType.INTRUSION_SET);
      out.add(
          read(
              "{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"name\":\"Group"
                  + " %s\",\"aliases\":[\"Alias %s\"]}",
              set, STAMPS, i, i));
      out.add(
          read(
              "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,"
                  + "\"relationship_type\":\"uses\",\"source_ref\":\"%s\",\"target_ref\":\"%s\","
                  + "\"description\":\"uses it\"}",
              Identifier.random(StixType.RELATIONSHIP), STAMPS, set, m));
      out.add(
          read(
              "{\"type\":\"report\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"name\":\"Report %s\","
                  + "\"description\":\"Group %s used malware family %s against ministries\","
                  + "\"published\":\"2024-01-01T00:00:00Z\",\"object_refs\":[%s]}",
              Identifier.random(StixType.REPORT), STAMPS, i, i, i, String.join(",", ips)));
    }
    return out.subList(0, total);
  }

  private static final String STAMPS =
      "\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\"";

  private static StixObject indicator(String pattern) {
    return read(
        "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"%s\",%s,\"pattern\":\"%s\","
            + "\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\"}",
        Identifier.random(StixType.INDICATOR), STAMPS, pattern);
  }

  private static StixObject read(String format, Object... args) {
    return StixJson.standard().readObject(String.format(Locale.ROOT, format, args));
  }
}
