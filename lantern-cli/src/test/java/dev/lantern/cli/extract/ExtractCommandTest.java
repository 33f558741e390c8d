package dev.lantern.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.cli.Main;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.json.StixJson;
import dev.lantern.stix.schema.StixSchemas;
import dev.lantern.stix.validate.StixValidator;
import dev.lantern.stix.validate.Violation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code lantern extract} in-process on a fixed clock and checks what it prints. */
class ExtractCommandTest {

  private static final Path ADVISORY = Path.of("..", "docs", "examples", "advisory.txt");
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-11-28T10:15:30.123456789Z"));

  record Output(int exit, String out, String err) {}

  static Output extract(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ExtractCommand(CLOCK));
    cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Output(exit, out.toString(), err.toString());
  }

  @Test
  void stix_bundleOfTheAdvisoryIsSchemaValidAndBreaksNoStixRule() throws Exception {
    assertSchemaValidAndNoStixRuleBroken(ADVISORY);
  }

  @Test
  void stix_bundleOfTheSeedStoryWithItsClaimsIsSchemaValidAndBreaksNoStixRule() throws Exception {
    Path seed =
        Path.of(System.getProperty("lantern.shared", "../../shared"))
            .resolve("seeds/000_8a09450a30845074.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(seed), seed + " absent");
    assertSchemaValidAndNoStixRuleBroken(seed);
  }

  private static void assertSchemaValidAndNoStixRuleBroken(Path input) throws Exception {
    Output run = extract("--format", "stix", "--published", "2024-02-06", input.toString());
    assertThat(run.exit()).as(run.err()).isZero();

    Bundle bundle = StixJson.standard().readBundle(run.out());
    List<Violation> errors =
        StixValidator.standard().validate(bundle).stream()
            .filter(v -> v.severity() == Violation.Severity.ERROR)
            .toList();
    assertThat(errors).isEmpty();

    Optional<StixSchemas> schemas = StixSchemas.load();
    Path shared = Path.of(System.getProperty("lantern.shared", "../../shared"));
    if (Files.isDirectory(shared.resolve("conformance/stix2.1-schemas"))) {
      assertThat(schemas).as("schemas load when ../shared is present").isPresent();
    }
    if (schemas.isPresent()) {
      List<String> schemaErrors = new ArrayList<>();
      for (JsonNode object : new ObjectMapper().readTree(run.out()).get("objects")) {
        schemaErrors.addAll(schemas.get().errors(object.toString()));
      }
      assertThat(schemaErrors).isEmpty();
    }
  }

  @Test
  void stix_reportCarriesLanguagePublicationDateAndEveryObject() throws Exception {
    Output run = extract("--format", "stix", "--published", "2024-02-06", ADVISORY.toString());

    JsonNode objects = new ObjectMapper().readTree(run.out()).get("objects");
    JsonNode report = null;
    Set<String> ids = new HashSet<>();
    for (JsonNode o : objects) {
      ids.add(o.get("id").asText());
      if (o.get("type").asText().equals("report")) {
        report = o;
      }
    }
    assertThat(report).isNotNull();
    assertThat(report.get("lang").asText()).isEqualTo("en");
    assertThat(report.get("published").asText()).isEqualTo("2024-02-06T00:00:00.000Z");
    assertThat(report.get("created").asText()).isEqualTo("2026-11-28T10:15:30.123Z");
    assertThat(report.get("name").asText()).startsWith("ADVISORY LNT-2024-0206");
    List<String> refs = new ArrayList<>();
    report.get("object_refs").forEach(r -> refs.add(r.asText()));
    assertThat(ids).containsAll(refs);
    assertThat(refs).hasSize(ids.size() - 1);
  }

  @Test
  void stix_patternsAndBasedOnRelationshipsCoverEveryLiveIndicator() throws Exception {
    Output run = extract("--format", "stix", ADVISORY.toString());

    List<String> patterns = new ArrayList<>();
    int basedOn = 0;
    for (JsonNode o : new ObjectMapper().readTree(run.out()).get("objects")) {
      if (o.get("type").asText().equals("indicator")) {
        patterns.add(o.get("pattern").asText());
      }
      if (o.path("relationship_type").asText().equals("based-on")) {
        basedOn++;
      }
    }
    assertThat(patterns)
        .contains(
            "[ipv4-addr:value = '185.220.101.47']",
            "[domain-name:value = 'update-fortinet-cdn.net']",
            "[url:value = 'https://files.securecdn-mirror.org/fgt/boot.tar.gz']",
            "[email-addr:value = 'reports@mail-securecdn.org']",
            "[ipv4-addr:value = '194.87.18.0/24']",
            "[file:hashes.'SHA-256' = '1f3a9c4be26d77e8c0a5b91f04dd6e2a8c35f7b0e9d41a6c2b8f5e703c19d4aa']")
        .noneMatch(p -> p.contains("192.168.1.99") || p.contains("10.20.30.40"))
        .doesNotContain("[ipv4-addr:value = '194.87.18.0']");
    assertThat(basedOn).isEqualTo(patterns.size());
  }

  @Test
  void stix_sameInputGivesTheSameIds() {
    Output first = extract("--format", "stix", ADVISORY.toString());
    Output second = extract("--format", "stix", ADVISORY.toString());

    assertThat(idsOf(first.out())).isEqualTo(idsOf(second.out())).isNotEmpty();
  }

  @Test
  void json_severalInputsGiveAnArrayInInputOrder(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "first 185.220.101[.]47");
    Path b =
        Files.writeString(
            dir.resolve("b.html"), "<html><body><p>second evil-domain[.]ru</p></body></html>");

    Output run = extract("--format", "json", a.toString(), b.toString());

    JsonNode results = new ObjectMapper().readTree(run.out());
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("source").asText()).endsWith("a.txt");
    assertThat(results.get(1).get("indicators").get(0).get("value").asText())
        .isEqualTo("evil-domain.ru");
    assertThat(results.get(1).fieldNames())
        .toIterable()
        .containsExactly(
            "source",
            "language",
            "published",
            "indicators",
            "entities",
            "claims",
            "incidents",
            "dates");
  }

  private static final String CLAIMS_STORY =
      "Britain blames Russia for hack of election watchdog\n\n"
          + "The National Cyber Security Centre said hackers linked to the Russian military"
          + " intelligence service GRU breached the Electoral Commission in 2021 and used"
          + " Industroyer against power grids, exploiting CVE-2023-23397.\n\n"
          + "The Kremlin denied any involvement.\n";

  @Test
  void stix_claimsAreRelationshipsWithLanternsExtensionAndStaySchemaValid(@TempDir Path dir)
      throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"), CLAIMS_STORY);

    Output run = extract("--format", "stix", "--published", "2024-02-06", story.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    Bundle bundle = StixJson.standard().readBundle(run.out());
    assertThat(
            StixValidator.standard().validate(bundle).stream()
                .filter(v -> v.severity() == Violation.Severity.ERROR))
        .isEmpty();
    JsonNode objects = new ObjectMapper().readTree(run.out()).get("objects");
    String extensionId = null;
    List<JsonNode> claims = new ArrayList<>();
    Set<String> types = new HashSet<>();
    Set<String> victimSectors = new HashSet<>();
    for (JsonNode o : objects) {
      types.add(o.get("type").asText() + " " + o.path("relationship_type").asText());
      if (o.get("type").asText().equals("extension-definition")) {
        extensionId = o.get("id").asText();
        assertThat(o.get("extension_types").toString()).isEqualTo("[\"property-extension\"]");
      }
      if (o.get("type").asText().equals("identity") && o.has("sectors")) {
        o.get("sectors").forEach(x -> victimSectors.add(x.asText()));
      }
    }
    assertThat(extensionId).isNotNull();
    for (JsonNode o : objects) {
      JsonNode ext = o.path("extensions").path(extensionId);
      if (!ext.isMissingNode()) {
        ext.get("claims").forEach(claims::add);
      }
    }
    assertThat(claims)
        .anySatisfy(
            c -> {
              assertThat(c.get("claimant").asText()).isEqualTo("NCSC UK");
              assertThat(c.get("stance").asText()).isEqualTo("attributes");
              assertThat(c.get("hedged").asBoolean()).isTrue();
              assertThat(c.get("confidence").asInt()).isBetween(0, 100);
              JsonNode ev = c.get("evidence");
              assertThat(CLAIMS_STORY.substring(ev.get("start").asInt(), ev.get("end").asInt()))
                  .isEqualTo(ev.get("quote").asText());
            })
        .anySatisfy(c -> assertThat(c.get("stance").asText()).isEqualTo("denies"));
    assertThat(types)
        .contains(
            "campaign ",
            "relationship originates-from",
            "relationship targets",
            "relationship uses",
            "opinion ");
    assertThat(victimSectors).contains("energy", "elections");

    Optional<StixSchemas> schemas = StixSchemas.load();
    if (schemas.isPresent()) {
      List<String> schemaErrors = new ArrayList<>();
      for (JsonNode object : objects) {
        schemaErrors.addAll(schemas.get().errors(object.toString()));
      }
      assertThat(schemaErrors).isEmpty();
    }
  }

  @Test
  void json_claimsAndIncidentsHaveTheDocumentedKeys(@TempDir Path dir) throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"), CLAIMS_STORY);

    Output run = extract("--format", "json", "--published", "2024-02-06", story.toString());

    JsonNode result = new ObjectMapper().readTree(run.out());
    JsonNode claim = result.get("claims").get(0);
    assertThat(claim.fieldNames())
        .toIterable()
        .startsWith(
            "stance", "claimant", "actor", "state", "hedged", "basis", "evidence", "start", "end");
    JsonNode incident = result.get("incidents").get(0);
    assertThat(incident.fieldNames())
        .toIterable()
        .containsExactly(
            "actors",
            "states",
            "victims",
            "malware",
            "cves",
            "techniques",
            "activity",
            "disclosed",
            "main");
    assertThat(incident.get("cves").toString()).contains("CVE-2023-23397");
    assertThat(incident.get("activity").get("start").asText()).isEqualTo("2021");
  }

  @Test
  void text_tableMarksDefangedAndSuppressedFindings(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "C2 185.220.101[.]47, jump host 10.1.2.3");

    Output run = extract(a.toString());

    assertThat(run.out())
        .contains("185.220.101.47")
        .contains("yes")
        .contains("suppressed: private-range")
        .contains("2 indicators, 1 live, 1 suppressed");
  }

  @Test
  void unknownLanguageIsAUsageErrorNamingTheChoices() {
    Output run = extract("--lang", "de", ADVISORY.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("en, uk and ru");
  }

  @Test
  void mainRegistersExtractWithHelp() {
    StringWriter out = new StringWriter();
    int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("extract", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Examples:");
  }

  private static List<String> idsOf(String bundleJson) {
    Bundle bundle = StixJson.standard().readBundle(bundleJson);
    return bundle.objects().stream().map(o -> o.id().toString()).sorted().toList();
  }
}
