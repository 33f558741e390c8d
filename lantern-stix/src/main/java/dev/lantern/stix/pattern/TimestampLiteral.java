package dev.lantern.stix.pattern;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A timestamp constant, written {@code t'2024-01-01T00:00:00Z'}: an RFC 3339 date-time in UTC
 * ({@code Z}), with 0 to 9 fractional second digits. Upper-case {@code T} and {@code Z} only; leap
 * seconds ({@code :60}) are not accepted because {@link Instant} cannot hold them.
 *
 * @param value the instant, in years 0000 to 9999
 */
public record TimestampLiteral(Instant value) implements Literal {
  public TimestampLiteral {
    requirePrintable(Objects.requireNonNull(value, "value"));
  }

  private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

  /** Rejects instants outside the four-digit years a pattern timestamp can write. */
  static Instant requirePrintable(Instant instant) {
    if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
      throw new IllegalArgumentException(
          "a pattern timestamp must fall in the years 0000 to 9999 but was " + instant);
    }
    return instant;
  }

  /**
   * Parses {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} by hand (no regular expression), checking that
   * each field is in range and the day exists in its month.
   *
   * @return the instant, or empty when the text is not such a timestamp
   */
  static Optional<Instant> parseUtc(String text) {
    int n = text.length();
    if (n < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(n - 1) != 'Z') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return Optional.empty();
      }
      nanos = digits(text, 20, n - 1);
      for (int i = fractionDigits; i < 9 && nanos >= 0; i++) {
        nanos *= 10;
      }
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDateTime.of(year, month, day, hour, minute, second, nanos)
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** The decimal value of {@code text[from, to)}, or -1 if any character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Returns {@code t'…'}. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
