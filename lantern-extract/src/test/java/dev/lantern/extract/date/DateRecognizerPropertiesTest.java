package dev.lantern.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input: whatever the text, the recognizer returns mentions whose spans lie inside it,
 * equal its characters, come in order without overlapping, and carry a value of the promised shape.
 * Fixed seeds make failures reproducible.
 */
class DateRecognizerPropertiesTest {
  private static final DateRecognizer RECOGNIZER = DateRecognizer.standard();

  /** Pieces that steer random text into every branch of the grammar. */
  private static final List<String> PIECES =
      List.of(
          " ",
          " ",
          "\n",
          ".",
          ",",
          "-",
          "'",
          "’",
          "mid-",
          "in",
          "on",
          "last",
          "this",
          "next",
          "year",
          "month",
          "summer",
          "of",
          "early",
          "late",
          "the",
          "same",
          "that",
          "day",
          "ago",
          "two",
          "weeks",
          "today",
          "May",
          "February",
          "Feb",
          "Monday",
          "Tuesday",
          "у",
          "в",
          "на",
          "станом",
          "початку",
          "наприкінці",
          "кінці",
          "середині",
          "лютого",
          "липні",
          "грудня",
          "минулого",
          "минулому",
          "цього",
          "року",
          "році",
          "р",
          "торік",
          "тижні",
          "тому",
          "п'ятницю",
          "середу",
          "в",
          "во",
          "декабре",
          "февраля",
          "прошлого",
          "прошлом",
          "года",
          "году",
          "г",
          "прошлую",
          "пятницу",
          "начале",
          "конца",
          "назад",
          "недели",
          "прошлогодней",
          "0",
          "1",
          "6",
          "29",
          "31",
          "32",
          "2023",
          "2024",
          "1899",
          "9999",
          "14.01.2022",
          "31.02.2024",
          "2023-07-14",
          "2023-02-30",
          "0000-00-00",
          "2023-07-14T08",
          "24-Apr-2020",
          "2008-May-31",
          "08/25/2018",
          "03/04/2021",
          "(",
          ")",
          "at",
          "least",
          "since",
          "Friday",
          "6th");

  @Test
  void recognize_randomTextNeverThrowsAndSpansStayInBounds() {
    qt().withFixedSeed(0xDA7E_0001L)
        .withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 200), references())
        .checkAssert(DateRecognizerPropertiesTest::checkMentions);
  }

  @Test
  void recognize_dateWordSoupNeverThrowsAndSpansStayInBounds() {
    Gen<String> soup =
        lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 40).map(l -> String.join("", l));
    Gen<String> spaced =
        lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 40).map(l -> String.join(" ", l));
    qt().withFixedSeed(0xDA7E_0002L)
        .withExamples(1500)
        .forAll(soup.mix(spaced), references())
        .checkAssert(DateRecognizerPropertiesTest::checkMentions);
  }

  private static Gen<Optional<LocalDate>> references() {
    Gen<Optional<LocalDate>> ordinary =
        integers().between(0, 40_000).map(d -> Optional.of(LocalDate.of(1970, 1, 1).plusDays(d)));
    Gen<Optional<LocalDate>> extreme =
        arbitrary().pick(List.of(Optional.of(LocalDate.MIN), Optional.of(LocalDate.MAX)));
    return ordinary.mix(arbitrary().constant(Optional.<LocalDate>empty())).mix(extreme, 10);
  }

  private static void checkMentions(String text, Optional<LocalDate> reference) {
    for (Optional<Language> language :
        List.of(
            Optional.<Language>empty(),
            Optional.of(Language.ENGLISH),
            Optional.of(Language.UKRAINIAN),
            Optional.of(Language.RUSSIAN))) {
      List<DateMention> found = RECOGNIZER.recognize(text, language, reference);
      int previousEnd = 0;
      for (DateMention m : found) {
        assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        m.value().ifPresent(v -> assertThat(v).matches(shape(m.granularity())));
        if (!m.relative()) {
          assertThat(m.value()).as("absolute mention %s has a value", m.text()).isPresent();
        }
        previousEnd = m.end();
      }
    }
  }

  private static String shape(Granularity g) {
    return switch (g) {
      case YEAR -> "\\d{4}";
      case MONTH -> "\\d{4}-\\d{2}";
      case DAY -> "\\d{4}-\\d{2}-\\d{2}";
    };
  }
}
