package dev.lantern.cli.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.cli.LanternCliIT;
import dev.lantern.cli.serve.Background;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./lantern taxii pull} against Lantern's own server ({@code ./lantern serve}) on loopback.
 */
class TaxiiPullIT {
  @TempDir Path dir;

  @Test
  void pull_copiesTheCollectionAndResumesWithAddedAfter() throws Exception {
    Map<String, String> env = Map.of("LANTERN_TAXII_PASSWORD", "pull-test-pw");
    try (Background serve =
        new Background(env, "serve", "--port", "0", "--db", dir.resolve("server.db").toString())) {
      String url = serve.await("web UI: (http://\\S+)");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> ingested =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "api/ingest"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"text\": \"APT28 used 185.220.101[.]47 and evil-update[.]net against"
                              + " Ukraine.\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(201);

      String db = dir.resolve("client.db").toString();
      String state = dir.resolve("state.json").toString();
      String[] pull = {
        "taxii",
        "pull",
        url + "taxii2/",
        "--collection",
        "all",
        "--user",
        "lantern",
        "--password",
        "pull-test-pw",
        "--allow-private",
        "--db",
        db,
        "--state",
        state,
        "--page-size",
        "3"
      };
      LanternCliIT.Run first = LanternCliIT.lantern(pull);
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.out()).containsPattern("pulled [1-9]\\d* objects in [2-9]\\d* pages");
      assertThat(Files.readString(Path.of(state))).contains("/objects/");

      LanternCliIT.Run again = LanternCliIT.lantern(pull);
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(again.err()).contains("resuming after");
      assertThat(again.out()).contains("pulled 0 objects");

      LanternCliIT.Run refused =
          LanternCliIT.lantern(
              "taxii",
              "pull",
              url + "taxii2/",
              "--collection",
              "all",
              "--user",
              "lantern",
              "--password",
              "pull-test-pw",
              "--db",
              db,
              "--state",
              state);
      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.err()).contains("--allow-private");

      LanternCliIT.Run wrong =
          LanternCliIT.lantern(
              "taxii",
              "pull",
              url + "taxii2/",
              "--user",
              "lantern",
              "--password",
              "nope",
              "--allow-private",
              "--db",
              db,
              "--state",
              state);
      assertThat(wrong.exit()).isEqualTo(2);
      assertThat(wrong.err()).contains("401");
      serve.stop();
    }
  }
}
