package dev.lantern.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.entity.EntityType;
import dev.lantern.extract.entity.KnowledgeBase;
import dev.lantern.extract.entity.KnownEntity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The answer keys of both corpora hold together: every label file has its report, quotes only what
 * the report says (claims' evidence, dates' text), and uses only the vocabulary the evaluator knows
 * (stances, bases, sector ids, granularities, languages). A key that fails here would be scored
 * wrongly rather than rejected, so it is checked before any number is believed.
 */
class LabelledCorporaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STANCES = Set.of("attributes", "denies", "disputes");
  private static final Set<String> BASES =
      Set.of("technical-report", "indictment", "political-statement", "vendor-analysis", "media");
  private static final Set<String> GRANULARITIES = Set.of("year", "month", "day");

  @ParameterizedTest
  @ValueSource(strings = {"labelled", "heldout"})
  void everyAnswerKeyQuotesItsReportAndUsesTheKnownVocabulary(String name) throws IOException {
    Path corpus = Path.of("").toAbsolutePath().getParent().resolve("corpus").resolve(name);
    Set<String> sectors = sectorIds();
    List<String> problems = new ArrayList<>();
    List<Path> keys;
    try (Stream<Path> files = Files.walk(corpus)) {
      keys = files.filter(p -> p.toString().endsWith(".labels.json")).sorted().toList();
    }
    assertThat(keys).as("answer keys under %s", corpus).hasSizeGreaterThanOrEqualTo(12);
    for (Path key : keys) {
      String report = key.getFileName().toString().replace(".labels.json", ".txt");
      Path txt = key.resolveSibling(report);
      if (!Files.exists(txt)) {
        problems.add(key + ": no " + report + " beside it");
        continue;
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      JsonNode gold = JSON.readTree(key.toFile());
      String where = corpus.relativize(key).toString();
      if (!Set.of("en", "uk", "ru").contains(gold.path("language").asText())
          || !key.getParent().getFileName().toString().equals(gold.path("language").asText())) {
        problems.add(where + ": language " + gold.path("language") + " is not its folder's");
      }
      if (!gold.path("published").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
        problems.add(where + ": published " + gold.path("published") + " is not YYYY-MM-DD");
      }
      for (JsonNode c : gold.path("claims")) {
        if (!STANCES.contains(c.path("stance").asText())) {
          problems.add(where + ": stance " + c.path("stance"));
        }
        if (c.hasNonNull("basis") && !BASES.contains(c.get("basis").asText())) {
          problems.add(where + ": basis " + c.get("basis"));
        }
        if (!text.contains(c.path("evidence").asText())) {
          problems.add(where + ": evidence not in the report: " + c.path("evidence").asText());
        }
      }
      for (JsonNode d : gold.path("dates")) {
        if (!text.contains(d.path("text").asText())) {
          problems.add(where + ": date text not in the report: " + d.path("text").asText());
        }
        if (!GRANULARITIES.contains(d.path("granularity").asText())) {
          problems.add(where + ": granularity " + d.path("granularity"));
        }
      }
      for (JsonNode s : gold.path("sectors")) {
        if (!sectors.contains(s.asText())) {
          problems.add(where + ": sector " + s + " is not one of the vocabulary's ids");
        }
      }
      for (JsonNode v : gold.path("victims")) {
        if (v.hasNonNull("sector") && !sectors.contains(v.get("sector").asText())) {
          problems.add(where + ": victim sector " + v.get("sector"));
        }
      }
    }
    assertThat(problems).as("problems in %s", corpus).isEmpty();
  }

  /** The sector ids of the built-in knowledge base: the vocabulary the labels must use. */
  private static Set<String> sectorIds() {
    Set<String> ids = new HashSet<>();
    for (KnownEntity e : KnowledgeBase.standard().entities()) {
      if (e.type() == EntityType.SECTOR) {
        ids.add(e.canonical());
      }
    }
    return ids;
  }
}
