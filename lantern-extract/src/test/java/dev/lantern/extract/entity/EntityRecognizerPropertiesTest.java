package dev.lantern.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.extract.language.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Random text, hostile or name-like, never breaks the recognizer's span contract. */
class EntityRecognizerPropertiesTest {
  private static final EntityRecognizer R = EntityRecognizer.standard();

  /** Words and separators that build text full of near-names. */
  private static final List<String> PIECES =
      List.of(
          "Fancy",
          "Bear",
          "fancy-bear",
          "Китаєм",
          "Нідерландів",
          "Піщаного",
          "хробака",
          "США",
          "US",
          "us",
          "will",
          "Equation",
          "group",
          "Москва",
          "российских",
          "хакеров",
          "Beijing",
          "Volt",
          "Typhoon",
          "’",
          "'",
          ".",
          "-",
          " ",
          "  ",
          "\n",
          "&",
          "/",
          "\u0301",
          "ё",
          "Ё",
          "APT28",
          "UAC-0028",
          "TEMP.Isotope",
          "\uD83D\uDE00",
          "\uD800",
          "é",
          "İ",
          "ß");

  private static void checkSpans(String text, Optional<Language> lang) {
    List<EntityMention> ms = R.recognize(text, lang);
    int lastStart = -1;
    int lastEnd = 0;
    for (EntityMention m : ms) {
      assertThat(m.start()).isGreaterThanOrEqualTo(0);
      assertThat(m.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      if (m.start() != lastStart) {
        // different matches never overlap; only entities sharing one span repeat it
        assertThat(m.start()).isGreaterThanOrEqualTo(lastEnd);
      } else {
        assertThat(m.end()).isEqualTo(lastEnd);
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
  }

  @Test
  void recognize_neverThrowsOnRandomUnicode() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(0, 3))
        .checkAssert((s, l) -> checkSpans(s, language(l)));
  }

  @Test
  void recognize_keepsSpansInBoundsOnNameLikeText() {
    qt().withExamples(500)
        .forAll(
            lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40),
            integers().between(0, 3))
        .checkAssert(
            (idx, l) -> {
              StringBuilder b = new StringBuilder();
              for (int i : idx) {
                b.append(PIECES.get(i)).append(i % 3 == 0 ? "" : " ");
              }
              checkSpans(b.toString(), language(l));
            });
  }

  @Test
  void recognize_findsNamesWhateverSurrounds() {
    qt().withExamples(200)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .checkAssert(
            junk -> {
              String text = junk + " , Fancy Bear ; " + junk;
              assertThat(R.recognize(text, Optional.empty()))
                  .anyMatch(m -> m.canonical().equals("APT28") && m.text().equals("Fancy Bear"));
            });
  }

  private static Optional<Language> language(int i) {
    return i == 3 ? Optional.empty() : Optional.of(Language.values()[i]);
  }
}
