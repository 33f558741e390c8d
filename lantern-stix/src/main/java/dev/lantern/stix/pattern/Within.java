package dev.lantern.stix.pattern;

/**
 * {@code WITHIN n SECONDS}: every observation matching the expression must fall within a window of
 * {@code seconds} seconds.
 *
 * @param seconds the window length, positive
 */
public record Within(long seconds) implements Qualifier {
  public Within {
    if (seconds <= 0) {
      throw new IllegalArgumentException(
          "WITHIN takes a positive number of seconds but was given " + seconds);
    }
  }

  @Override
  public String keyword() {
    return "WITHIN";
  }

  /** Returns the qualifier in STIX syntax, e.g. {@code WITHIN 300 SECONDS}. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
