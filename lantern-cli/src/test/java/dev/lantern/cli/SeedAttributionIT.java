package dev.lantern.cli;

import static dev.lantern.cli.LanternCliIT.lantern;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story's acceptance ("Done when" of the entities-and-claims issue), through the packaged
 * {@code ./lantern extract --format json --published 2024-02-06}. Skips when {@code ../shared} is
 * absent (or {@code -Dlantern.shared} points nowhere).
 */
class SeedAttributionIT {

  private static JsonNode result;

  @BeforeAll
  static void extractTheSeed() throws Exception {
    Path root = Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath();
    Path shared =
        Path.of(System.getProperty("lantern.shared", root.resolve("../shared").toString()));
    Path seed = shared.resolve("seeds/000_8a09450a30845074.txt").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isRegularFile(seed), seed + " absent: skipping");
    LanternCliIT.Run run =
        lantern("extract", "--format", "json", "--published", "2024-02-06", seed.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    result = new ObjectMapper().readTree(run.out());
  }

  private static List<JsonNode> claims(Predicate<JsonNode> p) {
    List<JsonNode> out = new ArrayList<>();
    result
        .get("claims")
        .forEach(
            c -> {
              if (p.test(c)) {
                out.add(c);
              }
            });
    return out;
  }

  private static boolean hasVictim(JsonNode owner, String name, String country, String sector) {
    for (JsonNode v : owner.get("victims")) {
      if ((name == null || name.equals(v.get("name").asText(null)))
          && (country == null || country.equals(v.get("country").asText(null)))
          && (sector == null || sector.equals(v.get("sector").asText(null)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(JsonNode c, String stance, String claimant, String state) {
    return c.get("stance").asText().equals(stance)
        && (claimant == null
            ? c.get("claimant").isNull()
            : claimant.equals(c.get("claimant").asText()))
        && state.equals(c.get("state").asText(null));
  }

  @Test
  void seed_isEnglishAndDated() {
    assertThat(result.get("language").asText()).isEqualTo("en");
    assertThat(result.get("published").asText()).isEqualTo("2024-02-06");
  }

  @Test
  void seed_netherlandsMinisterAndAgenciesAttributeTheMilitaryNetworkIntrusionToChina() {
    assertThat(
            claims(
                c ->
                    is(c, "attributes", "Ministry of Defence of the Netherlands", "CN")
                        && c.get("evidence").asText().contains("Dutch military network")
                        && hasVictim(c, null, "NL", "defense")))
        .isNotEmpty();
    for (String agency : List.of("MIVD", "AIVD")) {
      assertThat(
              claims(
                  c ->
                      is(c, "attributes", agency, "CN")
                          && c.get("evidence").asText().contains("Chinese political espionage")))
          .as(agency)
          .isNotEmpty();
    }
    JsonNode first = claims(c -> c.get("evidence").asText().contains("cyber spies")).get(0);
    assertThat(first.get("start").asInt()).isLessThan(first.get("end").asInt());
    String text = first.get("evidence").asText();
    assertThat(text).startsWith("The Minister of Defense").endsWith("reports Reuters.");
  }

  @Test
  void seed_embassyStatementIsADenialByChina() {
    assertThat(claims(c -> is(c, "denies", "Embassy of China in the Netherlands", "CN")))
        .isNotEmpty();
  }

  @Test
  void seed_aivdClaimsChinaTargetsHighTechAndUniversitiesWithAsmlAsMainTarget() {
    List<JsonNode> aivd =
        claims(
            c ->
                is(c, "attributes", "AIVD", "CN")
                    && c.get("evidence").asText().contains("high-tech companies"));
    assertThat(aivd).hasSize(1);
    JsonNode c = aivd.get(0);
    assertThat(hasVictim(c, "ASML", "NL", "semiconductors")).isTrue();
    assertThat(hasVictim(c, null, "NL", "technology")).isTrue();
    assertThat(hasVictim(c, null, "NL", "education")).isTrue();
  }

  @Test
  void seed_mivdClaimsChinaTriedToAcquireDutchSpaceTechnology() {
    assertThat(
            claims(
                c ->
                    is(c, "attributes", "MIVD", "CN")
                        && c.get("evidence").asText().contains("space technology")
                        && hasVictim(c, null, "NL", "space")))
        .hasSize(1);
  }

  @Test
  void seed_fbiClaimsAChineseStateOwnedGroupAttackedUsGridsAndPipelines() {
    assertThat(
            claims(
                c ->
                    is(c, "attributes", "FBI", "CN")
                        && hasVictim(c, null, "US", "government")
                        && hasVictim(c, null, "US", "energy")))
        .hasSize(1);
  }

  @Test
  void seed_russiaAndChinaLinkedHackersHitAUkNuclearFacilityInDecember2023() {
    for (String state : List.of("RU", "CN")) {
      assertThat(
              claims(
                  c ->
                      is(c, "attributes", null, state)
                          && c.get("hedged").asBoolean()
                          && hasVictim(c, null, "GB", "nuclear")))
          .as(state)
          .hasSize(1);
    }
    JsonNode i = incident(x -> hasVictim(x, null, "GB", "nuclear"));
    assertThat(i.get("states").toString()).contains("\"RU\"", "\"CN\"");
    assertThat(i.get("activity").get("start").asText()).isEqualTo("2023-12");
    assertThat(i.get("main").asBoolean()).isFalse();
  }

  @Test
  void seed_chineseHackersHackedTheUsAmbassadorsEmailInJuly2023() {
    assertThat(
            claims(
                c ->
                    is(c, "attributes", null, "CN")
                        && c.get("evidence").asText().contains("ambassador")
                        && hasVictim(c, null, "US", "diplomacy")))
        .hasSize(1);
    JsonNode i = incident(x -> hasVictim(x, null, "US", "diplomacy"));
    assertThat(i.get("activity").get("start").asText()).isEqualTo("2023-07");
    assertThat(i.get("main").asBoolean()).isFalse();
  }

  @Test
  void seed_mainIncidentIsTheMilitaryNetworkIntrusionDatedLastYear() {
    JsonNode main = incident(i -> i.get("main").asBoolean());
    assertThat(main.get("states").toString()).contains("\"CN\"");
    assertThat(hasVictim(main, null, "NL", "defense")).isTrue();
    assertThat(main.get("activity").get("start").asText()).isEqualTo("2023");
    assertThat(main.get("activity").get("end").asText()).isEqualTo("2023");
    assertThat(main.get("disclosed").asText()).isEqualTo("2024-02-06");
    assertThat(claims(c -> c.get("incident").asInt(-1) == 0)).isNotEmpty();
  }

  private static JsonNode incident(Predicate<JsonNode> p) {
    for (JsonNode i : result.get("incidents")) {
      if (p.test(i)) {
        return i;
      }
    }
    throw new AssertionError("no incident matches in " + result.get("incidents"));
  }
}
