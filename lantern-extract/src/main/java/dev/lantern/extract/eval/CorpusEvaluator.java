package dev.lantern.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.attribution.Claim;
import dev.lantern.extract.attribution.Incident;
import dev.lantern.extract.attribution.Victim;
import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.entity.EntityType;
import dev.lantern.extract.entity.KnowledgeBase;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.indicator.IndicatorType;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.report.ExtractOptions;
import dev.lantern.extract.report.ReportExtraction;
import dev.lantern.extract.report.ReportExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores extraction against a labelled corpus: every {@code NAME.txt} under a directory with a
 * {@code NAME.labels.json} beside it (the format of {@code corpus/labelled}, described in {@code
 * docs/accuracy.md}). Each report is extracted as {@code lantern extract} would, with the labels'
 * publication date as {@code --published} and the language identified, not given. Fields are
 * compared as sets per report (dates as a multiset) and micro-averaged per language; label names
 * are mapped to canonical names through the knowledge base's aliases, so "Fancy Bear" in a label
 * matches APT28 found in the text.
 */
public final class CorpusEvaluator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REPORTS = 100_000;

  private final ReportExtractor extractor;
  private final KnowledgeBase kb;

  public CorpusEvaluator(ReportExtractor extractor, KnowledgeBase kb) {
    this.extractor = extractor;
    this.kb = kb;
  }

  /** An evaluator over the standard engines and the built-in knowledge base. */
  public static CorpusEvaluator standard() {
    return new CorpusEvaluator(ReportExtractor.standard(), KnowledgeBase.standard());
  }

  /**
   * Scores every labelled report under {@code dir}.
   *
   * @throws InvalidCorpusException naming the file when the directory or a label file is unreadable
   *     or malformed
   */
  public Evaluation evaluate(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidCorpusException(dir + ": not a directory of labelled reports");
    }
    List<Path> labels;
    try (Stream<Path> files = Files.walk(dir)) {
      labels =
          files
              .filter(p -> p.getFileName().toString().endsWith(".labels.json"))
              .sorted()
              .limit(MAX_REPORTS)
              .toList();
    } catch (IOException e) {
      throw new InvalidCorpusException(dir + ": cannot list: " + e.getMessage(), e);
    }
    if (labels.isEmpty()) {
      throw new InvalidCorpusException(dir + ": no *.labels.json files found");
    }
    Map<String, Map<Field, Score>> scores = new TreeMap<>();
    Map<String, Integer> reports = new TreeMap<>();
    Map<String, Integer> languageOk = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Path labelFile : labels) {
      String name = labelFile.getFileName().toString().replace(".labels.json", "");
      Path textFile = labelFile.resolveSibling(name + ".txt");
      JsonNode gold;
      String text;
      try {
        gold = JSON.readTree(labelFile.toFile());
        text = Files.readString(textFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidCorpusException(
            labelFile + " (or " + textFile.getFileName() + "): " + e.getMessage(), e);
      }
      String lang = gold.path("language").asText("");
      if (lang.isEmpty()) {
        throw new InvalidCorpusException(labelFile + ": $.language is missing");
      }
      Optional<LocalDate> published;
      try {
        published =
            gold.hasNonNull("published")
                ? Optional.of(LocalDate.parse(gold.get("published").asText()))
                : Optional.empty();
      } catch (DateTimeParseException e) {
        throw new InvalidCorpusException(labelFile + ": $.published is not YYYY-MM-DD", e);
      }
      ReportExtraction r =
          extractor.extract(
              Document.plain(textFile.toString(), text),
              new ExtractOptions(Optional.empty(), published));
      reports.merge(lang, 1, Integer::sum);
      if (r.language().map(Language::code).orElse("").equals(lang)) {
        languageOk.merge(lang, 1, Integer::sum);
      } else {
        languageOk.merge(lang, 0, Integer::sum);
        misses.add(name + ": language identified as " + r.language().map(Language::code));
      }
      Map<Field, Score> byField =
          scores.computeIfAbsent(
              lang,
              k -> {
                Map<Field, Score> m = new EnumMap<>(Field.class);
                for (Field f : Field.values()) {
                  m.put(f, Score.ZERO);
                }
                return m;
              });
      for (Field f : Field.values()) {
        List<String> predicted = predicted(f, r);
        List<String> expected = expected(f, gold, labelFile);
        byField.put(f, compare(byField.get(f), predicted, expected, f, name, misses));
      }
    }
    return new Evaluation(scores, reports, languageOk, misses);
  }

  // ------------------------------------------------------------------ comparison

  private static Score compare(
      Score s,
      List<String> predicted,
      List<String> expected,
      Field f,
      String report,
      List<String> misses) {
    boolean multiset = f == Field.DATES;
    List<String> p = multiset ? predicted : predicted.stream().distinct().toList();
    List<String> e = multiset ? expected : expected.stream().distinct().toList();
    Map<String, Integer> bag = new HashMap<>();
    e.forEach(x -> bag.merge(x, 1, Integer::sum));
    int correct = 0;
    for (String x : p) {
      Integer n = bag.get(x);
      if (n != null && n > 0) {
        bag.put(x, n - 1);
        correct++;
      } else {
        misses.add(report + ": " + f.label() + " extra " + x);
      }
    }
    bag.forEach(
        (x, n) -> {
          for (int i = 0; i < n; i++) {
            misses.add(report + ": " + f.label() + " missed " + x);
          }
        });
    return s.plus(correct, p.size(), e.size());
  }

  // ------------------------------------------------------------------ what Lantern found

  private List<String> predicted(Field f, ReportExtraction r) {
    List<String> out = new ArrayList<>();
    switch (f) {
      case INDICATORS -> {
        List<Indicator> live = r.liveIndicators();
        for (Indicator i : live) {
          if (i.type() != IndicatorType.CVE && !insideUrlOrEmail(i, live)) {
            out.add(i.type().jsonName() + " " + i.value().toLowerCase(Locale.ROOT));
          }
        }
      }
      case ACTORS -> {
        for (EntityMention m : r.entities()) {
          if (m.type().isGroup()) {
            out.add(m.canonical());
          }
        }
      }
      case STATES -> {
        r.claims().forEach(c -> c.state().ifPresent(out::add));
        r.incidents().forEach(i -> out.addAll(i.states()));
      }
      case CLAIMANTS -> r.claims().forEach(c -> c.claimant().ifPresent(out::add));
      case STANCES -> {
        for (Claim c : r.claims()) {
          out.add(stanceKey(c.claimant().orElse(null), c.stance().label(), c.state(), c.actor()));
        }
      }
      case VICTIMS -> {
        for (Incident i : r.incidents()) {
          for (Victim v : i.victims()) {
            victimKeys(v.name().orElse(null), v.country().orElse(null), out);
          }
        }
      }
      case SECTORS -> {
        for (Incident i : r.incidents()) {
          i.victims().forEach(v -> v.sector().ifPresent(out::add));
        }
      }
      case MALWARE -> {
        for (EntityMention m : r.entities()) {
          if (m.type() == EntityType.MALWARE || m.type() == EntityType.TOOL) {
            out.add(m.canonical());
          }
        }
      }
      case CVES -> {
        for (Indicator i : r.liveIndicators()) {
          if (i.type() == IndicatorType.CVE) {
            out.add(i.value().toUpperCase(Locale.ROOT));
          }
        }
      }
      case DATES -> {
        for (DateMention d : r.dates()) {
          out.add(d.text() + " | " + d.value().orElse("?"));
        }
      }
    }
    return out;
  }

  /**
   * A URL's host or an e-mail address's domain, which the extractor also reports as a domain or
   * address of its own.
   */
  private static boolean insideUrlOrEmail(Indicator i, List<Indicator> all) {
    if (i.type() == IndicatorType.URL || i.type() == IndicatorType.EMAIL) {
      return false;
    }
    for (Indicator u : all) {
      if ((u.type() == IndicatorType.URL || u.type() == IndicatorType.EMAIL)
          && u.start() <= i.start()
          && i.end() <= u.end()) {
        return true;
      }
    }
    return false;
  }

  private String stanceKey(
      String claimant, String stance, Optional<String> state, Optional<String> actor) {
    Optional<String> s = state.or(() -> actor.flatMap(a -> group(a).flatMap(this::groupState)));
    return (claimant == null ? "-" : claimant) + " | " + stance + " | " + s.orElse("-");
  }

  private static void victimKeys(String name, String country, List<String> out) {
    if (name != null) {
      out.add("name " + name.toLowerCase(Locale.ROOT));
    }
    if (country != null) {
      out.add("country " + country);
    }
  }

  // ------------------------------------------------------------------ what the labels hold

  private List<String> expected(Field f, JsonNode gold, Path file) {
    List<String> out = new ArrayList<>();
    switch (f) {
      case INDICATORS -> {
        for (JsonNode i : gold.path("indicators")) {
          if (i.path("type").asText().equals("cve")) {
            continue;
          }
          out.add(
              i.path("type").asText() + " " + i.path("value").asText().toLowerCase(Locale.ROOT));
        }
      }
      case ACTORS -> texts(gold, "actors").forEach(a -> out.add(group(a).orElse(a)));
      case STATES -> out.addAll(texts(gold, "states"));
      case CLAIMANTS -> texts(gold, "claimants").forEach(c -> out.add(claimant(c)));
      case STANCES -> {
        for (JsonNode c : gold.path("claims")) {
          String claimant = c.hasNonNull("claimant") ? claimant(c.get("claimant").asText()) : null;
          Optional<String> state =
              c.hasNonNull("state") ? Optional.of(c.get("state").asText()) : Optional.empty();
          Optional<String> actor =
              c.hasNonNull("actor") ? Optional.of(c.get("actor").asText()) : Optional.empty();
          out.add(stanceKey(claimant, c.path("stance").asText(), state, actor));
        }
      }
      case VICTIMS -> {
        for (JsonNode v : gold.path("victims")) {
          victimKeys(
              v.hasNonNull("name") ? organisation(v.get("name").asText()) : null,
              v.hasNonNull("country") ? v.get("country").asText() : null,
              out);
        }
      }
      case SECTORS -> out.addAll(texts(gold, "sectors"));
      case MALWARE ->
          texts(gold, "malware")
              .forEach(
                  m ->
                      out.add(
                          kb.canonicalOf(EntityType.MALWARE, m)
                              .or(() -> kb.canonicalOf(EntityType.TOOL, m))
                              .orElse(m)));
      case CVES -> texts(gold, "cves").forEach(c -> out.add(c.toUpperCase(Locale.ROOT)));
      case DATES -> {
        for (JsonNode d : gold.path("dates")) {
          out.add(d.path("text").asText() + " | " + d.path("value").asText());
        }
      }
    }
    return out;
  }

  private static List<String> texts(JsonNode gold, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : gold.path(field)) {
      if (n.isTextual()) {
        out.add(n.asText());
      }
    }
    return out;
  }

  private Optional<String> group(String name) {
    return kb.canonicalOf(EntityType.INTRUSION_SET, name)
        .or(() -> kb.canonicalOf(EntityType.THREAT_ACTOR, name));
  }

  private Optional<String> groupState(String canonical) {
    return kb.find(EntityType.INTRUSION_SET, canonical)
        .or(() -> kb.find(EntityType.THREAT_ACTOR, canonical))
        .flatMap(e -> e.country());
  }

  private String organisation(String name) {
    return kb.canonicalOf(EntityType.ORGANIZATION, name).orElse(name);
  }

  /** A claimant is an organisation or, claiming its own attack, a group ("Homeland Justice"). */
  private String claimant(String name) {
    return kb.canonicalOf(EntityType.ORGANIZATION, name).or(() -> group(name)).orElse(name);
  }
}
