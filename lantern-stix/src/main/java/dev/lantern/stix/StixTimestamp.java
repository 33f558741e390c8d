package dev.lantern.stix;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * STIX timestamps: RFC 3339 in, RFC 3339 UTC out.
 *
 * <p>Input accepts any fractional precision (none up to nanoseconds), {@code Z}/{@code z} or a
 * numeric offset, and {@code T}/{@code t}. Output is UTC with {@code Z} and exactly three
 * fractional digits ({@code 2024-02-06T10:00:00.000Z}) unless the instant carries sub-millisecond
 * detail, in which case six or nine digits are written so that nothing read is lost.
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
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NANOS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

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
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    if (year < 0 || year > 9999) {
      throw new InvalidStixException(
          "timestamp " + instant + " is outside the years 0000-9999 that RFC 3339 can express");
    }
    int nanos = instant.getNano();
    if (nanos % 1_000_000 == 0) {
      return MILLIS.format(instant);
    }
    return nanos % 1_000 == 0 ? MICROS.format(instant) : NANOS.format(instant);
  }
}
