package dev.lantern.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SweepCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String iocs;
  private String log;

  @BeforeEach
  void files() throws IOException {
    iocs =
        Files.writeString(dir.resolve("iocs.txt"), "# test\n192.0.2.9\nevil.example\n").toString();
    log =
        Files.writeString(
                dir.resolve("dns.log"),
                "2024-02-06T10:00:00Z q c2.evil.example from 10.0.0.1\n"
                    + "2024-02-07T11:00:00Z conn 192.0.2.9\n"
                    + "2024-02-08T12:00:00Z q www.evil.example\n")
            .toString();
  }

  private int run(String stdin, String... args) {
    CommandLine cli =
        new CommandLine(
            new SweepCommand(
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                InstantSource.fixed(Instant.parse("2024-03-01T00:00:00Z"))));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void jsonl_writesOneObjectPerHitAndExitsOne() throws IOException {
    int code = run("", "--intel", iocs, "--format", "jsonl", log);
    assertThat(code).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString().split("\n")) {
      lines.add(new ObjectMapper().readTree(l));
    }
    assertThat(lines).hasSize(3);
    JsonNode first = lines.get(0);
    assertThat(first.get("file").asText()).isEqualTo(log);
    assertThat(first.get("line").asLong()).isEqualTo(1);
    assertThat(first.get("offset").asLong()).isEqualTo(23);
    assertThat(first.get("value").asText()).isEqualTo("c2.evil.example");
    assertThat(first.get("type").asText()).isEqualTo("domain-name");
    assertThat(first.get("indicator").asText()).isEqualTo("evil.example");
    assertThat(first.get("field").isNull()).isTrue();
    assertThat(first.get("time").asText()).isEqualTo("2024-02-06T10:00:00Z");
  }

  @Test
  void jsonl_flushesTheOutputOnceAtTheEndNotPerHit() throws IOException {
    // picocli's own writer flushes on println; a flush per hit was a system call per hit
    String dense =
        Files.writeString(dir.resolve("dense.log"), "conn 192.0.2.9\n".repeat(500)).toString();
    int[] flushes = {0};
    StringWriter text = new StringWriter();
    java.io.Writer counting =
        new java.io.FilterWriter(text) {
          @Override
          public void flush() throws IOException {
            flushes[0]++;
            super.flush();
          }
        };
    CommandLine cli = new CommandLine(new SweepCommand());
    cli.setOut(new PrintWriter(counting, true));
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("--intel", iocs, "--format", "jsonl", dense)).isEqualTo(1);

    assertThat(text.toString().split("\n")).hasSize(500);
    assertThat(flushes[0]).isBetween(1, 3);
  }

  @Test
  void text_summarisesPerIndicatorWithFirstAndLastSeen() {
    int code = run("", "--intel", iocs, log);
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "evil.example (domain-name): 2 hits, first seen 2024-02-06T10:00:00Z, last seen"
                + " 2024-02-08T12:00:00Z, in "
                + log)
        .contains("192.0.2.9 (ipv4-addr): 1 hit")
        .contains("3 hits on 2 of 2 indicators");
  }

  @Test
  void stix_writesSightingsOfIndicatorsWhereSightedByTheOrganisation() throws IOException {
    int code = run("", "--intel", iocs, "--format", "stix", "--org", "ACME CERT", log);
    assertThat(code).isEqualTo(1);
    JsonNode bundle = new ObjectMapper().readTree(out.toString());
    assertThat(bundle.get("type").asText()).isEqualTo("bundle");
    List<JsonNode> sightings = new ArrayList<>();
    String identity = null;
    List<String> indicatorIds = new ArrayList<>();
    for (JsonNode o : bundle.get("objects")) {
      switch (o.get("type").asText()) {
        case "sighting" -> sightings.add(o);
        case "identity" -> {
          identity = o.get("id").asText();
          assertThat(o.get("name").asText()).isEqualTo("ACME CERT");
        }
        case "indicator" -> indicatorIds.add(o.get("id").asText());
        default -> throw new AssertionError(o);
      }
    }
    assertThat(sightings).hasSize(2);
    JsonNode domain = sightings.get(0);
    assertThat(domain.get("count").asInt()).isEqualTo(2);
    assertThat(Instant.parse(domain.get("first_seen").asText()))
        .isEqualTo(Instant.parse("2024-02-06T10:00:00Z"));
    assertThat(Instant.parse(domain.get("last_seen").asText()))
        .isEqualTo(Instant.parse("2024-02-08T12:00:00Z"));
    assertThat(domain.get("where_sighted_refs").get(0).asText()).isEqualTo(identity);
    assertThat(indicatorIds).contains(domain.get("sighting_of_ref").asText());
  }

  @Test
  void noHits_exitsZero() throws IOException {
    String clean =
        Files.writeString(dir.resolve("clean.log"), "nothing here 10.0.0.1\n").toString();
    assertThat(run("", "--intel", iocs, clean)).isEqualTo(0);
    assertThat(out.toString()).contains("0 hits on 0 of 2 indicators");
  }

  @Test
  void stdin_isSweptWithDash() {
    assertThat(run("beacon 192.0.2.9\n", "--intel", iocs, "--format", "jsonl", "-")).isEqualTo(1);
    assertThat(out.toString()).contains("\"file\":\"-\"");
  }

  @Test
  void storeOption_withoutIntelSaysWhatToGiveAndExitsTwo() {
    assertThat(run("", "--store", log)).isEqualTo(2);
    assertThat(err.toString()).contains("give at least one --intel SOURCE");
  }

  @Test
  void missingIntelAndUnreadableLogExitTwoWithTheNameInTheMessage() {
    assertThat(run("", "--intel", dir.resolve("nope.txt").toString(), log)).isEqualTo(2);
    assertThat(err.toString()).contains("nope.txt");
    assertThat(run("", "--intel", iocs, log, dir.resolve("gone.log").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("gone.log");
    assertThat(out.toString()).contains("3 hits");
  }

  @Test
  void unsupportedIndicatorsAreListedOnStderr() throws IOException {
    String list =
        Files.writeString(dir.resolve("mixed.txt"), "evil.example\nnot-an-ioc\n").toString();
    run("", "--intel", list, log);
    assertThat(err.toString()).contains("1 indicator not swept").contains("line 2");
  }

  @Test
  void help_showsExamplesThroughMain() {
    CommandLine cli = Main.commandLine();
    StringWriter help = new StringWriter();
    cli.setOut(new PrintWriter(help));
    assertThat(cli.execute("sweep", "--help")).isEqualTo(0);
    assertThat(help.toString()).contains("Examples:").contains("--intel");
  }
}
