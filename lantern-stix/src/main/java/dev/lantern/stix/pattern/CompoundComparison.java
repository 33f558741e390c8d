package dev.lantern.stix.pattern;

import java.util.List;
import java.util.Objects;

/**
 * Two or more comparison expressions joined by one boolean operator, in source order. As with
 * {@link CompoundObservation}, a parenthesised group stays a separate node.
 *
 * @param op the operator joining every pair of neighbouring operands
 * @param operands at least two expressions; copied
 */
public record CompoundComparison(BooleanOperator op, List<ComparisonExpression> operands)
    implements ComparisonExpression {
  public CompoundComparison {
    Objects.requireNonNull(op, "op");
    operands = List.copyOf(operands);
    if (operands.size() < 2) {
      throw new IllegalArgumentException(
          op + " needs at least two operands but was given " + operands.size());
    }
  }

  /** Returns this expression in STIX syntax, without brackets. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
