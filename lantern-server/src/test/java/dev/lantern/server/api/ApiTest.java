package dev.lantern.server.api;

import static dev.lantern.server.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.server.ServerFixture;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP, and its OpenAPI document against the routes. */
final class ApiTest {
  static final String TEXT =
      "Sandworm used Industroyer against Ukraine. C2: 45[.]153[.]241[.]77, hash"
          + " 1f3a9c4be26d77e8c0a5b91f04dd6e2a8c35f7b0e9d41a6c2b8f5e703c19d4aa.";

  @TempDir Path dir;
  ServerFixture s;

  @BeforeEach
  void start() {
    s = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private String ingest() {
    HttpResponse<String> r = s.postJson("/api/ingest", "{\"text\": " + quote(TEXT) + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).path("report").asText();
  }

  private static String quote(String s) {
    return ServerFixture.JSON.valueToTree(s).toString();
  }

  @Test
  void openapi_everyDocumentedRouteAnswers() {
    String report = ingest();
    JsonNode doc = json(s.get("/api/openapi.json"));
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = e.getKey().replace("{id}", report);
      if (e.getValue().has("get")) {
        String query = path.equals("/api/search") ? "?q=Sandworm" : "";
        HttpResponse<String> r = s.get(path + query);
        assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
        checked++;
      }
      if (e.getValue().has("post")) {
        HttpResponse<String> r = s.postJson(path, "{}");
        assertThat(r.statusCode()).as("POST " + path).isIn(400, 403);
        assertThat(json(r).path("error").asText()).isNotBlank();
        checked++;
      }
    }
    assertThat(checked).as("documented operations (ApiRoutes registers 12)").isEqualTo(12);
  }

  @Test
  void ingestJson_thenReportObjectsSearchGraphAndExportShowIt() {
    String report = ingest();
    JsonNode r = json(s.get("/api/reports/" + report));
    assertThat(r.path("text").asText()).isEqualTo(TEXT);
    assertThat(r.path("objects").has("indicator")).isTrue();
    assertThat(json(s.get("/api/reports")).path("reports").get(0).path("id").asText())
        .isEqualTo(report);
    JsonNode hits = json(s.get("/api/search?q=Sandworm&type=intrusion-set,threat-actor"));
    assertThat(hits.path("hits").size()).isEqualTo(1);
    String actor = hits.path("hits").get(0).path("id").asText();
    JsonNode graph = json(s.get("/api/graph/" + actor));
    assertThat(graph.path("nodes").get(0).path("id").asText()).isEqualTo(actor);
    assertThat(graph.path("edges").toString()).contains(report);
    assertThat(json(s.get("/api/objects/" + actor + "/versions")).path("versions").size())
        .isEqualTo(1);
    HttpResponse<String> export = s.get("/api/export?types=indicator");
    assertThat(export.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/stix+json");
    JsonNode bundle = json(export);
    assertThat(bundle.path("type").asText()).isEqualTo("bundle");
    assertThat(bundle.path("objects").size()).isEqualTo(2);
    // Ingesting the same text again changes nothing.
    HttpResponse<String> again = s.postJson("/api/ingest", "{\"text\": " + quote(TEXT) + "}");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).path("outcome").asText()).isEqualTo("unchanged");
  }

  @Test
  void malformedRequestsGetTheRightStatusAndAClearErrorAndChangeNothing() {
    HttpResponse<String> bad = s.postJson("/api/ingest", "{\"text\": ");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("error").asText()).contains("not valid JSON");
    assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

    HttpResponse<String> forged =
        s.postMultipart(
            "/api/ingest",
            Map.of(),
            "file",
            "a.txt",
            TEXT.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(json(forged).path("error").asText()).contains("X-Lantern-Request");

    HttpResponse<String> paging = s.get("/api/reports?limit=0");
    assertThat(paging.statusCode()).isEqualTo(400);
    assertThat(json(paging).path("detail").asText()).contains("limit=0");
    assertThat(s.get("/api/reports?limit=abc").statusCode()).isEqualTo(400);

    HttpResponse<String> missing =
        s.get("/api/objects/indicator--00000000-0000-4000-8000-000000000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).has("error")).isTrue();
    assertThat(s.get("/api/nothing-here").statusCode()).isEqualTo(404);
    assertThat(json(s.get("/api/nothing-here")).path("error").asText()).isNotBlank();

    byte[] huge = new byte[(32 << 20) + 10];
    HttpResponse<String> tooBig =
        s.send(
            HttpRequest.newBuilder(s.uri("/api/sweep"))
                .header("X-Lantern-Request", "1")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build());
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(json(s.get("/api/reports")).path("reports").size()).isZero();
  }

  @Test
  void sweepApi_reportsHitsWithTheirReports() {
    String report = ingest();
    HttpResponse<String> r =
        s.send(
            HttpRequest.newBuilder(s.uri("/api/sweep?name=fw.log"))
                .header("X-Lantern-Request", "1")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("deny 45.153.241.77 port 443\n"))
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.path("hits").size()).isEqualTo(1);
    assertThat(body.path("hits").get(0).path("reports").toString()).contains(report);
    assertThat(json(s.get("/api/sightings")).path("sightings").size()).isEqualTo(1);
  }

  @Test
  void export_withholdsObjectsAboveTheChosenTlpAndSpeaksMisp() {
    String amber = "malware--8f3b7c1e-0000-4000-8000-000000000001";
    String red = "malware--8f3b7c1e-0000-4000-8000-000000000002";
    String tpl =
        "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"%s\","
            + "\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\","
            + "\"name\":\"%s\",\"is_family\":true,\"object_marking_refs\":[\"%s\"]}";
    s.store.upsert(
        java.util.List.of(
            dev.lantern.stix.json.StixJson.standard()
                .readObject(tpl.formatted(amber, "Amberware", dev.lantern.stix.Tlp.V1_AMBER.id())),
            dev.lantern.stix.json.StixJson.standard()
                .readObject(tpl.formatted(red, "Redware", dev.lantern.stix.Tlp.V2_RED.id()))));
    String dflt = s.get("/api/export?types=malware").body();
    assertThat(dflt).contains(amber).doesNotContain(red);
    assertThat(s.get("/api/export?types=malware&tlp=green").body())
        .doesNotContain(amber)
        .doesNotContain(red);
    assertThat(s.get("/api/export?types=malware&tlp=red").body()).contains(red);
    HttpResponse<String> misp = s.get("/api/export?types=malware&format=misp");
    assertThat(json(misp).has("Event")).as(misp.body()).isTrue();
    assertThat(s.get("/api/export?tlp=purple").statusCode()).isEqualTo(400);
    assertThat(s.get("/api/export?format=pdf").statusCode()).isEqualTo(400);
  }

  /** Regression: JSON bodies must be UTF-8 whatever the content type says (Cyrillic was lost). */
  @Test
  void jsonBodiesAreUtf8() {
    String text = "Угруповання Sandworm атакувало енергетику України. Сервер 45[.]153[.]241[.]77.";
    HttpResponse<String> r = s.postJson("/api/ingest", "{\"text\": " + quote(text) + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(s.get("/api/reports")).path("reports").get(0).path("name").asText())
        .isEqualTo(text);
  }
}
