package dev.lantern.extract.date;

import dev.lantern.extract.language.Language;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The word forms the date grammar knows, keyed by lower-cased form, each tagged with its language.
 *
 * <p>Ukrainian and Russian month and weekday names inflect, so every form the grammar relies on is
 * listed: the genitive after a day number ("6 лютого"), the locative after "у"/"в" ("у липні", "в
 * декабре"), the accusative of weekdays ("у п'ятницю", "в среду"). The tables are ours, written
 * from the standard grammars of both languages; {@code java.time}'s CLDR data knows the genitive
 * but not the locative forms.
 */
final class Lexicon {

  /** Grammatical case of a month form; the grammar accepts a bare month only in some cases. */
  enum Form {
    NOMINATIVE,
    GENITIVE,
    LOCATIVE,
    ENGLISH,
  }

  record Month(int number, Form form, Language language) {}

  record Weekday(DayOfWeek day, Language language) {}

  record Count(int value, Language language) {}

  record Unit(ChronoUnit unit, Language language) {}

  private final Map<String, Month> months = new HashMap<>();
  private final Map<String, Weekday> weekdays = new HashMap<>();
  private final Map<String, Count> counts = new HashMap<>();
  private final Map<String, Unit> units = new HashMap<>();

  private Lexicon() {}

  // ---------------------------------------------------------------------------------------------
  // Lookups
  // ---------------------------------------------------------------------------------------------

  Optional<Month> month(String key) {
    return Optional.ofNullable(months.get(key));
  }

  Optional<Weekday> weekday(String key) {
    return Optional.ofNullable(weekdays.get(key));
  }

  Optional<Count> count(String key) {
    return Optional.ofNullable(counts.get(key));
  }

  Optional<Unit> unit(String key) {
    return Optional.ofNullable(units.get(key));
  }

  // ---------------------------------------------------------------------------------------------
  // Tables
  // ---------------------------------------------------------------------------------------------

  static Lexicon standard() {
    Lexicon x = new Lexicon();
    String[] en = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"
    };
    String[] enShort = {
      "jan", "feb", "mar", "apr", null, "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int m = 1; m <= 12; m++) {
      x.months.put(en[m - 1], new Month(m, Form.ENGLISH, Language.ENGLISH));
      if (enShort[m - 1] != null) {
        x.months.put(enShort[m - 1], new Month(m, Form.ENGLISH, Language.ENGLISH));
      }
    }
    x.months.put("sept", new Month(9, Form.ENGLISH, Language.ENGLISH));
    x.monthForms(
        Language.UKRAINIAN,
        "січень січня січні",
        "лютий лютого лютому",
        "березень березня березні",
        "квітень квітня квітні",
        "травень травня травні",
        "червень червня червні",
        "липень липня липні",
        "серпень серпня серпні",
        "вересень вересня вересні",
        "жовтень жовтня жовтні",
        "листопад листопада листопаді",
        "грудень грудня грудні");
    x.monthForms(
        Language.RUSSIAN,
        "январь января январе",
        "февраль февраля феврале",
        "март марта марте",
        "апрель апреля апреле",
        "май мая мае",
        "июнь июня июне",
        "июль июля июле",
        "август августа августе",
        "сентябрь сентября сентябре",
        "октябрь октября октябре",
        "ноябрь ноября ноябре",
        "декабрь декабря декабре");

    x.weekdayForms(
        Language.ENGLISH,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday");
    // Nominative/accusative, then genitive ("минулого вівторка"), then nominative where it differs.
    x.weekdayForms(
        Language.UKRAINIAN,
        "понеділок понеділка",
        "вівторок вівторка",
        "середу середи середа",
        "четвер четверга",
        "п'ятницю п'ятниці п'ятниця",
        "суботу суботи субота",
        "неділю неділі неділя");
    x.weekdayForms(
        Language.RUSSIAN,
        "понедельник понедельника",
        "вторник вторника",
        "среду среды среда",
        "четверг четверга",
        "пятницу пятницы пятница",
        "субботу субботы суббота",
        "воскресенье воскресенья");

    x.countForms(
        Language.ENGLISH,
        "a an one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten");
    x.countForms(
        Language.UKRAINIAN,
        "один одна одну",
        "два дві",
        "три",
        "чотири",
        "п'ять",
        "шість",
        "сім",
        "вісім",
        "дев'ять",
        "десять");
    x.countForms(
        Language.RUSSIAN,
        "один одна одну",
        "два две",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять");

    x.unitForms(Language.ENGLISH, ChronoUnit.DAYS, "day days");
    x.unitForms(Language.ENGLISH, ChronoUnit.WEEKS, "week weeks");
    x.unitForms(Language.ENGLISH, ChronoUnit.MONTHS, "month months");
    x.unitForms(Language.ENGLISH, ChronoUnit.YEARS, "year years");
    x.unitForms(Language.UKRAINIAN, ChronoUnit.DAYS, "день дні днів добу");
    x.unitForms(Language.UKRAINIAN, ChronoUnit.WEEKS, "тиждень тижні тижнів");
    x.unitForms(Language.UKRAINIAN, ChronoUnit.MONTHS, "місяць місяці місяців");
    x.unitForms(Language.UKRAINIAN, ChronoUnit.YEARS, "рік роки років");
    x.unitForms(Language.RUSSIAN, ChronoUnit.DAYS, "день дня дней сутки");
    x.unitForms(Language.RUSSIAN, ChronoUnit.WEEKS, "неделю недели недель");
    x.unitForms(Language.RUSSIAN, ChronoUnit.MONTHS, "месяц месяца месяцев");
    x.unitForms(Language.RUSSIAN, ChronoUnit.YEARS, "год года лет");
    return x;
  }

  private void monthForms(Language language, String... perMonth) {
    for (int m = 1; m <= 12; m++) {
      String[] forms = perMonth[m - 1].split(" ");
      months.put(forms[0], new Month(m, Form.NOMINATIVE, language));
      months.put(forms[1], new Month(m, Form.GENITIVE, language));
      months.put(forms[2], new Month(m, Form.LOCATIVE, language));
    }
  }

  private void weekdayForms(Language language, String... perDay) {
    for (int d = 1; d <= 7; d++) {
      for (String form : perDay[d - 1].split(" ")) {
        weekdays.put(form, new Weekday(DayOfWeek.of(d), language));
      }
    }
  }

  private void countForms(Language language, String... perValue) {
    for (int v = 1; v <= perValue.length; v++) {
      for (String form : perValue[v - 1].split(" ")) {
        counts.put(form, new Count(v, language));
      }
    }
  }

  private void unitForms(Language language, ChronoUnit unit, String forms) {
    for (String form : forms.split(" ")) {
      units.put(form, new Unit(unit, language));
    }
  }
}
