package dev.lantern.stix.pattern;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code START t'…' STOP t'…'}: matching observations must fall in {@code [start, stop)}.
 *
 * @param start the first instant of the window, in years 0000 to 9999
 * @param stop the instant the window ends, strictly after {@code start}
 */
public record StartStop(Instant start, Instant stop) implements Qualifier {
  public StartStop {
    TimestampLiteral.requirePrintable(Objects.requireNonNull(start, "start"));
    TimestampLiteral.requirePrintable(Objects.requireNonNull(stop, "stop"));
    if (!start.isBefore(stop)) {
      throw new IllegalArgumentException(
          "START must be before STOP but START was " + start + " and STOP " + stop);
    }
  }

  @Override
  public String keyword() {
    return "START";
  }

  /** Returns the qualifier in STIX syntax. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
