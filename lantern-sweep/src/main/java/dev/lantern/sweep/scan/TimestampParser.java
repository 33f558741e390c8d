package dev.lantern.sweep.scan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Finds the time of a log line in its first few hundred bytes: a Zeek epoch ({@code
 * 1700000000.123456}) at the start, a syslog stamp ({@code Nov 28 14:03:01}, optionally after a
 * {@code <PRI>}), an ISO 8601 stamp anywhere (no zone means UTC), or a JSON epoch value anywhere.
 *
 * <p>Syslog stamps carry no year: the year is the clock's, or the previous one when that would put
 * the line more than a day in the future. Only called for lines with hits, so it may allocate.
 */
final class TimestampParser {
  private static final int WINDOW = 400;
  private static final long MIN_EPOCH = 946_684_800L; // 2000-01-01
  private static final long MAX_EPOCH = 4_102_444_800L; // 2100-01-01
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private final InstantSource clock;

  TimestampParser(InstantSource clock) {
    this.clock = clock;
  }

  /** The line's time, or null when none is recognised in {@code b[from, to)}. */
  Instant parse(byte[] b, int from, int to) {
    int end = Math.min(to, from + WINDOW);
    int i = from;
    if (i < end && b[i] == '<') {
      int j = i + 1;
      while (j < end && j < i + 5 && isDigit(b[j])) {
        j++;
      }
      if (j < end && b[j] == '>') {
        i = j + 1;
      }
    }
    Instant t = epochAt(b, i, end);
    if (t == null) {
      t = syslogAt(b, i, end);
    }
    for (int j = from; t == null && j + 19 <= end; j++) {
      if (isDigit(b[j]) && (j == from || !isDigit(b[j - 1]))) {
        t = isoAt(b, j, end);
      }
    }
    for (int j = from + 1; t == null && j + 10 <= end; j++) {
      if (isDigit(b[j]) && !isDigit(b[j - 1]) && b[j - 1] != '.') {
        t = epochAt(b, j, end);
      }
    }
    return t;
  }

  private static Instant epochAt(byte[] b, int i, int end) {
    if (i + 10 > end) {
      return null;
    }
    long s = 0;
    for (int k = 0; k < 10; k++) {
      if (!isDigit(b[i + k])) {
        return null;
      }
      s = s * 10 + (b[i + k] - '0');
    }
    int j = i + 10;
    long nanos = 0;
    if (j < end && b[j] == '.') {
      int digits = 0;
      j++;
      while (j < end && isDigit(b[j]) && digits < 9) {
        nanos = nanos * 10 + (b[j] - '0');
        digits++;
        j++;
      }
      if (digits == 0) {
        return null;
      }
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (j < end && (isDigit(b[j]) || isLetter(b[j]))) {
      return null;
    }
    if (s < MIN_EPOCH || s >= MAX_EPOCH) {
      return null;
    }
    return Instant.ofEpochSecond(s, nanos);
  }

  private Instant syslogAt(byte[] b, int i, int end) {
    if (i + 15 > end || b[i + 3] != ' ') {
      return null;
    }
    int month = -1;
    for (int m = 0; m < 12; m++) {
      if (b[i] == MONTHS.charAt(3 * m)
          && b[i + 1] == MONTHS.charAt(3 * m + 1)
          && b[i + 2] == MONTHS.charAt(3 * m + 2)) {
        month = m + 1;
      }
    }
    if (month < 0) {
      return null;
    }
    int d1 = b[i + 4] == ' ' ? 0 : digit(b[i + 4]);
    int d2 = digit(b[i + 5]);
    if (d1 < 0 || d2 < 0 || b[i + 6] != ' ') {
      return null;
    }
    int hh = two(b, i + 7);
    int mm = two(b, i + 10);
    int ss = two(b, i + 13);
    if (hh < 0 || mm < 0 || ss < 0 || b[i + 9] != ':' || b[i + 12] != ':') {
      return null;
    }
    Instant now = clock.instant();
    int year = LocalDateTime.ofInstant(now, ZoneOffset.UTC).getYear();
    Instant t = at(year, month, d1 * 10 + d2, hh, mm, ss, 0, 0);
    if (t != null && t.isAfter(now.plusSeconds(86_400))) {
      t = at(year - 1, month, d1 * 10 + d2, hh, mm, ss, 0, 0);
    }
    return t;
  }

  private static Instant isoAt(byte[] b, int i, int end) {
    int year = four(b, i);
    if (year < 0 || b[i + 4] != '-' || b[i + 7] != '-' || (b[i + 10] != 'T' && b[i + 10] != ' ')) {
      return null;
    }
    int month = two(b, i + 5);
    int day = two(b, i + 8);
    int hh = two(b, i + 11);
    int mm = two(b, i + 14);
    int ss = two(b, i + 17);
    if (month < 0 || day < 0 || hh < 0 || mm < 0 || ss < 0) {
      return null;
    }
    if (b[i + 13] != ':' || b[i + 16] != ':') {
      return null;
    }
    int j = i + 19;
    int nanos = 0;
    if (j < end && (b[j] == '.' || b[j] == ',')) {
      j++;
      int digits = 0;
      while (j < end && isDigit(b[j])) {
        if (digits < 9) {
          nanos = nanos * 10 + (b[j] - '0');
          digits++;
        }
        j++;
      }
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = 0;
    if (j < end && (b[j] == '+' || b[j] == '-')) {
      int oh = j + 3 <= end ? two(b, j + 1) : -1;
      int k = j + 3;
      if (k < end && b[k] == ':') {
        k++;
      }
      int om = k + 2 <= end ? two(b, k) : -1;
      if (oh >= 0 && om >= 0 && oh < 24 && om < 60) {
        offsetSeconds = (oh * 3600 + om * 60) * (b[j] == '-' ? -1 : 1);
      }
    }
    return at(year, month, day, hh, mm, ss, nanos, offsetSeconds);
  }

  private static Instant at(
      int year, int month, int day, int hh, int mm, int ss, int nanos, int offsetSeconds) {
    try {
      return LocalDateTime.of(year, month, day, hh, mm, ss, nanos)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int four(byte[] b, int i) {
    int a = two(b, i);
    int c = two(b, i + 2);
    return a < 0 || c < 0 ? -1 : a * 100 + c;
  }

  private static int two(byte[] b, int i) {
    int a = digit(b[i]);
    int c = digit(b[i + 1]);
    return a < 0 || c < 0 ? -1 : a * 10 + c;
  }

  private static int digit(byte c) {
    return isDigit(c) ? c - '0' : -1;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
