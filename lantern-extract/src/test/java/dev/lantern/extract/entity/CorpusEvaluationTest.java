package dev.lantern.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores recognition against the labelled corpus ({@code corpus/labelled/{en,uk,ru}}): for each
 * language and field, micro-averaged precision and recall of the set of entities per report. The
 * labels are about attribution, so countries a report names only as victims count against precision
 * of "states"; the floors below are on recall (and on actor and malware precision), which this
 * recognizer must reach on its own.
 */
class CorpusEvaluationTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final EntityRecognizer R = EntityRecognizer.standard();

  enum Field {
    ACTORS,
    STATES,
    MALWARE,
    CLAIMANTS
  }

  /** Counts for one field: true positives, predicted, expected. */
  static final class Score {
    int tp;
    int predicted;
    int expected;

    double precision() {
      return predicted == 0 ? 1.0 : (double) tp / predicted;
    }

    double recall() {
      return expected == 0 ? 1.0 : (double) tp / expected;
    }
  }

  @Test
  void recognize_reachesRecallFloorOnLabelledCorpus() throws IOException {
    Path corpus = Path.of("").toAbsolutePath().getParent().resolve("corpus/labelled");
    Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " absent: skipping");
    ObjectMapper json = new ObjectMapper();
    Map<Language, Map<Field, Score>> scores = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      Map<Field, Score> byField = new EnumMap<>(Field.class);
      for (Field f : Field.values()) {
        byField.put(f, new Score());
      }
      scores.put(lang, byField);
      Path dir = corpus.resolve(lang.code());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> texts;
      try (Stream<Path> s = Files.list(dir)) {
        texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path txt : texts) {
        Path labels = Path.of(txt.toString().replaceFirst("\\.txt$", ".labels.json"));
        if (!Files.exists(labels)) {
          continue;
        }
        JsonNode gold = json.readTree(labels.toFile());
        List<EntityMention> ms = R.recognize(Files.readString(txt), Optional.of(lang));
        score(
            byField.get(Field.ACTORS),
            predicted(ms, t -> t.isGroup(), m -> m.canonical()),
            gold(gold, "actors", n -> groupCanonical(n)));
        score(
            byField.get(Field.STATES),
            predicted(ms, t -> t == EntityType.COUNTRY, m -> m.country().orElseThrow()),
            gold(gold, "states", n -> n));
        score(
            byField.get(Field.MALWARE),
            predicted(
                ms, t -> t == EntityType.MALWARE || t == EntityType.TOOL, EntityMention::canonical),
            gold(gold, "malware", n -> malwareCanonical(n)));
        score(
            byField.get(Field.CLAIMANTS),
            predicted(ms, t -> t == EntityType.ORGANIZATION, EntityMention::canonical),
            gold(gold, "claimants", n -> KB.canonicalOf(EntityType.ORGANIZATION, n).orElse(n)));
      }
    }
    for (Language lang : Language.values()) {
      for (Field f : Field.values()) {
        Score s = scores.get(lang).get(f);
        System.out.printf(
            Locale.ROOT,
            "entity-eval %s %-9s precision %.2f recall %.2f (tp %d, predicted %d,"
                + " expected %d)%n",
            lang.code(),
            f.name().toLowerCase(Locale.ROOT),
            s.precision(),
            s.recall(),
            s.tp,
            s.predicted,
            s.expected);
      }
    }
    for (Language lang : Language.values()) {
      Map<Field, Score> s = scores.get(lang);
      assertThat(s.get(Field.ACTORS).recall())
          .as(lang + " actors recall")
          .isGreaterThanOrEqualTo(0.7);
      assertThat(s.get(Field.STATES).recall())
          .as(lang + " states recall")
          .isGreaterThanOrEqualTo(0.7);
      assertThat(s.get(Field.MALWARE).recall())
          .as(lang + " malware recall")
          .isGreaterThanOrEqualTo(0.55);
      assertThat(s.get(Field.CLAIMANTS).recall())
          .as(lang + " claimants recall")
          .isGreaterThanOrEqualTo(0.5);
      assertThat(s.get(Field.ACTORS).precision())
          .as(lang + " actors precision")
          .isGreaterThanOrEqualTo(0.6);
      assertThat(s.get(Field.MALWARE).precision())
          .as(lang + " malware precision")
          .isGreaterThanOrEqualTo(0.6);
    }
  }

  private static String groupCanonical(String name) {
    return KB.canonicalOf(EntityType.INTRUSION_SET, name)
        .or(() -> KB.canonicalOf(EntityType.THREAT_ACTOR, name))
        .orElse(name);
  }

  private static String malwareCanonical(String name) {
    return KB.canonicalOf(EntityType.MALWARE, name)
        .or(() -> KB.canonicalOf(EntityType.TOOL, name))
        .orElse(name);
  }

  private static Set<String> predicted(
      List<EntityMention> ms,
      java.util.function.Predicate<EntityType> type,
      Function<EntityMention, String> value) {
    return ms.stream().filter(m -> type.test(m.type())).map(value).collect(Collectors.toSet());
  }

  private static Set<String> gold(JsonNode labels, String field, Function<String, String> map) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : labels.path(field)) {
      if (n.isTextual()) {
        out.add(map.apply(n.asText()));
      }
    }
    return out;
  }

  private static void score(Score s, Set<String> predicted, Set<String> expected) {
    s.predicted += predicted.size();
    s.expected += expected.size();
    for (String p : predicted) {
      if (expected.contains(p)) {
        s.tp++;
      }
    }
    Set<String> missed = new HashSet<>(expected);
    missed.removeAll(predicted);
    if (!missed.isEmpty()) {
      System.out.println("entity-eval missed " + missed);
    }
  }
}
