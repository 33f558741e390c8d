package dev.lantern.stix.pattern;

import java.util.List;
import java.util.Objects;

/**
 * Two or more observation expressions joined by one observation operator, in source order: {@code
 * [a] AND [b] AND [c]} is one node with three operands. A parenthesised group stays a separate
 * node, so {@code ([a] AND [b]) AND [c]} has a nested compound as its first operand.
 *
 * @param op the operator joining every pair of neighbouring operands
 * @param operands at least two expressions; copied
 */
public record CompoundObservation(ObservationOperator op, List<ObservationExpression> operands)
    implements ObservationExpression {
  public CompoundObservation {
    Objects.requireNonNull(op, "op");
    operands = List.copyOf(operands);
    if (operands.size() < 2) {
      throw new IllegalArgumentException(
          op + " needs at least two operands but was given " + operands.size());
    }
  }

  /** Returns this expression in STIX syntax. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
