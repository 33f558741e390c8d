package dev.lantern.stix.pattern;

/**
 * {@code REPEATS n TIMES}: the expression must match {@code times} times.
 *
 * @param times how often, positive
 */
public record Repeats(long times) implements Qualifier {
  public Repeats {
    if (times <= 0) {
      throw new IllegalArgumentException(
          "REPEATS takes a positive number of times but was given " + times);
    }
  }

  @Override
  public String keyword() {
    return "REPEATS";
  }

  /** Returns the qualifier in STIX syntax, e.g. {@code REPEATS 5 TIMES}. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
