package dev.lantern.bench.taxii;

import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.LanternServer;
import dev.lantern.server.ServerConfig;
import dev.lantern.server.taxii.TaxiiConfig;
import dev.lantern.server.taxii.TaxiiPull;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.Store;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A full TAXII 2.1 pull through Lantern's own client from Lantern's own server on loopback.
 *
 * <p>Workload: {@code N} generated indicators (IPv4 patterns, random ids, TLP-unmarked) upserted
 * into a fresh SQLite store in batches of 10,000; a server on 127.0.0.1 serves them in the {@code
 * all} collection. Measured: (1) serving only — every page fetched with {@code added_after} paging
 * and read to the end, nothing stored; (2) the whole pull — {@link TaxiiPull} into a second fresh
 * SQLite store, whole pages per transaction as the client groups them. Seeding time is printed but
 * is not part of either.
 *
 * <p>Command (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl lantern-bench -am package -DskipTests -Dspotless.check.skip=true
 * ./mvnw -B -q -pl lantern-bench dependency:build-classpath -Dmdep.outputFile=/tmp/bench-cp.txt
 * java -cp "$(cat /tmp/bench-cp.txt):lantern-bench/target/classes" \
 *   dev.lantern.bench.taxii.TaxiiPullBench 100000 1000
 * </pre>
 */
public final class TaxiiPullBench {
  private TaxiiPullBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int page = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Path dir = Files.createTempDirectory("lantern-taxii-bench-");
    try (Store source = Store.open(dir.resolve("server.db").toString());
        Store target = Store.open(dir.resolve("client.db").toString())) {
      long t0 = System.nanoTime();
      seed(source, n);
      double seedS = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "seeded %,d indicators in %.1f s%n", n, seedS);

      TaxiiConfig config = TaxiiConfig.withSingleUser("bench", "bench", true);
      try (LanternServer server =
          LanternServer.start(
              source,
              ServerConfig.local(0, config).withTaxiiMaxContentLength(64L << 20),
              ReportExtractor.standard(),
              FetchPolicy.standard())) {
        String auth = TaxiiPull.basic("bench", "bench");
        TaxiiPull client = new TaxiiPull(Optional.of(auth), true);
        URI objects = client.objectsUrl(server.url() + "taxii2/", Optional.of("all"));

        long t1 = System.nanoTime();
        long[] served = serveOnly(objects, auth, page);
        double serveS = (System.nanoTime() - t1) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "serving only: %,d objects, %,d pages, %.1f MB in %.2f s = %,.0f objects/s%n",
            served[0],
            served[1],
            served[2] / 1e6,
            serveS,
            served[0] / serveS);

        long t2 = System.nanoTime();
        TaxiiPull.Result r = client.pull(objects, Optional.empty(), target, page, p -> {});
        double pullS = (System.nanoTime() - t2) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "full pull into a store: %,d objects (%,d stored, %,d failed), %d pages in %.2f s"
                + " = %,.0f objects/s%n",
            r.received(),
            r.stored(),
            r.failed(),
            r.pages(),
            pullS,
            r.received() / pullS);
      }
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void seed(Store store, int n) {
    List<StixObject> batch = new ArrayList<>();
    StixJson json = StixJson.standard();
    for (int i = 0; i < n; i++) {
      String ip =
          (11 + (i >>> 24 & 0x3f))
              + "."
              + (i >>> 16 & 0xff)
              + "."
              + (i >>> 8 & 0xff)
              + "."
              + (i & 0xff);
      batch.add(
          json.readObject(
              "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--"
                  + UUID.randomUUID()
                  + "\",\"created\":\"2024-02-01T00:00:00.000Z\",\"modified\":\"2024-02-01T00:00:00.000Z\","
                  + "\"name\":\"generated "
                  + i
                  + "\",\"pattern\":\"[ipv4-addr:value = '"
                  + ip
                  + "']\",\"pattern_type\":\"stix\",\"valid_from\":\"2024-02-01T00:00:00Z\"}"));
      if (batch.size() == 10_000) {
        store.upsert(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      store.upsert(batch);
    }
  }

  /** Fetches every page with added_after paging; returns objects, pages, bytes. */
  private static long[] serveOnly(URI objects, String auth, int page) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long count = 0;
    long pages = 0;
    long bytes = 0;
    String after = null;
    com.fasterxml.jackson.databind.ObjectMapper m =
        new com.fasterxml.jackson.databind.ObjectMapper();
    while (true) {
      String q = "?limit=" + page + (after == null ? "" : "&added_after=" + after);
      HttpResponse<InputStream> r =
          http.send(
              HttpRequest.newBuilder(objects.resolve(q))
                  .header("Authorization", auth)
                  .header("Accept", "application/taxii+json;version=2.1")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = r.body()) {
        body = in.readAllBytes();
      }
      pages++;
      bytes += body.length;
      var env = m.readTree(body);
      count += env.path("objects").size();
      if (!env.path("more").asBoolean(false)) {
        return new long[] {count, pages, bytes};
      }
      after = r.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
    }
  }
}
