package dev.lantern.stix.pattern;

import java.util.Objects;

/**
 * A string constant. In a pattern it is written in single quotes, with {@code \'} for a quote and
 * {@code \\} for a backslash; no other escapes exist.
 *
 * @param value the unescaped text
 */
public record StringLiteral(String value) implements Literal {
  public StringLiteral {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the quoted, escaped form. */
  @Override
  public String toString() {
    return PatternPrinter.quote(value);
  }
}
