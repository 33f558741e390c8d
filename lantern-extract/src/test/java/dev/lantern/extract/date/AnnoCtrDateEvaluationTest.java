package dev.lantern.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.language.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the recognizer on text written by others: the time expressions of the AnnoCTR test split
 * ({@code ../shared/conformance/cti-corpora/annoctr/time/*.tml}, TimeML annotated by the corpus
 * authors), with each document's creation time as the reference.
 *
 * <p>Mapping: every {@code TIMEX3} of type {@code DATE} whose value is {@code YYYY}, {@code
 * YYYY-MM} or {@code YYYY-MM-DD} is a labelled date (durations, sets, times and vaguer values such
 * as {@code 2020-Q1} or {@code PAST_REF} have no counterpart in our granularities and are left out,
 * together with the mentions we find inside them). A mention is correct when its span overlaps the
 * labelled one and the values are equal; TimeML spans include "On" and similar words ours leave
 * out, so exact spans would measure conventions, not recognition.
 */
class AnnoCtrDateEvaluationTest {

  /** The split to score; other splits serve to study errors without tuning on the test split. */
  private static final String SPLIT = System.getProperty("annoctr.split", "test");

  /** Set {@code -Dannoctr.verbose=true} to print every miss and false alarm. */
  private static final boolean VERBOSE = Boolean.getBoolean("annoctr.verbose");

  private record Timex(int start, int end, String type, String value) {
    boolean comparable() {
      return type.equals("DATE") && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }
  }

  private record Document(String text, LocalDate created, List<Timex> timexes) {}

  @Test
  void recognize_scoresOnAnnoCtrTestSplit() throws IOException {
    Path root =
        Path.of(System.getProperty("lantern.shared", "../../shared"))
            .resolve("conformance/cti-corpora/annoctr");
    Assumptions.assumeTrue(Files.isDirectory(root.resolve("time")), root + " absent: skipping");
    List<String> names =
        Files.readAllLines(root.resolve("splits.tsv"), StandardCharsets.UTF_8).stream()
            .map(l -> l.split("\t"))
            .filter(f -> f.length == 2 && f[1].equals(SPLIT))
            .map(f -> f[0])
            .toList();
    int gold = 0;
    int found = 0;
    int correct = 0;
    for (String name : names) {
      Path tml = root.resolve("time").resolve(name + ".tml");
      if (!Files.isRegularFile(tml)) {
        continue;
      }
      Document doc = readTimeMl(Files.readString(tml, StandardCharsets.UTF_8));
      List<Timex> labelled = doc.timexes().stream().filter(Timex::comparable).toList();
      List<Timex> ignored = doc.timexes().stream().filter(t -> !t.comparable()).toList();
      boolean[] used = new boolean[labelled.size()];
      gold += labelled.size();
      for (DateMention m :
          DateRecognizer.standard()
              .recognize(doc.text(), Optional.of(Language.ENGLISH), Optional.of(doc.created()))) {
        if (ignored.stream().anyMatch(t -> overlaps(t, m))) {
          continue;
        }
        found++;
        boolean hit = false;
        for (int i = 0; i < labelled.size() && !hit; i++) {
          Timex t = labelled.get(i);
          if (!used[i] && overlaps(t, m) && m.value().orElse("").equals(t.value())) {
            used[i] = true;
            hit = true;
            correct++;
          }
        }
        if (VERBOSE && !hit) {
          System.out.println(
              "  extra "
                  + m.text()
                  + " = "
                  + m.value().orElse("?")
                  + context(doc, m.start(), m.end()));
        }
      }
      for (int i = 0; VERBOSE && i < labelled.size(); i++) {
        Timex t = labelled.get(i);
        if (!used[i]) {
          System.out.println("  missed " + t.value() + context(doc, t.start(), t.end()));
        }
      }
    }
    double p = found == 0 ? 0 : (double) correct / found;
    double r = gold == 0 ? 0 : (double) correct / gold;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf(
        Locale.ROOT,
        "AnnoCTR %s dates: P %.3f R %.3f F1 %.3f (%d correct, %d found, %d labelled, %d docs)%n",
        SPLIT,
        p,
        r,
        f1,
        correct,
        found,
        gold,
        names.size());
    assertThat(gold).isPositive();
    assertThat(p).as("precision on AnnoCTR test dates").isGreaterThanOrEqualTo(0.88);
    assertThat(r).as("recall on AnnoCTR test dates").isGreaterThanOrEqualTo(0.85);
  }

  private static String context(Document doc, int start, int end) {
    String text = doc.text();
    return "  …"
        + text.substring(Math.max(0, start - 30), start).replace('\n', ' ')
        + "[["
        + text.substring(start, end)
        + "]]"
        + text.substring(end, Math.min(text.length(), end + 20)).replace('\n', ' ')
        + " (ref "
        + doc.created()
        + ")";
  }

  private static boolean overlaps(Timex t, DateMention m) {
    return m.start() < t.end() && t.start() < m.end();
  }

  /** Plain text of the {@code TEXT} element, with the offsets of its {@code TIMEX3} children. */
  private static Document readTimeMl(String xml) {
    int dct = xml.indexOf("functionInDocument=\"CREATION_TIME\"");
    String dctValue = attribute(xml.substring(xml.lastIndexOf('<', dct)), "value");
    int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
    int to = xml.indexOf("</TEXT>");
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    int openStart = -1;
    String openTag = "";
    int i = from;
    while (i < to) {
      char c = xml.charAt(i);
      if (c == '<') {
        int close = xml.indexOf('>', i);
        String tag = xml.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openTag = tag;
        } else if (tag.equals("/TIMEX3") && openStart >= 0) {
          timexes.add(
              new Timex(
                  openStart,
                  text.length(),
                  attribute(openTag, "type"),
                  attribute(openTag, "value")));
          openStart = -1;
        }
        i = close + 1;
      } else if (c == '&' && xml.indexOf(';', i) > i && xml.indexOf(';', i) - i <= 6) {
        int semi = xml.indexOf(';', i);
        text.append(
            switch (xml.substring(i + 1, semi)) {
              case "amp" -> '&';
              case "lt" -> '<';
              case "gt" -> '>';
              case "quot" -> '"';
              default -> '\'';
            });
        i = semi + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new Document(text.toString(), LocalDate.parse(dctValue.substring(0, 10)), timexes);
  }

  private static String attribute(String tag, String name) {
    int at = tag.indexOf(name + "=\"");
    if (at < 0) {
      return "";
    }
    int start = at + name.length() + 2;
    return tag.substring(start, tag.indexOf('"', start));
  }
}
