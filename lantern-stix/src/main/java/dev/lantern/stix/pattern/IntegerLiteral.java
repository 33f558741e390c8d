package dev.lantern.stix.pattern;

/**
 * An integer constant, e.g. {@code 443} or {@code -1}.
 *
 * @param value the value
 */
public record IntegerLiteral(long value) implements Literal {
  /** Returns the decimal form. */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
