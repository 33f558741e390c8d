package dev.lantern.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.cli.LanternProcess;
import dev.lantern.cli.LanternProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands end to end, from outside: the labelled corpus ingested into a fresh SQLite
 * store, then searched and shown; ingesting it again adds nothing; alias links made and removed;
 * the store's indicators swept with sightings written back. One store for the whole class, in
 * order, as an analyst would use it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreCommandsIT {
  private static final Path CORPUS = LanternProcess.ROOT.resolve("corpus/labelled");

  @TempDir static Path dir;
  private static LanternProcess lantern;
  private static List<Path> reports;

  @BeforeAll
  static void setUp() throws Exception {
    lantern =
        new LanternProcess(dir, Map.of("LANTERN_DB", dir.resolve("data/lantern.db").toString()));
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      reports = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(reports).hasSizeGreaterThan(10);
  }

  @Test
  @Order(1)
  void ingest_labelledCorpusStoresEveryReportAndSkipsItsAnswerKeys() throws Exception {
    Run run = lantern.run("ingest", CORPUS.toString());

    assertThat(run.err()).as("stderr stays clean (no library logging)").isEmpty();
    for (Path report : reports) {
      assertThat(run.out()).contains("stored     " + report + "  (text, report--");
    }
    // The corpus's answer keys lie beside the reports: recognised by content, named, not stored.
    List<String> skipped = run.out().lines().filter(l -> l.startsWith("skipped ")).toList();
    assertThat(skipped)
        .hasSize(reports.size())
        .allSatisfy(l -> assertThat(l).contains(".labels.json: an answer key"));
    assertThat(run.out())
        .contains(reports.size() + " stored, 0 unchanged, 0 failed, " + reports.size() + " skipped")
        .contains("store " + dir.resolve("data/lantern.db"));
    assertThat(run.exit()).isEqualTo(0);
  }

  @Test
  @Order(2)
  void ingest_sameFolderAgainAddsNothing() throws Exception {
    Run run = lantern.run("ingest", CORPUS.toString());

    assertThat(run.out().lines().filter(l -> l.startsWith("stored "))).isEmpty();
    for (Path report : reports) {
      assertThat(run.out()).contains("unchanged  " + report);
    }
    assertThat(run.out()).contains("0 stored, " + reports.size() + " unchanged");
  }

  @Test
  @Order(3)
  void search_findsReportsByWordsOfTheirTextWithFilters() throws Exception {
    Run run = lantern.run("search", "Jaguar Tooth", "--type", "report");

    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("report ").contains("Jaguar Tooth").contains("1 result");

    Run json = lantern.run("search", "router", "--actor", "APT28", "--format", "json");
    JsonNode hits = new ObjectMapper().readTree(json.out()).get("hits");
    assertThat(hits).isNotEmpty();
    assertThat(hits).allSatisfy(h -> assertThat(h.get("id").asText()).startsWith("report--"));

    Run none = lantern.run("search", "Jaguar Tooth", "--until", "2000-01-01");
    assertThat(none.out()).contains("0 results");
    assertThat(lantern.run("search", "x", "--since", "yesterday").exit()).isEqualTo(2);
  }

  @Test
  @Order(4)
  void show_apt28ByNamePrintsTheGroupAndTheReportsThatMentionIt() throws Exception {
    Run run = lantern.run("show", "apt28");

    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .startsWith("APT28  (intrusion-set)")
        .contains("Relationships (")
        .contains("Aliases (")
        .containsPattern("Reports that mention it \\([1-9]\\d*\\):")
        .contains("Jaguar Tooth");

    JsonNode json =
        new ObjectMapper().readTree(lantern.run("show", "APT28", "--format", "json").out());
    assertThat(json.get("object").get("type").asText()).isEqualTo("intrusion-set");
    assertThat(json.get("reports")).isNotEmpty();

    Run missing = lantern.run("show", "No Such Group 9");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nothing named \"No Such Group 9\"");
  }

  @Test
  @Order(5)
  void alias_linkListUnlinkKeepsTheSourceAndUndoes() throws Exception {
    Run link = lantern.run("alias", "link", "APT28", "APT29", "--source", "analyst:test");
    assertThat(link.exit()).as(link.err()).isEqualTo(0);
    Matcher m = Pattern.compile("linked #(\\d+)").matcher(link.out());
    assertThat(m.find()).as(link.out()).isTrue();
    String id = m.group(1);

    Run list = lantern.run("alias", "list", "APT29");
    assertThat(list.out())
        .contains("#" + id)
        .contains("source: analyst:test")
        .contains("1 alias link");
    assertThat(lantern.run("show", "APT28").out())
        .contains("Aliases (1):")
        .contains("analyst:test");

    assertThat(lantern.run("alias", "unlink", id).exit()).isEqualTo(0);
    assertThat(lantern.run("alias", "list", "APT28").out()).contains("0 alias links");
    Run again = lantern.run("alias", "unlink", id);
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("alias link " + id + " does not exist");
  }

  @Test
  @Order(6)
  void sweep_storeIndicatorsWritesSightingsOnceForTheSameLogs() throws Exception {
    Path report =
        Files.writeString(
            dir.resolve("c2.txt"), "APT28 staged payloads on update-relay-cdn.net in 2024.\n");
    assertThat(lantern.run("ingest", report.toString()).exit()).isEqualTo(0);
    Path log =
        Files.writeString(
            dir.resolve("dns.log"),
            "2024-02-06T10:00:00Z query a.update-relay-cdn.net\n"
                + "2024-02-07T10:00:00Z query b.update-relay-cdn.net\n");

    Run first =
        lantern.run("sweep", "--intel", "store", "--store", "--org", "ACME CERT", log.toString());
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    assertThat(first.out())
        .contains("update-relay-cdn.net (domain-name, indicator--")
        .contains("2 hits");
    assertThat(first.err()).contains("1 sighting in").contains(": 1 new, 0 updated, 0 unchanged");

    Run second =
        lantern.run(
            "--db",
            dir.resolve("data/lantern.db").toString(),
            "sweep",
            "--intel",
            "store",
            "--store",
            "--org",
            "ACME CERT",
            log.toString());
    assertThat(second.err()).contains(": 0 new, 0 updated, 1 unchanged");
    assertThat(lantern.run("search", "ACME CERT", "--type", "identity").out()).contains("1 result");
  }
}
