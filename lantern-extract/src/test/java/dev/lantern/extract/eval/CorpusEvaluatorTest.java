package dev.lantern.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code lantern eval}'s evaluator on the labelled corpus and holds every field to the F1 it
 * reached when these floors were set (a ratchet: raise a floor when the rules improve, never lower
 * it to make a change pass). The target is 0.90 everywhere; fields below it are listed in
 * {@code docs/accuracy.md}.
 */
class CorpusEvaluatorTest {

  /**
   * Per language, the F1 floors in {@link Field} order, as reached on 2026-12-04 on the 48 reports
   * (16 per language). The corpus grew from 36 that day: the twelve new reports, never tuned on
   * before, scored lower, so several floors are below the 36-report ones they replace.
   */
  private static final Map<String, double[]> FLOORS =
      Map.ofEntries(
          Map.entry(
              "en", new double[] {1.00, 0.97, 0.92, 0.80, 0.74, 0.71, 0.79, 0.96, 1.00, 0.97}),
          Map.entry(
              "uk", new double[] {1.00, 0.96, 0.92, 0.80, 0.75, 0.69, 0.76, 0.93, 1.00, 0.98}),
          Map.entry(
              "ru", new double[] {0.98, 0.94, 0.91, 0.75, 0.71, 0.59, 0.70, 1.00, 1.00, 0.99}));

  @Test
  void evaluate_labelledCorpusStaysAtOrAboveTheRatchetedFloors() {
    Path corpus = Path.of("").toAbsolutePath().getParent().resolve("corpus/labelled");
    Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " absent: skipping");

    Evaluation e = CorpusEvaluator.standard().evaluate(corpus);

    assertThat(e.languageAccuracy()).isEqualTo(1.0);
    assertThat(e.reports()).containsOnlyKeys("en", "uk", "ru");
    e.reports().values().forEach(n -> assertThat(n).isGreaterThanOrEqualTo(12));
    for (Map.Entry<String, double[]> lang : FLOORS.entrySet()) {
      Map<Field, Score> scores = e.scores().get(lang.getKey());
      for (Field f : Field.values()) {
        Score s = scores.get(f);
        System.out.printf(
            Locale.ROOT,
            "eval %s %-10s P %.3f R %.3f F1 %.3f%n",
            lang.getKey(),
            f.label(),
            s.precision(),
            s.recall(),
            s.f1());
        assertThat(s.f1())
            .as("%s %s F1", lang.getKey(), f.label())
            .isGreaterThanOrEqualTo(lang.getValue()[f.ordinal()]);
      }
    }
  }

  @Test
  void evaluate_countsMissesAndExtrasPerField(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "Russian hackers attacked Ukrainian banks on 3 March 2022, the SBU said."
            + " The C2 server was 185.220.101[.]47.\n");
    Files.writeString(
        dir.resolve("a.labels.json"),
        "{\"language\": \"en\", \"published\": \"2022-03-04\","
            + " \"indicators\": [{\"type\": \"ipv4\", \"value\": \"185.220.101.47\"}],"
            + " \"states\": [\"RU\"], \"claimants\": [\"SBU\", \"CERT-UA\"],"
            + " \"claims\": [{\"claimant\": \"SBU\", \"stance\": \"attributes\", \"actor\": null,"
            + " \"state\": \"RU\"}], \"victims\": [{\"name\": null, \"country\": \"UA\","
            + " \"sector\": \"financial-services\"}], \"sectors\": [\"financial-services\"],"
            + " \"dates\": [{\"text\": \"3 March 2022\", \"value\": \"2022-03-03\"}]}");

    Evaluation e = CorpusEvaluator.standard().evaluate(dir);

    Map<Field, Score> en = e.scores().get("en");
    assertThat(en.get(Field.INDICATORS)).isEqualTo(new Score(1, 1, 1));
    assertThat(en.get(Field.STATES)).isEqualTo(new Score(1, 1, 1));
    assertThat(en.get(Field.CLAIMANTS)).isEqualTo(new Score(1, 1, 2));
    assertThat(en.get(Field.STANCES)).isEqualTo(new Score(1, 1, 1));
    assertThat(en.get(Field.SECTORS)).isEqualTo(new Score(1, 1, 1));
    assertThat(en.get(Field.DATES)).isEqualTo(new Score(1, 1, 1));
    assertThat(e.misses()).contains("a: claimants missed CERT-UA");
  }

  @Test
  void evaluate_mapsAGroupClaimantLabelledByItsAliasToTheCanonicalName(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("g.txt"),
        "A group calling itself Homeland Justice claimed responsibility for the attack.\n");
    Files.writeString(
        dir.resolve("g.labels.json"),
        "{\"language\": \"en\", \"published\": \"2022-09-08\", \"actors\": [\"Homeland Justice\"],"
            + " \"claimants\": [\"Homeland Justice\"], \"claims\": [{\"claimant\": \"Homeland"
            + " Justice\", \"stance\": \"attributes\", \"actor\": \"Homeland Justice\", \"state\":"
            + " null}]}");

    Evaluation e = CorpusEvaluator.standard().evaluate(dir);

    assertThat(e.misses()).noneMatch(m -> m.contains("claimants") || m.contains("stances"));
    assertThat(e.scores().get("en").get(Field.CLAIMANTS)).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void evaluate_countsAnEmailAddressesDomainAsPartOfTheAddress(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("m.txt"), "The lures came from buhgalter@zvit-pay.net on Monday.\n");
    Files.writeString(
        dir.resolve("m.labels.json"),
        "{\"language\": \"en\", \"published\": \"2024-05-23\", \"indicators\": [{\"type\":"
            + " \"email\", \"value\": \"buhgalter@zvit-pay.net\"}]}");

    Evaluation e = CorpusEvaluator.standard().evaluate(dir);

    assertThat(e.scores().get("en").get(Field.INDICATORS)).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void evaluate_namesTheMalformedLabelFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.txt"), "text");
    Files.writeString(dir.resolve("b.labels.json"), "{\"language\": \"en\", \"published\": 5");

    assertThatThrownBy(() -> CorpusEvaluator.standard().evaluate(dir))
        .isInstanceOf(InvalidCorpusException.class)
        .hasMessageContaining("b.labels.json");
  }

  @Test
  void evaluate_refusesADirectoryWithoutLabels(@TempDir Path dir) {
    assertThatThrownBy(() -> CorpusEvaluator.standard().evaluate(dir))
        .isInstanceOf(InvalidCorpusException.class)
        .hasMessageContaining("no *.labels.json");
  }
}
