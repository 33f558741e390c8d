package dev.lantern.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void evaluation_listsLanguagesInCodeOrderWhateverOrderTheyCameIn() {
    List<String> codes = List.of("uk", "ru", "pl", "en", "de", "lt", "fr", "be", "kk", "et");
    Map<String, Map<Field, Score>> scores = new HashMap<>();
    Map<String, Integer> reports = new HashMap<>();
    for (String code : codes) {
      scores.put(code, Map.of(Field.values()[0], new Score(1, 1, 1)));
      reports.put(code, 1);
    }

    Evaluation e = new Evaluation(scores, reports, reports, List.of());

    List<String> sorted = codes.stream().sorted().toList();
    assertThat(e.scores().keySet()).containsExactlyElementsOf(sorted);
    assertThat(e.reports().keySet()).containsExactlyElementsOf(sorted);
    assertThat(e.languageCorrect().keySet()).containsExactlyElementsOf(sorted);
  }
}
