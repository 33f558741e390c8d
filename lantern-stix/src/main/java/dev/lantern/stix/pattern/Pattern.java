package dev.lantern.stix.pattern;

import java.util.Objects;

/**
 * A parsed STIX 2.1 pattern (specification section 9): one observation expression tree.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} prints the pattern in canonical
 * STIX syntax, and {@code Pattern.parse(p.toString()).equals(p)} holds for every pattern.
 *
 * @param root the top observation expression
 */
public record Pattern(ObservationExpression root) {
  public Pattern {
    Objects.requireNonNull(root, "root");
  }

  /**
   * Parses STIX patterning text.
   *
   * @param text the pattern, e.g. {@code [ipv4-addr:value = '198.51.100.7']}
   * @return the syntax tree
   * @throws PatternSyntaxException if the text is not a valid STIX 2.1 pattern; the exception names
   *     the 0-based character position and what the parser expected there
   */
  public static Pattern parse(String text) {
    Objects.requireNonNull(text, "pattern text");
    return new PatternParser(text).parse();
  }

  /** Returns the pattern in canonical STIX syntax; parsing it gives back an equal pattern. */
  @Override
  public String toString() {
    return PatternPrinter.print(root);
  }
}
