package dev.lantern.stix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * STIX timestamps: RFC 3339 in, RFC 3339 UTC out.
 *
 * <p>Input accepts any fractional precision (none up to nanoseconds), {@code Z}/{@code z} or a
 * numeric offset, and {@code T}/{@code t}. Output is UTC with {@code Z} and exactly three
 * fractional digits ({@code 2024-02-06T10:00:00.000Z}) unless the instant carries sub-millisecond
 * detail, in which case six or nine digits are written so that nothing read is lost.
 *
 * <p>Design note: nearly every timestamp read or written is UTC with a {@code Z}, and parsing or
 * formatting one with {@link DateTimeFormatter} costs more than the rest of reading a small object.
 * That form is therefore read and written by hand; anything else (a numeric offset, a day the month
 * does not have, stray characters) goes to the formatters, which stay the definition: the
 * hand-written path only ever returns what they would.
 */
public final class StixTimestamp {
  private static final DateTimeFormatter INPUT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter();

  /** Epoch seconds of 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
  private static final long MIN_SECOND = -62_167_219_200L;

  private static final long END_SECOND = 253_402_300_800L;
  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private StixTimestamp() {}

  /**
   * Parses an RFC 3339 timestamp.
   *
   * @throws InvalidStixException naming the value when it is not RFC 3339
   */
  public static Instant parse(String text) {
    if (text == null || text.length() > 64) {
      throw new InvalidStixException(
          "timestamp \"" + StixText.excerpt(text) + "\" is not RFC 3339");
    }
    return parseUtc(text).orElseGet(() -> parseWithFormatter(text));
  }

  /** {@link #parse} by the formatter alone: the definition the hand-written path follows. */
  static Instant parseWithFormatter(String text) {
    try {
      Instant instant = OffsetDateTime.parse(text, INPUT).toInstant();
      int year = instant.atOffset(ZoneOffset.UTC).getYear();
      if (year < 0 || year > 9999) {
        throw new InvalidStixException(
            "timestamp \"" + text + "\" is outside the years 0000-9999 that RFC 3339 can express");
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw new InvalidStixException(
          "timestamp \""
              + StixText.excerpt(text)
              + "\" is not RFC 3339; write it like 2024-02-06T10:00:00.000Z",
          e);
    }
  }

  /** Formats in UTC with millisecond precision (more only when the instant has it). */
  public static String format(Instant instant) {
    int nanos = instant.getNano();
    return format(instant, nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9);
  }

  /**
   * Formats in UTC with exactly {@code digits} fractional digits (3, 6 or 9), finer detail cut off.
   *
   * @throws IllegalArgumentException for another digit count
   * @throws InvalidStixException when the instant is outside the years 0000-9999
   */
  public static String format(Instant instant, int digits) {
    if (digits != 3 && digits != 6 && digits != 9) {
      throw new IllegalArgumentException("fraction digits must be 3, 6 or 9, not " + digits);
    }
    long second = instant.getEpochSecond();
    if (second < MIN_SECOND || second >= END_SECOND) {
      throw new InvalidStixException(
          "timestamp " + instant + " is outside the years 0000-9999 that RFC 3339 can express");
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
    int inDay = (int) Math.floorMod(second, 86_400);
    char[] out = new char[21 + digits];
    digits(out, 0, date.getYear(), 4);
    out[4] = '-';
    digits(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, inDay / 3600, 2);
    out[13] = ':';
    digits(out, 14, inDay / 60 % 60, 2);
    out[16] = ':';
    digits(out, 17, inDay % 60, 2);
    out[19] = '.';
    digits(out, 20, instant.getNano() / NANO_SCALE[digits], digits);
    out[20 + digits] = 'Z';
    return new String(out);
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * Reads {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} by hand: 0 to 9 fraction digits, {@code T} and
   * {@code Z} in either case, every field in range and the day present in its month (no leap
   * seconds, which {@link Instant} cannot hold).
   *
   * @return the instant, or empty for any other text
   */
  public static Optional<Instant> parseUtc(String t) {
    int n = t.length();
    if (n < 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || (t.charAt(10) | 0x20) != 't'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || (t.charAt(n - 1) | 0x20) != 'z') {
      return Optional.empty();
    }
    int year = number(t, 0, 4);
    int month = number(t, 5, 2);
    int day = number(t, 8, 2);
    int hour = number(t, 11, 2);
    int minute = number(t, 14, 2);
    int second = number(t, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    int nanos = 0;
    if (n > 20) {
      int fraction = n - 21;
      if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return Optional.empty();
      }
      nanos = number(t, 20, fraction);
      if (nanos < 0) {
        return Optional.empty();
      }
      nanos *= NANO_SCALE[fraction];
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Optional.of(
        Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second, nanos));
  }

  /** The decimal number in {@code t[at, at + width)}, or -1 when a character is not a digit. */
  private static int number(String t, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      int d = t.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }
}
