package dev.lantern.server.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.server.LanternServer;
import dev.lantern.server.ServerConfig;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A running Lantern server on loopback over a fresh SQLite store, with users of every kind, and an
 * HTTP client speaking to it. Users: alice (Basic, AMBER allowed, reads and writes everything), bob
 * (token, no AMBER, reads all three non-AMBER collections, writes nothing), carol (Basic, reads
 * only tlp-green), dave (Basic, no collection), erin (Basic, writes "all" but cannot read it).
 */
final class TaxiiServerFixture implements AutoCloseable {
  static final String TAXII = "application/taxii+json;version=2.1";
  static final String ROOT = "/taxii2/lantern/";
  static final long MAX_CONTENT = 16 * 1024;
  static final ObjectMapper JSON = new ObjectMapper();

  static final dev.lantern.extract.report.ReportExtractor EXTRACTOR =
      dev.lantern.extract.report.ReportExtractor.standard();

  final Store store;
  final LanternServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TaxiiServerFixture(Path dir) {
    store = Store.open(dir.resolve("taxii.db").toString());
    TaxiiConfig config =
        new TaxiiConfig(
            "Lantern TAXII test",
            TaxiiConfig.defaultCollections(),
            List.of(
                user("alice", "alice-pw", null, true, Set.of("*"), Set.of("*")),
                user(
                    "bob",
                    null,
                    "bob-token",
                    false,
                    Set.of("tlp-clear", "tlp-green", "tlp-amber", "all"),
                    Set.of()),
                user("carol", "carol-pw", null, false, Set.of("tlp-green"), Set.of()),
                user("dave", "dave-pw", null, false, Set.of(), Set.of()),
                user("erin", "erin-pw", null, false, Set.of(), Set.of("all"))));
    server =
        LanternServer.start(
            store,
            ServerConfig.local(0, config).withTaxiiMaxContentLength(MAX_CONTENT),
            EXTRACTOR,
            dev.lantern.extract.document.FetchPolicy.standard());
  }

  private static TaxiiConfig.User user(
      String name,
      String password,
      String token,
      boolean amber,
      Set<String> read,
      Set<String> write) {
    return new TaxiiConfig.User(
        name,
        Optional.ofNullable(password).map(TaxiiConfig::digest),
        Optional.ofNullable(token).map(TaxiiConfig::digest),
        amber,
        read,
        write);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static final String ALICE = basic("alice", "alice-pw");
  static final String BOB = "Bearer bob-token";
  static final String CAROL = basic("carol", "carol-pw");
  static final String DAVE = basic("dave", "dave-pw");
  static final String ERIN = basic("erin", "erin-pw");

  URI uri(String path) {
    return server.url().resolve(path);
  }

  static String collection(String alias) {
    return ROOT + "collections/" + TaxiiConfig.idFor(alias) + "/";
  }

  HttpResponse<String> get(String path, String auth) {
    return send(request(path, auth).header("Accept", TAXII).GET().build());
  }

  HttpResponse<String> get(String path, String auth, String accept) {
    HttpRequest.Builder b = request(path, auth);
    if (accept != null) {
      b.header("Accept", accept);
    }
    return send(b.GET().build());
  }

  HttpResponse<String> post(String path, String auth, String contentType, String body) {
    return send(
        request(path, auth)
            .header("Accept", TAXII)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> delete(String path, String auth) {
    return send(request(path, auth).header("Accept", TAXII).DELETE().build());
  }

  private HttpRequest.Builder request(String path, String auth) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return b;
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("request " + request.uri() + " failed: " + e, e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  // -----------------------------------------------------------------------------------------
  // Objects
  // -----------------------------------------------------------------------------------------

  /** An indicator JSON with the given TLP marking (or none) and modified time. */
  static String indicator(Identifier id, String modified, Optional<Identifier> marking) {
    return """
        {"type":"indicator","spec_version":"2.1","id":"%s","created":"2024-02-01T00:00:00.000Z",
         "modified":"%s","pattern":"[ipv4-addr:value = '203.0.113.%d']","pattern_type":"stix",
         "valid_from":"2024-02-01T00:00:00Z"%s}"""
        .formatted(
            id,
            modified,
            Math.abs(id.hashCode() % 250),
            marking.map(m -> ",\"object_marking_refs\":[\"" + m + "\"]").orElse(""));
  }

  static String malware(Identifier id, String modified, Optional<Identifier> marking) {
    return """
        {"type":"malware","spec_version":"2.1","id":"%s","created":"2024-02-01T00:00:00.000Z",
         "modified":"%s","name":"COATHANGER %s","is_family":true%s}"""
        .formatted(
            id,
            modified,
            id.uuid(),
            marking.map(m -> ",\"object_marking_refs\":[\"" + m + "\"]").orElse(""));
  }

  static Identifier newIndicator() {
    return Identifier.random(StixType.INDICATOR);
  }

  static final Optional<Identifier> GREEN = Optional.of(Tlp.V2_GREEN.id());
  static final Optional<Identifier> AMBER = Optional.of(Tlp.V1_AMBER.id());
  static final Optional<Identifier> RED = Optional.of(Tlp.V2_RED.id());

  /** Stores objects directly, as ingest would. */
  void seed(String... jsons) {
    store.upsert(
        java.util.Arrays.stream(jsons)
            .map(dev.lantern.stix.json.StixJson.standard()::readObject)
            .toList());
  }

  static String envelope(String... jsons) {
    return "{\"objects\":[" + String.join(",", jsons) + "]}";
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
