package dev.lantern.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.language.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores the recognizer on the labelled corpus ({@code corpus/labelled/<lang>/*.labels.json}), with
 * each report's {@code published} date as the reference. A mention is correct when its text and
 * value both equal a labelled date's (labels carry no offsets, so each label is matched at most
 * once, as a multiset); value-only agreement ignores the span. Prints precision, recall and F1.
 */
class DateCorpusEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The floor reached honestly on the corpus; raise it as the grammar improves. */
  private static final double F1_FLOOR = 0.95;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "uk", "ru"})
  void recognize_scoresOnLabelledCorpus(String code) throws IOException {
    score(code, true);
  }

  /** With no language given, all word tables are active; the scores must hold all the same. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "uk", "ru"})
  void recognize_scoresOnLabelledCorpusWithoutLanguageHint(String code) throws IOException {
    score(code, false);
  }

  private static void score(String code, boolean hinted) throws IOException {
    Path dir = corpus().resolve(code);
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent: skipping");
    Optional<Language> language = hinted ? Optional.of(Language.ofCode(code)) : Optional.empty();
    Score exact = new Score();
    Score valueOnly = new Score();
    List<String> misses = new ArrayList<>();
    List<Path> labels;
    try (Stream<Path> files = Files.list(dir)) {
      labels = files.filter(p -> p.toString().endsWith(".labels.json")).sorted().toList();
    }
    assertThat(labels).isNotEmpty();
    for (Path labelFile : labels) {
      JsonNode root = JSON.readTree(labelFile.toFile());
      String name = labelFile.getFileName().toString().replace(".labels.json", "");
      String text =
          Files.readString(labelFile.resolveSibling(name + ".txt"), StandardCharsets.UTF_8);
      LocalDate published = LocalDate.parse(root.path("published").asText());
      List<DateMention> found =
          DateRecognizer.standard().recognize(text, language, Optional.of(published));
      Map<String, Integer> gold = new HashMap<>();
      Map<String, Integer> goldValues = new HashMap<>();
      int goldCount = 0;
      for (JsonNode d : root.path("dates")) {
        gold.merge(d.path("text").asText() + "|" + d.path("value").asText(), 1, Integer::sum);
        goldValues.merge(d.path("value").asText(), 1, Integer::sum);
        goldCount++;
      }
      exact.gold += goldCount;
      valueOnly.gold += goldCount;
      exact.predicted += found.size();
      valueOnly.predicted += found.size();
      for (DateMention m : found) {
        String value = m.value().orElse("?");
        if (take(gold, m.text() + "|" + value)) {
          exact.correct++;
        } else {
          misses.add(name + ": extra " + m.text() + " = " + value);
        }
        if (take(goldValues, value)) {
          valueOnly.correct++;
        }
      }
      gold.forEach(
          (k, n) -> {
            if (n > 0) {
              misses.add(name + ": missed " + k);
            }
          });
    }
    System.out.printf(
        Locale.ROOT,
        "dates %s%s: span+value %s; value only %s%n",
        code,
        hinted ? "" : " (no language hint)",
        exact,
        valueOnly);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(exact.f1()).as("span+value F1 for %s", code).isGreaterThanOrEqualTo(F1_FLOOR);
  }

  private static boolean take(Map<String, Integer> bag, String key) {
    Integer n = bag.get(key);
    if (n == null || n == 0) {
      return false;
    }
    bag.put(key, n - 1);
    return true;
  }

  private static Path corpus() {
    return Path.of("").toAbsolutePath().getParent().resolve("corpus").resolve("labelled");
  }

  private static final class Score {
    int gold;
    int predicted;
    int correct;

    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.3f R %.3f F1 %.3f (%d correct, %d found, %d labelled)",
          precision(),
          recall(),
          f1(),
          correct,
          predicted,
          gold);
    }
  }
}
