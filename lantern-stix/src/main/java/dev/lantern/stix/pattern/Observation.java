package dev.lantern.stix.pattern;

import java.util.Objects;

/**
 * One observation expression in brackets: {@code [ comparison ]}. It matches a single observed data
 * instance for which the comparison expression holds.
 *
 * @param comparison the comparison expression inside the brackets
 */
public record Observation(ComparisonExpression comparison) implements ObservationExpression {
  public Observation {
    Objects.requireNonNull(comparison, "comparison");
  }

  /** Returns this observation in STIX syntax, brackets included. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
