package dev.lantern.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ./lantern demo} as a user runs it: corpus ingested, log swept, UI served, clean stop. */
class DemoIT {
  @Test
  void demo_servesTheCorpusWithSightingsAndStopsCleanly() throws Exception {
    try (Background demo = new Background(Map.of(), "demo", "--port", "0")) {
      String folder = demo.await("Demo store (\\S+):");
      String summary = demo.lines.get(demo.lines.size() - 1);
      assertThat(summary).contains("documents ingested").containsPattern("[1-9]\\d* hits");
      String url = demo.await("Lantern demo: (http://\\S+)");
      HttpClient http = HttpClient.newHttpClient();
      String dashboard =
          http.send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(dashboard).contains("Recent reports").contains("Sandworm").contains("APT28");
      assertThat(dashboard).contains("Recent sightings").doesNotContain("No sightings yet");
      String reports =
          http.send(
                  HttpRequest.newBuilder(URI.create(url + "api/reports?limit=100")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(reports)
          .contains("\"lang\":\"en\"")
          .contains("\"lang\":\"uk\"")
          .contains("\"lang\":\"ru\"");
      assertThat(Files.exists(Path.of(folder))).isTrue();

      String rest = demo.stop();
      assertThat(rest).contains("lantern: stopped");
      assertThat(Files.exists(Path.of(folder))).as("demo folder removed").isFalse();
    }
  }
}
