package dev.lantern.stix.pattern;

/**
 * A boolean constant, written {@code true} or {@code false}.
 *
 * @param value the value
 */
public record BooleanLiteral(boolean value) implements Literal {
  /** {@code true}. */
  public static final BooleanLiteral TRUE = new BooleanLiteral(true);

  /** {@code false}. */
  public static final BooleanLiteral FALSE = new BooleanLiteral(false);

  /** Returns {@code true} or {@code false}. */
  @Override
  public String toString() {
    return Boolean.toString(value);
  }
}
