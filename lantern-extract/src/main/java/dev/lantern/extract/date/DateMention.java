package dev.lantern.extract.date;

import java.util.Objects;
import java.util.Optional;

/**
 * One date expression found in a text.
 *
 * @param text the expression exactly as written, {@code text.equals(source.subSequence(start,
 *     end))}; English and Russian spans leave out a leading preposition ("last year", "прошлом
 *     году"), Ukrainian spans keep "у"/"в" before a month or weekday ("у липні 2023 року"), as the
 *     labelled corpus writes them
 * @param start offset of the first character in the source text
 * @param end offset just past the last character
 * @param value {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} according to {@code
 *     granularity}; empty when the expression is relative and what it is relative to (the
 *     publication date, or an earlier mention for "that month") is unknown
 * @param granularity how precise the expression is
 * @param relative whether the value depends on the reference date or an earlier mention ("last
 *     year", "Monday", "27 May") rather than on the expression alone ("6 February 2024")
 */
public record DateMention(
    String text,
    int start,
    int end,
    Optional<String> value,
    Granularity granularity,
    boolean relative) {

  /**
   * @throws IllegalArgumentException when the offsets are negative or reversed
   * @throws NullPointerException when a component is null
   */
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "date mention offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
  }
}
