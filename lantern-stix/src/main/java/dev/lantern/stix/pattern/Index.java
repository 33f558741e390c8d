package dev.lantern.stix.pattern;

/**
 * A list index step, {@code [n]}.
 *
 * @param index the 0-based position, not negative
 */
public record Index(int index) implements PathStep {
  public Index {
    if (index < 0) {
      throw new IllegalArgumentException("a list index must not be negative but was " + index);
    }
  }

  /** Returns {@code [n]}. */
  @Override
  public String toString() {
    return "[" + index + "]";
  }
}
