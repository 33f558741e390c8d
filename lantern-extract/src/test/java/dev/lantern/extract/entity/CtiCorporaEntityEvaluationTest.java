package dev.lantern.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.date.DateRecognizer;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.indicator.IndicatorExtractor;
import dev.lantern.extract.indicator.IndicatorType;
import dev.lantern.extract.language.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Entity recognition on English threat reports labelled by others (read from {@code
 * ../shared/conformance/cti-corpora}, never copied): the AnnoCTR test split (BIO tags, span
 * overlap) and CTINexus (entity names per document, no offsets: name match). Label sets are mapped
 * to Lantern's types as documented in {@code docs/accuracy.md}; the printed table is copied there.
 * Floors hold the numbers reached, so a change that loses recognition fails here.
 */
class CtiCorporaEntityEvaluationTest {

  private static final EntityRecognizer R = EntityRecognizer.standard();
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final Optional<Language> EN = Optional.of(Language.ENGLISH);

  /** AnnoCTR label → the Lantern entity types it is compared with. */
  private static final Map<String, Set<EntityType>> ANNOCTR =
      Map.of(
          "GROUP", Set.of(EntityType.INTRUSION_SET, EntityType.THREAT_ACTOR),
          "MALWARE", Set.of(EntityType.MALWARE, EntityType.TOOL),
          "TOOL", Set.of(EntityType.MALWARE, EntityType.TOOL),
          "LOC", Set.of(EntityType.COUNTRY),
          "ORG", Set.of(EntityType.ORGANIZATION),
          "SECTOR", Set.of(EntityType.SECTOR));

  private static Path corpora() {
    return Path.of(System.getProperty("lantern.shared", "../../shared"))
        .resolve("conformance/cti-corpora");
  }

  /** Counts for one label: predictions that hit a label, predictions, labels hit, labels. */
  static final class Count {
    int predictedHit;
    int predicted;
    int goldHit;
    int gold;

    String row(String label) {
      double p = predicted == 0 ? 1 : (double) predictedHit / predicted;
      double r = gold == 0 ? 1 : (double) goldHit / gold;
      return String.format(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %d / %d | %d / %d |",
          label,
          p,
          r,
          predictedHit,
          predicted,
          goldHit,
          gold);
    }

    double precision() {
      return predicted == 0 ? 1 : (double) predictedHit / predicted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) goldHit / gold;
    }
  }

  record Span(int start, int end, String label) {}

  @Test
  void annoCtrTestSplit_entityPrecisionAndRecallPerLabel() throws IOException {
    Path root = corpora().resolve("annoctr");
    Assumptions.assumeTrue(Files.isDirectory(root.resolve("ner_bio")), root + " absent: skipping");
    List<String> test =
        Files.readAllLines(root.resolve("splits.tsv"), StandardCharsets.UTF_8).stream()
            .map(l -> l.split("\t"))
            .filter(c -> c.length == 2 && c[1].equals("test"))
            .map(c -> c[0])
            .toList();
    Map<String, Count> counts = new LinkedHashMap<>();
    ANNOCTR.keySet().stream().sorted().forEach(k -> counts.put(k, new Count()));
    for (String doc : test) {
      StringBuilder text = new StringBuilder();
      List<Span> gold = new ArrayList<>();
      int spanStart = -1;
      String spanLabel = null;
      for (String line : Files.readAllLines(root.resolve("ner_bio/" + doc + ".bio"))) {
        String[] c = line.split("\t");
        if (c.length < 2 || c[0].equals("<DOCSTART>")) {
          if (spanLabel != null) {
            gold.add(new Span(spanStart, text.length(), spanLabel));
            spanLabel = null;
          }
          text.append('\n');
          continue;
        }
        String tag = c[c.length - 1];
        if (spanLabel != null && !tag.startsWith("I-")) {
          gold.add(new Span(spanStart, text.length(), spanLabel));
          spanLabel = null;
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
        }
        if (tag.startsWith("B-")) {
          spanStart = text.length();
          spanLabel = tag.substring(2);
        }
        text.append(c[0]);
      }
      if (spanLabel != null) {
        gold.add(new Span(spanStart, text.length(), spanLabel));
      }
      List<EntityMention> found = R.recognize(text, EN);
      for (Map.Entry<String, Count> e : counts.entrySet()) {
        Set<EntityType> types = ANNOCTR.get(e.getKey());
        Count n = e.getValue();
        for (EntityMention m : found) {
          if (types.contains(m.type())) {
            n.predicted++;
            if (gold.stream().anyMatch(g -> g.label().equals(e.getKey()) && overlaps(g, m))) {
              n.predictedHit++;
            }
          }
        }
        for (Span g : gold) {
          if (g.label().equals(e.getKey())) {
            n.gold++;
            if (found.stream().anyMatch(m -> types.contains(m.type()) && overlaps(g, m))) {
              n.goldHit++;
            }
          }
        }
      }
    }
    System.out.println("AnnoCTR test split (" + test.size() + " documents)");
    counts.forEach((k, v) -> System.out.println(v.row(k)));
    assertThat(test).hasSize(34);
    assertThat(counts.get("GROUP").precision()).isGreaterThanOrEqualTo(FLOOR_GROUP_P);
    assertThat(counts.get("GROUP").recall()).isGreaterThanOrEqualTo(FLOOR_GROUP_R);
    assertThat(counts.get("MALWARE").precision()).isGreaterThanOrEqualTo(FLOOR_MALWARE_P);
    assertThat(counts.get("MALWARE").recall()).isGreaterThanOrEqualTo(FLOOR_MALWARE_R);
  }

  // Floors: the numbers reached on 2026-12-02, rounded down (see docs/accuracy.md).
  private static final double FLOOR_GROUP_P = 0.83;
  private static final double FLOOR_GROUP_R = 0.19;
  private static final double FLOOR_MALWARE_P = 0.77;
  private static final double FLOOR_MALWARE_R = 0.56;
  private static final double FLOOR_NEXUS_ATTACKER_P = 0.78;
  private static final double FLOOR_NEXUS_MALWARE_P = 0.80;

  private static boolean overlaps(Span g, EntityMention m) {
    return m.start() < g.end() && g.start() < m.end();
  }

  @Test
  void ctiNexus_entityAndTimePrecisionAndRecallByName() throws IOException {
    Path dir = corpora().resolve("ctinexus/annotation");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent: skipping");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Count> counts = new LinkedHashMap<>();
    for (String k :
        List.of("Attacker", "Malware+Tool", "Location", "Organization", "Vulnerability", "Time")) {
      counts.put(k, new Count());
    }
    for (Path f : files) {
      JsonNode doc = json.readTree(f.toFile());
      String text = doc.path("text").asText();
      Map<String, Set<String>> gold = new LinkedHashMap<>();
      for (JsonNode e : doc.path("entities")) {
        String label =
            switch (e.path("entity_type").asText()) {
              case "Attacker" -> "Attacker";
              case "Malware", "Tool" -> "Malware+Tool";
              case "Location" -> "Location";
              case "Organization" -> "Organization";
              case "Vulnerability" -> "Vulnerability";
              case "Time" -> "Time";
              default -> null;
            };
        if (label != null) {
          gold.computeIfAbsent(label, k -> new HashSet<>())
              .add(e.path("entity_name").asText().toLowerCase(Locale.ROOT).strip());
        }
      }
      Map<String, Set<Set<String>>> predicted = new LinkedHashMap<>();
      for (EntityMention m : R.recognize(text, EN)) {
        String label =
            switch (m.type()) {
              case INTRUSION_SET, THREAT_ACTOR -> "Attacker";
              case MALWARE, TOOL -> "Malware+Tool";
              case COUNTRY -> "Location";
              case ORGANIZATION -> "Organization";
              default -> null;
            };
        if (label != null) {
          predicted.computeIfAbsent(label, k -> new java.util.LinkedHashSet<>()).add(names(m));
        }
      }
      for (Indicator i : IndicatorExtractor.standard().extract(text)) {
        if (i.type() == IndicatorType.CVE && i.suppressed().isEmpty()) {
          predicted
              .computeIfAbsent("Vulnerability", k -> new java.util.LinkedHashSet<>())
              .add(Set.of(i.value().toLowerCase(Locale.ROOT)));
        }
      }
      for (DateMention d : DateRecognizer.standard().recognize(text, EN, Optional.empty())) {
        predicted
            .computeIfAbsent("Time", k -> new java.util.LinkedHashSet<>())
            .add(Set.of(d.text().toLowerCase(Locale.ROOT)));
      }
      for (Map.Entry<String, Count> e : counts.entrySet()) {
        Set<String> g = gold.getOrDefault(e.getKey(), Set.of());
        Set<Set<String>> p = predicted.getOrDefault(e.getKey(), Set.of());
        Count n = e.getValue();
        n.gold += g.size();
        n.predicted += p.size();
        for (Set<String> names : p) {
          if (names.stream().anyMatch(x -> matches(x, g))) {
            n.predictedHit++;
          }
        }
        for (String name : g) {
          if (p.stream()
              .anyMatch(names -> names.stream().anyMatch(x -> matches(x, Set.of(name))))) {
            n.goldHit++;
          }
        }
      }
    }
    System.out.println("CTINexus (" + files.size() + " documents)");
    counts.forEach((k, v) -> System.out.println(v.row(k)));
    assertThat(counts.get("Attacker").precision()).isGreaterThanOrEqualTo(FLOOR_NEXUS_ATTACKER_P);
    assertThat(counts.get("Malware+Tool").precision())
        .isGreaterThanOrEqualTo(FLOOR_NEXUS_MALWARE_P);
  }

  /** The names a found entity may be labelled by: as written, canonical, and every KB alias. */
  private static Set<String> names(EntityMention m) {
    Set<String> out = new HashSet<>();
    out.add(m.text().toLowerCase(Locale.ROOT));
    out.add(m.canonical().toLowerCase(Locale.ROOT));
    KB.find(m.type(), m.canonical())
        .ifPresent(e -> e.names().forEach(n -> out.add(n.toLowerCase(Locale.ROOT))));
    return out;
  }

  /**
   * A label matches a name when equal, or when the label is the name with a determiner or a
   * trailing generic word ("the lazarus group", "lockbit ransomware").
   */
  private static boolean matches(String name, Set<String> labels) {
    for (String l : labels) {
      String s = l.replaceFirst("^(the|a|an) ", "");
      if (s.equals(name)
          || s.startsWith(name + " ")
          || s.endsWith(" " + name)
          || s.equals(name + "'s")) {
        return true;
      }
    }
    return false;
  }
}
