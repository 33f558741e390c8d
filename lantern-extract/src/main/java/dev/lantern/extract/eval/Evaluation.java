package dev.lantern.extract.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring extraction against a labelled corpus.
 *
 * @param scores per language code, per field
 * @param reports per language code, how many reports were scored
 * @param languageCorrect per language code, how many reports were identified as that language
 * @param misses readable notes of what was missed or extra ({@code report: field missed X}), for
 *     people improving the rules
 */
public record Evaluation(
    Map<String, Map<Field, Score>> scores,
    Map<String, Integer> reports,
    Map<String, Integer> languageCorrect,
    List<String> misses) {

  /**
   * Maps are copied sorted by language code, so tables and JSON list languages the same way every
   * run.
   */
  public Evaluation {
    scores = Collections.unmodifiableSortedMap(new TreeMap<>(scores));
    reports = Collections.unmodifiableSortedMap(new TreeMap<>(reports));
    languageCorrect = Collections.unmodifiableSortedMap(new TreeMap<>(languageCorrect));
    misses = List.copyOf(misses);
  }

  /** The share of reports whose language was identified correctly, over all languages. */
  public double languageAccuracy() {
    int n = reports.values().stream().mapToInt(Integer::intValue).sum();
    int ok = languageCorrect.values().stream().mapToInt(Integer::intValue).sum();
    return n == 0 ? 1.0 : (double) ok / n;
  }
}
