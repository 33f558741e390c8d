package dev.lantern.extract.date;

import dev.lantern.extract.date.Lexicon.Month;
import dev.lantern.extract.date.Lexicon.Weekday;
import dev.lantern.extract.language.Language;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The date grammar: one left-to-right pass over the tokens of one text.
 *
 * <p><b>Design.</b> At each token the rules are tried longest-first; each looks at most five tokens
 * ahead and either returns a {@link Candidate} (token span, granularity, how to resolve it) or
 * {@code null}. The first match is taken and the scan resumes after it, so mentions never overlap
 * and the whole pass is linear in the number of tokens. There is no regular expression anywhere.
 * Resolution happens in the same pass, in order, so an anaphor ("that month", "the same day") takes
 * its value from the closest earlier mention.
 *
 * <p><b>Conventions</b> (chosen to match how the labelled corpus writes spans): English and Russian
 * spans leave out a leading preposition ("in", "on", "в", "во"); Ukrainian spans keep "у"/"в"/"на"
 * before a month or weekday and keep "на початку", "наприкінці", "станом на". A bare weekday means
 * the latest such day on or before the reference ("on Friday" in a Friday's paper is that day);
 * "last Friday" the latest strictly before. A bare month or a day and month without a year mean the
 * latest such month not after the reference month.
 *
 * <p><b>False positives.</b> English month and weekday names must be capitalized; a bare English
 * month ("in April") or a bare year ("since 2019") needs a preposition before it; a bare Ukrainian
 * or Russian month needs one too. Identifiers and version numbers are one token each ({@link
 * Token}), so "2023.05.4" and "CVE-2023-34362" never look like dates.
 *
 * <p><b>Measured</b> by {@code DateCorpusEvaluationTest} (our labelled corpus, which the grammar
 * was written against) and {@code AnnoCtrDateEvaluationTest} (AnnoCTR's TimeML dates, text written
 * by others; studied on the train split only).
 *
 * <p>Not thread-safe; {@link DateRecognizer} makes one per call.
 */
final class DateGrammar {

  /** Where in the calendar a mention points, given what it is resolved against. */
  @FunctionalInterface
  private interface Resolver {
    /** The first day of the year, month or the day itself; empty when unknown. */
    Optional<LocalDate> resolve(Context context);
  }

  /**
   * A match over tokens {@code [first, end)}; {@code cut} characters are dropped from the end of
   * the last token (the time in "2023-07-14T08").
   */
  private record Candidate(
      int first, int end, Granularity granularity, boolean relative, Resolver resolver, int cut) {
    Candidate(int first, int end, Granularity granularity, boolean relative, Resolver resolver) {
      this(first, end, granularity, relative, resolver, 0);
    }

    Candidate from(int newFirst) {
      return new Candidate(newFirst, end, granularity, relative, resolver, cut);
    }
  }

  /** A year written after a month or day ("2023", "2023 року", "прошлого года"). */
  private record YearSpec(int end, boolean relative, int value) {
    Optional<Integer> year(Context c) {
      return relative ? c.reference.map(r -> r.getYear() + value) : Optional.of(value);
    }
  }

  /** The reference date and the latest resolved mention at each granularity (for anaphora). */
  private static final class Context {
    final Optional<LocalDate> reference;
    LocalDate lastYear;
    LocalDate lastMonth;
    LocalDate lastDay;

    Context(Optional<LocalDate> reference) {
      this.reference = reference;
    }

    void remember(Granularity g, LocalDate d) {
      lastYear = d.withDayOfYear(1);
      if (g != Granularity.YEAR) {
        lastMonth = d.withDayOfMonth(1);
      }
      if (g == Granularity.DAY) {
        lastDay = d;
      }
    }
  }

  private static final Set<String> EN_MONTH_CONTEXT =
      Set.of(
          "in",
          "since",
          "by",
          "until",
          "till",
          "from",
          "during",
          "before",
          "after",
          "through",
          "throughout",
          "between",
          "into");
  private static final Set<String> YEAR_CONTEXT =
      Set.of(
          "in",
          "since",
          "by",
          "until",
          "till",
          "from",
          "during",
          "before",
          "after",
          "through",
          "throughout",
          "between",
          "into",
          "of",
          "around",
          "у",
          "в",
          "з",
          "із",
          "від",
          "до",
          "після",
          "с",
          "со",
          "во",
          "от",
          "после",
          "к");
  private static final Set<String> RANGE_JOINERS =
      Set.of("and", "or", "to", "-", "–", "—", "і", "й", "та", "и", "по", "до");
  private static final Set<String> UK_GENITIVE_CONTEXT =
      Set.of("з", "із", "зі", "від", "до", "після");
  private static final Set<String> RU_GENITIVE_CONTEXT =
      Set.of("с", "со", "до", "после", "от", "к");
  private static final Map<String, Integer> EN_DELTA =
      Map.of("last", -1, "past", -1, "previous", -1, "this", 0, "next", 1, "coming", 1);
  private static final Map<String, Integer> UK_DELTA_GENITIVE =
      Map.of("минулого", -1, "цього", 0, "наступного", 1, "позаминулого", -2);
  private static final Map<String, Integer> UK_DELTA_LOCATIVE =
      Map.of("минулому", -1, "цьому", 0, "наступному", 1, "позаминулому", -2);
  private static final Map<String, Integer> RU_DELTA_GENITIVE =
      Map.of("прошлого", -1, "этого", 0, "текущего", 0, "следующего", 1, "позапрошлого", -2);
  private static final Map<String, Integer> RU_DELTA_LOCATIVE =
      Map.of("прошлом", -1, "этом", 0, "текущем", 0, "следующем", 1, "позапрошлом", -2);
  private static final Map<String, Integer> DAY_WORDS =
      Map.of(
          "today",
          0,
          "yesterday",
          -1,
          "tomorrow",
          1,
          "сьогодні",
          0,
          "вчора",
          -1,
          "учора",
          -1,
          "завтра",
          1,
          "сегодня",
          0,
          "вчера",
          -1);
  private static final Set<String> RU_MODIFIERS =
      Set.of("начале", "конце", "середине", "начала", "конца", "середины");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** Units that mean "one" on their own: "рік тому", "месяц назад". */
  private static final Set<String> IMPLICIT_ONE =
      Set.of("день", "тиждень", "місяць", "рік", "неделю", "месяц", "год");

  private static final Set<String> EN_SEASONS =
      Set.of("summer", "spring", "autumn", "fall", "winter");

  private final Lexicon lexicon;
  private final Optional<Language> language;
  private final CharSequence text;
  private final List<Token> tokens;
  private int lastEnd = -1;
  private Granularity lastGranularity = Granularity.DAY;

  DateGrammar(Lexicon lexicon, Optional<Language> language, CharSequence text, List<Token> tokens) {
    this.lexicon = lexicon;
    this.language = language;
    this.text = text;
    this.tokens = tokens;
  }

  List<DateMention> parse(Optional<LocalDate> reference) {
    Context context = new Context(reference);
    List<DateMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Candidate c = match(i);
      if (c == null) {
        i++;
        continue;
      }
      Optional<LocalDate> when;
      try {
        when = c.resolver().resolve(context);
      } catch (DateTimeException | ArithmeticException e) {
        when = Optional.empty(); // e.g. "29 February" in a common year, or a reference near MAX
      }
      // A value must be writable as YYYY; a reference near LocalDate.MIN or MAX can leave that.
      when = when.filter(d -> d.getYear() >= 1 && d.getYear() <= 9999);
      when.ifPresent(d -> context.remember(c.granularity(), d));
      int start = tokens.get(c.first()).start();
      int end = tokens.get(c.end() - 1).end() - c.cut();
      mentions.add(
          new DateMention(
              text.subSequence(start, end).toString(),
              start,
              end,
              when.map(d -> format(d, c.granularity())),
              c.granularity(),
              c.relative()));
      lastEnd = c.end();
      lastGranularity = c.granularity();
      i = c.end();
    }
    return List.copyOf(mentions);
  }

  private static String format(LocalDate d, Granularity g) {
    String iso = d.toString(); // YYYY-MM-DD for years 1..9999, which parse() guarantees
    return switch (g) {
      case YEAR -> iso.substring(0, 4);
      case MONTH -> iso.substring(0, 7);
      case DAY -> iso;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Rule order
  // ---------------------------------------------------------------------------------------------

  private Candidate match(int i) {
    Candidate c;
    if ((c = numeric(i)) != null
        || (c = dayMonth(i)) != null
        || (c = ukrainianPrefixed(i)) != null
        || (c = modified(i)) != null
        || (c = englishMonth(i)) != null
        || (c = cyrillicMonth(i)) != null
        || (c = weekdays(i)) != null
        || (c = relativeWords(i)) != null
        || (c = ago(i)) != null
        || (c = year(i)) != null) {
      return c;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Absolute forms: 14.01.2022 (two-digit day and month only: 1.2.2023 is a version), 2023-07-14, 6
  // лютого 2024, February 6, 2024
  // ---------------------------------------------------------------------------------------------

  /**
   * One-token dates: {@code 2023-07-14} (also with a time, {@code 2023-07-14T08:00}), {@code
   * 14.01.2022} and {@code 14-01-2022} (day first, two-digit day and month: {@code 1.2.2023} is
   * more often a version), {@code 08/25/2018} only when the order is unambiguous, and {@code
   * 24-Apr-2020} or {@code 2008-May-31} with an English month.
   */
  private Candidate numeric(int i) {
    String s = tokens.get(i).text();
    if (s.length() > 11 && s.charAt(10) == 'T' && Character.isDigit(s.charAt(11))) {
      s = s.substring(0, 10);
    }
    char sep = s.length() > 4 ? separatorOf(s) : 0;
    if (sep == 0) {
      return null;
    }
    int cut1 = s.indexOf(sep);
    int cut2 = s.indexOf(sep, cut1 + 1);
    if (cut2 < 0 || s.indexOf(sep, cut2 + 1) >= 0) {
      return null;
    }
    String p0 = s.substring(0, cut1);
    String p1 = s.substring(cut1 + 1, cut2);
    String p2 = s.substring(cut2 + 1);
    int[] ymd =
        sep == '-' && !digits(p1) ? namedMonthDate(p0, p1, p2) : numericDate(sep, p0, p1, p2);
    if (ymd == null || ymd[0] < 1000 || !exists(ymd[0], ymd[1], ymd[2])) {
      return null;
    }
    LocalDate date = LocalDate.of(ymd[0], ymd[1], ymd[2]);
    int cut = tokens.get(i).text().length() - s.length();
    return new Candidate(i, i + 1, Granularity.DAY, false, c -> Optional.of(date), cut);
  }

  /** The one separator ('.', '-' or '/') used in {@code s}, or 0 when none or mixed. */
  private static char separatorOf(String s) {
    char sep = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '.' || c == '-' || c == '/') {
        if (sep != 0 && sep != c) {
          return 0;
        }
        sep = c;
      }
    }
    return sep;
  }

  private static int[] numericDate(char sep, String p0, String p1, String p2) {
    if (!digits(p0) || !digits(p1) || !digits(p2)) {
      return null;
    }
    int a = Integer.parseInt(p0);
    int b = Integer.parseInt(p1);
    if (sep == '-' && p0.length() == 4 && p1.length() == 2 && p2.length() == 2) {
      return new int[] {a, b, Integer.parseInt(p2)};
    }
    if (p2.length() != 4) {
      return null;
    }
    int y = Integer.parseInt(p2);
    if (sep != '/') {
      return p0.length() == 2 && p1.length() == 2 ? new int[] {y, b, a} : null;
    }
    if (p0.length() > 2 || p1.length() > 2) {
      return null;
    }
    if (a > 12 || a == b) {
      return new int[] {y, b, a};
    }
    return b > 12 ? new int[] {y, a, b} : null; // 03/04/2021: US or European? say nothing
  }

  private int[] namedMonthDate(String p0, String p1, String p2) {
    Optional<Month> month = lexicon.month(p1.toLowerCase(Locale.ROOT));
    if (month.isEmpty()
        || month.get().form() != Lexicon.Form.ENGLISH
        || !allows(Language.ENGLISH)) {
      return null;
    }
    int m = month.get().number();
    if (digits(p0) && digits(p2) && p0.length() <= 2 && p2.length() == 4) {
      return new int[] {Integer.parseInt(p2), m, Integer.parseInt(p0)};
    }
    if (digits(p0) && digits(p2) && p0.length() == 4 && p2.length() <= 2) {
      return new int[] {Integer.parseInt(p0), m, Integer.parseInt(p2)};
    }
    return null;
  }

  private static boolean digits(String s) {
    return s.length() <= 4 && Token.allDigits(s, 0, s.length());
  }

  /**
   * "6 Feb 2024", "21 June 2016", "6 лютого 2024", "8 квітня 2022 року", "27 червня минулого року".
   */
  private Candidate dayMonth(int i) {
    int d = dayNumber(i);
    if (d < 0 || !cont(i + 1)) {
      return null;
    }
    Month month = month(i + 1);
    if (month == null || !validDay(month.number(), d)) {
      return null;
    }
    int end = i + 2;
    if (month.form() == Lexicon.Form.ENGLISH && key(end).equals(".") && isYearNumber(end + 1)) {
      end++;
    }
    YearSpec ys = yearSpec(end, month.language());
    if (ys == null && cont(end) && Character.isDigit(tokens.get(end).text().charAt(0))) {
      return null; // "16 October 2020.zipx": a file name, not a date of this year
    }
    return withYear(i, end, month.number(), d, ys);
  }

  private Candidate withYear(int first, int end, int m, int d, YearSpec ys) {
    Granularity g = d > 0 ? Granularity.DAY : Granularity.MONTH;
    int day = Math.max(d, 1);
    if (ys == null) {
      return new Candidate(
          first, end, g, true, c -> c.reference.map(r -> LocalDate.of(latestYearOf(r, m), m, day)));
    }
    if (!ys.relative() && !exists(ys.value(), m, day)) {
      return null; // "29 February 2023" is no date; say nothing rather than guess
    }
    return new Candidate(
        first, ys.end(), g, ys.relative(), c -> ys.year(c).map(y -> LocalDate.of(y, m, day)));
  }

  /** English month first: "February 6, 2024", "June 2017", "December of last year", "in April". */
  private Candidate englishMonth(int i) {
    Month month = month(i);
    if (month == null || month.form() != Lexicon.Form.ENGLISH) {
      return null;
    }
    String prev = key(i - 1);
    boolean listed =
        lastEnd == i - 1
            && lastGranularity == Granularity.MONTH
            && (prev.equals(",") || prev.equals("and") || prev.equals("or"));
    return englishMonthAt(i, i, EN_MONTH_CONTEXT.contains(prev) || listed);
  }

  private Candidate englishMonthAt(int first, int i, boolean bareAllowed) {
    Month month = month(i);
    if (month == null || month.form() != Lexicon.Form.ENGLISH) {
      return null;
    }
    int m = month.number();
    int next = i + 1;
    if (month.form() == Lexicon.Form.ENGLISH && key(next).equals(".") && text(next + 1) != null) {
      if (dayNumber(next + 1) > 0 || isYearNumber(next + 1)) {
        next++;
      }
    }
    int d = cont(next) ? dayNumber(next) : -1;
    if (d > 0 && validDay(m, d) && !isYearNumber(next)) {
      int end = next + 1;
      if (key(end).equals(",") && isYearNumber(end + 1)) {
        return withYear(first, end + 1, m, d, yearSpec(end + 1, Language.ENGLISH));
      }
      return withYear(first, end, m, d, yearSpec(end, Language.ENGLISH));
    }
    YearSpec ys = yearSpec(next, Language.ENGLISH);
    if (ys == null && key(next).equals("of")) {
      ys = yearSpec(next + 1, Language.ENGLISH);
    }
    if (ys == null && !bareAllowed) {
      return null;
    }
    return withYear(first, ys == null ? next : ys.end(), m, 0, ys);
  }

  /**
   * Ukrainian and Russian months without a day: "лютого 2022 року", "декабре прошлого года", and
   * the bare month after a preposition ("декабре" after "в", "листопада" after "з").
   */
  private Candidate cyrillicMonth(int i) {
    Month month = month(i);
    if (month == null || month.form() == Lexicon.Form.ENGLISH) {
      return null;
    }
    YearSpec ys = yearSpec(i + 1, month.language());
    if (ys != null) {
      return withYear(i, i + 1, month.number(), 0, ys);
    }
    String prev = key(i - 1);
    boolean bare =
        month.language() == Language.UKRAINIAN
            ? month.form() == Lexicon.Form.GENITIVE && UK_GENITIVE_CONTEXT.contains(prev)
            : month.form() == Lexicon.Form.LOCATIVE && (prev.equals("в") || prev.equals("во"))
                || month.form() == Lexicon.Form.GENITIVE && RU_GENITIVE_CONTEXT.contains(prev);
    return bare && cont(i) ? withYear(i, i + 1, month.number(), 0, null) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Ukrainian spans that keep their preposition: у липні, в п'ятницю, на початку, станом на
  // ---------------------------------------------------------------------------------------------

  private Candidate ukrainianPrefixed(int i) {
    if (!allows(Language.UKRAINIAN)) {
      return null;
    }
    String k = key(i);
    if (k.equals("станом") && key(i + 1).equals("на") && cont(i + 1) && cont(i + 2)) {
      Candidate c = ukWeekday(i + 2);
      return c == null ? null : c.from(i);
    }
    if (k.equals("на") && cont(i + 1)) {
      if (key(i + 1).equals("початку") && cont(i + 2)) {
        Candidate inner = ukInner(i + 2);
        return inner == null ? null : inner.from(i);
      }
      Candidate c = ukWeekday(i + 1);
      return c == null ? null : c.from(i);
    }
    if (!(k.equals("у") || k.equals("в")) || !cont(i + 1)) {
      return null;
    }
    int j = i + 1;
    Month month = month(j);
    if (month != null
        && month.language() == Language.UKRAINIAN
        && month.form() == Lexicon.Form.LOCATIVE) {
      return withYear(i, j + 1, month.number(), 0, yearSpec(j + 1, Language.UKRAINIAN));
    }
    String kj = key(j);
    if ((kj.equals("кінці") || kj.equals("середині")) && cont(j + 1)) {
      Candidate inner = ukInner(j + 1);
      return inner == null ? null : inner.from(i);
    }
    Integer delta = UK_DELTA_LOCATIVE.get(kj);
    if (delta != null && cont(j + 1)) {
      Candidate c = relativePeriod(j, key(j + 1), delta, "році", "місяці");
      if (c != null) {
        return c.from(i);
      }
    }
    if (isYearNumber(j) && key(j + 1).equals("році") && cont(j + 1)) {
      int y = tokens.get(j).number();
      return new Candidate(
          i, j + 2, Granularity.YEAR, false, c -> Optional.of(LocalDate.of(y, 1, 1)));
    }
    Candidate c = ukWeekday(j);
    return c == null ? null : c.from(i);
  }

  private Candidate ukWeekday(int j) {
    int day = j;
    boolean strict = false;
    if (key(j).startsWith("минул") && cont(j + 1)) {
      day = j + 1;
      strict = true;
    }
    Weekday w = weekday(day);
    if (w == null || w.language() != Language.UKRAINIAN) {
      return null;
    }
    return weekdayCandidate(j, day + 1, w.day(), strict ? -1 : 0);
  }

  /**
   * What follows "на початку", "наприкінці", "у середині": a month with optional year, or a year.
   */
  private Candidate ukInner(int j) {
    Month month = month(j);
    if (month != null && month.language() == Language.UKRAINIAN) {
      return withYear(j, j + 1, month.number(), 0, yearSpec(j + 1, Language.UKRAINIAN));
    }
    YearSpec ys = yearSpec(j, Language.UKRAINIAN);
    return ys == null ? null : yearCandidate(j, ys);
  }

  // ---------------------------------------------------------------------------------------------
  // Modifiers: early March, late 2020, mid-2021, наприкінці грудня, кінця 2014 року, в начале мая
  // ---------------------------------------------------------------------------------------------

  private Candidate modified(int i) {
    String k = key(i);
    if (allows(Language.ENGLISH)) {
      if ((k.equals("early") || k.equals("late") || k.equals("mid")) && cont(i + 1)) {
        Candidate inner = englishModified(i, i + 1);
        if (inner != null) {
          return inner;
        }
      }
      if (k.startsWith("mid-") && k.length() > 4) {
        return englishMidCompound(i);
      }
    }
    if (allows(Language.UKRAINIAN)
        && (k.equals("наприкінці")
            || k.equals("початку")
            || k.equals("кінця")
            || k.equals("середини"))
        && cont(i + 1)) {
      Candidate inner = ukInner(i + 1);
      if (inner != null) {
        return inner.from(i);
      }
    }
    if (allows(Language.RUSSIAN) && RU_MODIFIERS.contains(k) && cont(i + 1)) {
      Month month = month(i + 1);
      if (month != null && month.language() == Language.RUSSIAN) {
        return withYear(i, i + 2, month.number(), 0, yearSpec(i + 2, Language.RUSSIAN));
      }
      YearSpec ys = yearSpec(i + 1, Language.RUSSIAN);
      if (ys != null) {
        return yearCandidate(i + 1, ys).from(i);
      }
    }
    return null;
  }

  private Candidate englishModified(int first, int j) {
    if (month(j) != null) {
      return englishMonthAt(first, j, true);
    }
    if (isYearNumber(j)) {
      return yearCandidate(j, yearSpec(j, Language.ENGLISH)).from(first);
    }
    Integer delta = EN_DELTA.get(key(j));
    if (delta != null && cont(j + 1)) {
      Candidate c = relativePeriod(j, key(j + 1), delta, "year", "month");
      return c == null ? null : c.from(first);
    }
    return null;
  }

  /** "mid-July", "mid-2021", optionally followed by a year: "mid-July 2022". */
  private Candidate englishMidCompound(int i) {
    Token t = tokens.get(i);
    String rest = t.text().substring(4);
    Optional<Month> month = lexicon.month(rest.toLowerCase(Locale.ROOT));
    if (month.isPresent() && month.get().form() == Lexicon.Form.ENGLISH) {
      int m = month.get().number();
      return withYear(i, i + 1, m, 0, yearSpec(i + 1, Language.ENGLISH));
    }
    if (rest.length() == 4 && Token.allDigits(rest, 0, 4)) {
      int y = Integer.parseInt(rest);
      return new Candidate(
          i, i + 1, Granularity.YEAR, false, c -> Optional.of(LocalDate.of(y, 1, 1)));
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Weekdays: Monday, last Tuesday, в пятницу, прошлую пятницу (Ukrainian ones are above)
  // ---------------------------------------------------------------------------------------------

  private Candidate weekdays(int i) {
    String k = key(i);
    if (allows(Language.ENGLISH) && cont(i + 1)) {
      int direction = k.equals("last") ? -1 : k.equals("next") ? 1 : 0;
      Weekday w = weekday(i + 1);
      if (direction != 0 && w != null && w.language() == Language.ENGLISH) {
        return weekdayCandidate(i, i + 2, w.day(), direction);
      }
    }
    if (allows(Language.RUSSIAN) && k.startsWith("прошл") && cont(i + 1)) {
      Weekday w = weekday(i + 1);
      if (w != null && w.language() == Language.RUSSIAN) {
        return weekdayCandidate(i, i + 2, w.day(), -1);
      }
    }
    Weekday w = weekday(i);
    if (w == null) {
      return null;
    }
    if (w.language() == Language.ENGLISH && key(i + 1).equals(",") && cont(i + 1) && cont(i + 2)) {
      Candidate date = numeric(i + 2);
      if (date == null) {
        date = dayMonth(i + 2);
      }
      if (date == null) {
        date = englishMonthAt(i + 2, i + 2, false);
      }
      if (date != null && date.granularity() == Granularity.DAY) {
        return date.from(i); // "Monday, March 23, 2020": the date says which Monday
      }
    }
    return switch (w.language()) {
      case ENGLISH -> weekdayCandidate(i, i + 1, w.day(), 0);
      case RUSSIAN ->
          (key(i - 1).equals("в") || key(i - 1).equals("во")) && cont(i)
              ? weekdayCandidate(i, i + 1, w.day(), 0)
              : null;
      case UKRAINIAN -> null; // only with a preposition, handled in ukrainianPrefixed
    };
  }

  /**
   * @param direction 0: latest on or before the reference; -1: strictly before; 1: strictly after
   */
  private static Candidate weekdayCandidate(int first, int end, DayOfWeek day, int direction) {
    return new Candidate(
        first,
        end,
        Granularity.DAY,
        true,
        c ->
            c.reference.map(
                r -> {
                  if (direction > 0) {
                    int ahead = (day.getValue() - r.getDayOfWeek().getValue() + 7) % 7;
                    return r.plusDays(ahead == 0 ? 7 : ahead);
                  }
                  int back = (r.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
                  return r.minusDays(back == 0 && direction < 0 ? 7 : back);
                }));
  }

  // ---------------------------------------------------------------------------------------------
  // Relative words: last year, earlier this month, торік, минулого року, прошлом году, today
  // ---------------------------------------------------------------------------------------------

  private Candidate relativeWords(int i) {
    String k = key(i);
    Integer dayDelta = DAY_WORDS.get(k);
    if (dayDelta != null && allowsWord(k)) {
      return new Candidate(
          i, i + 1, Granularity.DAY, true, c -> c.reference.map(r -> r.plusDays(dayDelta)));
    }
    if (allows(Language.ENGLISH)) {
      Candidate c = englishRelative(i, k);
      if (c != null) {
        return c;
      }
    }
    if (allows(Language.UKRAINIAN)) {
      int delta =
          switch (k) {
            case "торік" -> -1;
            case "позаторік" -> -2;
            case "цьогоріч" -> 0;
            default -> k.startsWith("торішн") ? -1 : Integer.MIN_VALUE;
          };
      if (delta != Integer.MIN_VALUE) {
        return yearCandidate(i, new YearSpec(i + 1, true, delta));
      }
      Integer d = UK_DELTA_GENITIVE.get(k);
      if (d != null && cont(i + 1)) {
        Candidate c = relativePeriod(i, key(i + 1), d, "року", "місяця");
        if (c != null) {
          return c;
        }
      }
    }
    if (allows(Language.RUSSIAN)) {
      if (k.startsWith("прошлогодн")) {
        return yearCandidate(i, new YearSpec(i + 1, true, -1));
      }
      Integer d = RU_DELTA_GENITIVE.get(k);
      if (d == null) {
        d = RU_DELTA_LOCATIVE.get(k);
      }
      if (d != null && cont(i + 1)) {
        Candidate c =
            RU_DELTA_LOCATIVE.containsKey(k)
                ? relativePeriod(i, key(i + 1), d, "году", "месяце")
                : relativePeriod(i, key(i + 1), d, "года", "месяца");
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private Candidate englishRelative(int i, String k) {
    int j = i;
    if ((k.equals("earlier") || k.equals("later")) && cont(i + 1)) {
      j = i + 1; // "early"/"late"/"mid" are handled with the modifiers
    }
    Integer delta = EN_DELTA.get(key(j));
    if (delta != null && cont(j + 1)) {
      Candidate c = relativePeriod(j, key(j + 1), delta, "year", "month");
      if (c == null && EN_SEASONS.contains(key(j + 1))) {
        c = yearCandidate(j, new YearSpec(j + 2, true, delta));
      }
      if (c != null) {
        return c.from(i);
      }
    }
    if (EN_SEASONS.contains(k)) {
      int y = key(i + 1).equals("of") ? i + 2 : i + 1;
      if (isYearNumber(y) && cont(i + 1) && cont(y)) {
        return yearCandidate(i, new YearSpec(y + 1, false, tokens.get(y).number()));
      }
    }
    boolean that = k.equals("that");
    boolean same = k.equals("the") && key(i + 1).equals("same") && cont(i + 1);
    if ((that || same) && cont(i + (that ? 1 : 2))) {
      int u = i + (that ? 1 : 2);
      return switch (key(u)) {
        case "day" ->
            new Candidate(i, u + 1, Granularity.DAY, true, c -> Optional.ofNullable(c.lastDay));
        case "month" ->
            new Candidate(i, u + 1, Granularity.MONTH, true, c -> Optional.ofNullable(c.lastMonth));
        case "year" ->
            new Candidate(i, u + 1, Granularity.YEAR, true, c -> Optional.ofNullable(c.lastYear));
        default -> null;
      };
    }
    return null;
  }

  /** "{delta} year|month" in any language: the unit word decides the granularity. */
  private static Candidate relativePeriod(
      int first, String unit, int delta, String yearWord, String monthWord) {
    if (unit.equals(yearWord) || unit.equals(yearWord + "'s")) {
      return yearCandidate(first, new YearSpec(first + 2, true, delta));
    }
    if (unit.equals(monthWord) || unit.equals(monthWord + "'s")) {
      return new Candidate(
          first,
          first + 2,
          Granularity.MONTH,
          true,
          c -> c.reference.map(r -> r.withDayOfMonth(1).plusMonths(delta)));
    }
    return null;
  }

  /** "two weeks ago", "два тижні тому", "месяц назад", "3 days ago". */
  private Candidate ago(int i) {
    int count = 1;
    int u = i;
    Optional<Lexicon.Count> word = lexicon.count(key(i));
    int n = tokens.get(i).number();
    if (word.isPresent() || (n > 0 && n < 1000)) {
      count = word.map(Lexicon.Count::value).orElse(n);
      u = i + 1;
      if (!cont(u)) {
        return null;
      }
    }
    if (u == i && !IMPLICIT_ONE.contains(key(u))) {
      return null; // "days ago", "a few months ago": no number to count with
    }
    Optional<Lexicon.Unit> unit = lexicon.unit(key(u));
    String after = key(u + 1);
    if (unit.isEmpty()
        || !cont(u + 1)
        || !(after.equals("ago") || after.equals("тому") || after.equals("назад"))) {
      return null;
    }
    ChronoUnit cu = unit.get().unit();
    long amount = count;
    Granularity g =
        switch (cu) {
          case YEARS -> Granularity.YEAR;
          case MONTHS -> Granularity.MONTH;
          default -> Granularity.DAY;
        };
    return new Candidate(
        i, u + 2, g, true, c -> c.reference.map(r -> r.minus(amount, cu)).map(d -> truncate(d, g)));
  }

  private static LocalDate truncate(LocalDate d, Granularity g) {
    return switch (g) {
      case YEAR -> d.withDayOfYear(1);
      case MONTH -> d.withDayOfMonth(1);
      case DAY -> d;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Years: 2019 року, 2021 года, since 2019, between 2011 and 2018
  // ---------------------------------------------------------------------------------------------

  private Candidate year(int i) {
    if (!isYearNumber(i)) {
      return null;
    }
    int y = tokens.get(i).number();
    if (y < 1900 || y > 2099) {
      return null;
    }
    YearSpec ys = yearAt(i, null);
    boolean suffixed = ys != null && ys.end() > i + 1;
    boolean context =
        (YEAR_CONTEXT.contains(key(i - 1))
                || key(i - 1).equals("least")
                    && key(i - 2).equals("at")
                    && YEAR_CONTEXT.contains(key(i - 3))
                || key(i - 1).equals("(") && key(i + 1).equals(")"))
            && cont(i);
    boolean range =
        lastEnd == i - 1
            && lastGranularity == Granularity.YEAR
            && RANGE_JOINERS.contains(key(i - 1))
            && cont(i);
    if (!suffixed && !context && !range) {
      return null;
    }
    if (!suffixed && tokens.size() > i + 1 && cont(i + 1) && key(i + 1).equals("%")) {
      return null;
    }
    return yearCandidate(i, ys != null ? ys : new YearSpec(i + 1, false, y));
  }

  private static Candidate yearCandidate(int first, YearSpec ys) {
    return new Candidate(
        first,
        ys.end(),
        Granularity.YEAR,
        ys.relative(),
        c -> ys.year(c).map(y -> LocalDate.of(y, 1, 1)));
  }

  /**
   * A year at token {@code j}: a four-digit number with the Ukrainian or Russian word for year
   * after it when present ("2023 року", "2024 г."), or "минулого року" / "прошлого года".
   *
   * @param lang the language of the word before, or null for any
   */
  private YearSpec yearSpec(int j, Language lang) {
    return cont(j) ? yearAt(j, lang) : null;
  }

  /**
   * As {@link #yearSpec} but for a year that starts a phrase (no check against the token before).
   */
  private YearSpec yearAt(int j, Language lang) {
    if (isYearNumber(j)) {
      int y = tokens.get(j).number();
      int end = j + 1;
      String k = key(end);
      if (cont(end)) {
        boolean uk = lang != Language.ENGLISH && lang != Language.RUSSIAN;
        boolean ru = lang != Language.ENGLISH && lang != Language.UKRAINIAN;
        if (uk && (k.equals("року") || k.equals("році") || k.equals("рік"))
            || ru && (k.equals("года") || k.equals("году") || k.equals("год"))) {
          end++;
        } else if (uk && k.equals("р") || ru && k.equals("г")) {
          end++;
          if (key(end).equals(".") && cont(end)) {
            end++;
          }
        }
      }
      return new YearSpec(end, false, y);
    }
    String k = key(j);
    if (lang != Language.ENGLISH && lang != Language.RUSSIAN) {
      Integer d = UK_DELTA_GENITIVE.get(k);
      if (d != null && key(j + 1).equals("року") && cont(j + 1)) {
        return new YearSpec(j + 2, true, d);
      }
    }
    if (lang != Language.ENGLISH && lang != Language.UKRAINIAN) {
      Integer d = RU_DELTA_GENITIVE.get(k);
      if (d != null && key(j + 1).equals("года") && cont(j + 1)) {
        return new YearSpec(j + 2, true, d);
      }
    }
    if (lang == Language.ENGLISH) {
      Integer d = EN_DELTA.get(k);
      if (d != null && key(j + 1).equals("year") && cont(j + 1)) {
        return new YearSpec(j + 2, true, d);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Token access
  // ---------------------------------------------------------------------------------------------

  /** The key of token {@code j}, or "" outside the text. */
  private String key(int j) {
    return j >= 0 && j < tokens.size() ? tokens.get(j).key() : "";
  }

  private String text(int j) {
    return j >= 0 && j < tokens.size() ? tokens.get(j).text() : null;
  }

  /** Whether token {@code j} exists and continues the phrase of token {@code j - 1}. */
  private boolean cont(int j) {
    return j > 0 && j < tokens.size() && !tokens.get(j).lineBreakBefore();
  }

  private boolean allows(Language l) {
    return language.isEmpty() || language.get() == l;
  }

  private boolean allowsWord(String key) {
    char c = key.charAt(0);
    boolean latin = c < 0x80;
    return latin
        ? allows(Language.ENGLISH)
        : allows(Language.UKRAINIAN) || allows(Language.RUSSIAN);
  }

  private Month month(int j) {
    if (j < 0 || j >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(j);
    Month m = lexicon.month(t.key()).orElse(null);
    if (m == null || !allows(m.language())) {
      return null;
    }
    return m.form() == Lexicon.Form.ENGLISH && !t.isCapitalized() ? null : m;
  }

  private Weekday weekday(int j) {
    if (j < 0 || j >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(j);
    Weekday w = lexicon.weekday(t.key()).orElse(null);
    if (w == null || !allows(w.language())) {
      return null;
    }
    return w.language() == Language.ENGLISH && !t.isCapitalized() ? null : w;
  }

  /** A day of month at token {@code j} ("6", "06", "6th"), or -1. */
  private int dayNumber(int j) {
    String s = text(j);
    if (s == null) {
      return -1;
    }
    int digits = 0;
    while (digits < s.length() && digits < 3 && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return -1;
    }
    String suffix = s.substring(digits).toLowerCase(Locale.ROOT);
    if (!(suffix.isEmpty() || ORDINAL_SUFFIXES.contains(suffix))) {
      return -1;
    }
    int d = Integer.parseInt(s, 0, digits, 10);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private boolean isYearNumber(int j) {
    String s = text(j);
    return s != null && s.length() == 4 && Token.allDigits(s, 0, 4) && s.charAt(0) != '0';
  }

  private static boolean exists(int y, int m, int d) {
    return validDay(m, d) && d <= YearMonth.of(y, m).lengthOfMonth();
  }

  private static boolean validDay(int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= java.time.Month.of(m).maxLength();
  }

  private static int latestYearOf(LocalDate reference, int month) {
    return month <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
  }
}
