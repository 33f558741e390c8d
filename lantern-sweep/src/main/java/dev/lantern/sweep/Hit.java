package dev.lantern.sweep;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where an indicator was seen.
 *
 * @param file the input as named by the caller ({@code -} for standard input)
 * @param line 1-based line number
 * @param offset byte offset of the value's first byte (in the decompressed stream for gzip)
 * @param value the value as written in the log
 * @param indicator the indicator it matched (its type is the hit's type)
 * @param field the field the value stood in (JSON key, Zeek or CSV column), when the format has
 *     fields
 * @param time the time of the log line, when a timestamp was recognised
 */
public record Hit(
    String file,
    long line,
    long offset,
    String value,
    Indicator indicator,
    Optional<String> field,
    Optional<Instant> time) {
  public Hit {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(time, "time");
  }

  /** The matched indicator's type. */
  public IndicatorType type() {
    return indicator.type();
  }

  /** This hit with its line number moved by {@code delta} (for chunks scanned in parallel). */
  public Hit shiftLines(long delta) {
    return delta == 0 ? this : new Hit(file, line + delta, offset, value, indicator, field, time);
  }
}
