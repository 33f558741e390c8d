package dev.lantern.stix.pattern;

import dev.lantern.stix.StixTimestamp;
import java.time.Instant;
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
   * Parses {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} with upper-case {@code T} and {@code Z}, each
   * field in range and the day present in its month ({@link StixTimestamp#parseUtc}).
   *
   * @return the instant, or empty when the text is not such a timestamp
   */
  static Optional<Instant> parseUtc(String text) {
    boolean upperCase =
        text.length() >= 20 && text.charAt(10) == 'T' && text.charAt(text.length() - 1) == 'Z';
    return upperCase ? StixTimestamp.parseUtc(text) : Optional.empty();
  }

  /** Returns {@code t'…'}. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
