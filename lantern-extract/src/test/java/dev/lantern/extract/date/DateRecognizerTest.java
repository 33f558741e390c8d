package dev.lantern.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRecognizerTest {
  private static final DateRecognizer RECOGNIZER = DateRecognizer.standard();

  /** 2024-02-06 is a Tuesday, the seed story's publication date. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 6);

  private static List<DateMention> recognize(String text, Language language) {
    return RECOGNIZER.recognize(text, Optional.of(language), Optional.of(PUBLISHED));
  }

  private static DateMention only(String text, Language language) {
    List<DateMention> found = recognize(text, language);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void recognize_resolvesLastYearAgainstPublication() {
    DateMention m = only("The intrusion happened last year, officials said.", Language.ENGLISH);
    assertThat(m.text()).isEqualTo("last year");
    assertThat(m.value()).contains("2023");
    assertThat(m.granularity()).isEqualTo(Granularity.YEAR);
    assertThat(m.relative()).isTrue();
  }

  @Test
  void recognize_resolvesAgainstInjectedReferenceNotToday() {
    List<DateMention> found =
        RECOGNIZER.recognize(
            "It began last year.",
            Optional.of(Language.ENGLISH),
            Optional.of(LocalDate.of(2011, 5, 1)));
    assertThat(found).extracting(m -> m.value().orElseThrow()).containsExactly("2010");
  }

  @Test
  void recognize_readsLocativeUkrainianMonth() {
    DateMention m = only("Атака сталася у липні 2023 року.", Language.UKRAINIAN);
    assertThat(m.text()).isEqualTo("у липні 2023 року");
    assertThat(m.value()).contains("2023-07");
    assertThat(m.granularity()).isEqualTo(Granularity.MONTH);
    assertThat(m.relative()).isFalse();
  }

  @Test
  void recognize_leavesRelativeDateUnresolvedWithoutReference() {
    List<DateMention> found =
        RECOGNIZER.recognize(
            "В прошлом году, 6 февраля 2024 г., и в декабре прошлого года.",
            Optional.of(Language.RUSSIAN),
            Optional.empty());
    assertThat(found)
        .extracting(DateMention::text, m -> m.value().orElse("-"), DateMention::relative)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("прошлом году", "-", true),
            org.assertj.core.groups.Tuple.tuple("6 февраля 2024 г.", "2024-02-06", false),
            org.assertj.core.groups.Tuple.tuple("декабре прошлого года", "-", true));
  }

  @Test
  void recognize_doesNotTakeVersionNumbersForDates() {
    List<DateMention> found =
        recognize(
            "Upgrade to 2023.05.4 or 10.12.2023a; CVE-2023-34362 and build 2024-13-01 are"
                + " affected, as is version 1.2.2023 and 3.14 on 2000 hosts.",
            Language.ENGLISH);
    assertThat(found).isEmpty();
  }

  @Test
  void recognize_skipsCommonWordsThatSpellMonths() {
    assertThat(recognize("Attackers may march on, and they may say so.", Language.ENGLISH))
        .isEmpty();
  }

  @Test
  void recognize_reportsOffsetsOfTheExpression() {
    String text = "Seen on 14.01.2022 again";
    DateMention m = only(text, Language.ENGLISH);
    assertThat(text.substring(m.start(), m.end())).isEqualTo("14.01.2022");
    assertThat(m.start()).isEqualTo(8);
  }

  @Test
  void recognize_doesNotJoinAcrossLineBreaks() {
    assertThat(recognize("Kyiv, 5 січня\n2024 року", Language.UKRAINIAN))
        .extracting(DateMention::text)
        .containsExactly("5 січня", "2024 року");
  }

  @Test
  void recognize_readsOnlyTheGivenLanguageWords() {
    assertThat(recognize("в прошлом году", Language.UKRAINIAN)).isEmpty();
    assertThat(RECOGNIZER.recognize("в прошлом году", Optional.empty(), Optional.of(PUBLISHED)))
        .extracting(m -> m.value().orElseThrow())
        .containsExactly("2023");
  }

  @Test
  void recognize_resolvesThatMonthToTheEarlierMention() {
    assertThat(recognize("The attack, in mid-July, was noticed that month.", Language.ENGLISH))
        .extracting(DateMention::text, m -> m.value().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mid-July", "2023-07"),
            org.assertj.core.groups.Tuple.tuple("that month", "2023-07"));
  }

  @Test
  void recognize_findsEveryMentionInLongRepetitiveText() {
    String text = "в прошлом году ".repeat(20_000);
    List<DateMention> found = RECOGNIZER.recognize(text, Optional.empty(), Optional.of(PUBLISHED));
    assertThat(found).hasSize(20_000);
    assertThat(found.get(19_999).value()).contains("2023");
  }

  @Test
  void recognize_saysNothingAboutAmbiguousSlashDates() {
    assertThat(recognize("Seen on 03/04/2021 twice", Language.ENGLISH)).isEmpty();
  }

  @Test
  void recognize_needsANumberBeforeAgo() {
    assertThat(recognize("It was created only days ago, a few months ago.", Language.ENGLISH))
        .isEmpty();
  }

  @Test
  void recognize_readsListedMonths() {
    assertThat(recognize("Campaigns ran in May, June and August.", Language.ENGLISH))
        .extracting(m -> m.value().orElseThrow())
        .containsExactly("2023-05", "2023-06", "2023-08");
  }

  @Test
  void recognize_doesNotDateFileNamesWithoutTheirYear() {
    assertThat(recognize("Dropped Course 5 – 16 October 2020.zipx today", Language.ENGLISH))
        .extracting(DateMention::text)
        .containsExactly("today");
  }

  @Test
  void recognize_rejectsNullArguments() {
    assertThatNullPointerException()
        .isThrownBy(() -> RECOGNIZER.recognize(null, Optional.empty(), Optional.empty()));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | It happened in December of last year.    | December of last year    | 2023-12    | MONTH
          en | Phishing began two weeks ago.             | two weeks ago            | 2024-01-23 | DAY
          en | The ministry said on Monday that          | Monday                   | 2024-02-05 | DAY
          en | The ministry said on Tuesday that         | Tuesday                  | 2024-02-06 | DAY
          en | It was found last Tuesday.                | last Tuesday             | 2024-01-30 | DAY
          en | Seen earlier this month.                  | earlier this month       | 2024-02    | MONTH
          en | Published 2023-07-14.                     | 2023-07-14               | 2023-07-14 | DAY
          en | Published February 6, 2024 by CISA.       | February 6, 2024         | 2024-02-06 | DAY
          en | Published 6 Feb 2024 by CISA.             | 6 Feb 2024               | 2024-02-06 | DAY
          en | Active in 2023 against telecoms.          | 2023                     | 2023       | YEAR
          en | Active in the summer of 2022.             | summer of 2022           | 2022       | YEAR
          en | Targets since mid-2021 include ports.     | mid-2021                 | 2021       | YEAR
          en | Exploited since early December.           | early December           | 2023-12    | MONTH
          en | Active from late 2020 onwards.            | late 2020                | 2020       | YEAR
          en | Report due next year.                     | next year                | 2025       | YEAR
          en | Data was posted today.                    | today                    | 2024-02-06 | DAY
          en | Contact them by 14 June.                  | 14 June                  | 2023-06-14 | DAY
          uk | Це сталося минулого року.                 | минулого року            | 2023       | YEAR
          uk | Про це стало відомо торік.                | торік                    | 2023       | YEAR
          uk | Звіт вийшов 6 лютого 2024.                | 6 лютого 2024            | 2024-02-06 | DAY
          uk | Шкідник, що 27 червня минулого року       | 27 червня минулого року  | 2023-06-27 | DAY
          uk | Сталося наприкінці грудня минулого року.  | наприкінці грудня минулого року | 2023-12 | MONTH
          uk | СБУ в п'ятницю повідомила                 | в п'ятницю               | 2024-02-02 | DAY
          uk | Листи надійшли два тижні тому.            | два тижні тому           | 2024-01-23 | DAY
          uk | Дані станом на середу.                    | станом на середу         | 2024-01-31 | DAY
          uk | Звіт 14.01.2022 оприлюднено               | 14.01.2022               | 2022-01-14 | DAY
          uk | Атаки тривають з 2019 року.               | 2019 року                | 2019       | YEAR
          uk | Цього року вони атакували                 | Цього року               | 2024       | YEAR
          ru | Это было в прошлом году.                  | прошлом году             | 2023       | YEAR
          ru | Это было в декабре прошлого года.         | декабре прошлого года    | 2023-12    | MONTH
          ru | Опубликовано 6 февраля 2024 г. в Москве   | 6 февраля 2024 г.        | 2024-02-06 | DAY
          ru | ФБР в среду сообщило                      | среду                    | 2024-01-31 | DAY
          ru | Инцидент произошёл в прошлую пятницу.     | прошлую пятницу          | 2024-02-02 | DAY
          ru | Атака началась в начале июля прошлого года. | начале июля прошлого года | 2023-07  | MONTH
          ru | Активна с апреля 2023 года.               | апреля 2023 года         | 2023-04    | MONTH
          ru | За прошлогодней атакой стоит ГРУ.         | прошлогодней             | 2023       | YEAR
          ru | Письма пришли две недели назад.           | две недели назад         | 2024-01-23 | DAY
          en | Created 2020-03-23T07:08:34Z here         | 2020-03-23               | 2020-03-23 | DAY
          en | Cookie expires 24-Apr-2020 13:00          | 24-Apr-2020              | 2020-04-24 | DAY
          en | Uploaded on 08/25/2018 to VirusTotal      | 08/25/2018               | 2018-08-25 | DAY
          en | Uploaded on 25/08/2018 to VirusTotal      | 25/08/2018               | 2018-08-25 | DAY
          en | Posted Monday, March 23, 2020 at noon     | Monday, March 23, 2020   | 2020-03-23 | DAY
          en | Ryuk grew over the past year.             | past year                | 2023       | YEAR
          en | Active since at least 2012.               | 2012                     | 2012       | YEAR
          uk | Це було рік тому.                         | рік тому                 | 2023       | YEAR
          """)
  void recognize_resolvesExpression(
      String code, String sentence, String expected, String value, Granularity granularity) {
    LocalDate reference = expected.contains("June") ? LocalDate.of(2023, 6, 7) : PUBLISHED;
    List<DateMention> found =
        RECOGNIZER.recognize(sentence, Optional.of(Language.ofCode(code)), Optional.of(reference));
    assertThat(found)
        .extracting(DateMention::text, m -> m.value().orElse("-"), DateMention::granularity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(expected, value, granularity));
    DateMention m = found.get(0);
    assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
  }
}
