package dev.lantern.stix.pattern;

import java.util.Objects;

/**
 * An observation expression restricted by a qualifier, e.g. {@code ([a] FOLLOWEDBY [b]) WITHIN 300
 * SECONDS}. Qualifiers written one after another nest: the first written is innermost.
 *
 * <p>An expression may carry each kind of qualifier at most once: a directly nested chain of
 * qualified expressions never repeats a qualifier kind (so a chain holds at most three).
 *
 * @param expression the qualified expression
 * @param qualifier the restriction
 */
public record QualifiedObservation(ObservationExpression expression, Qualifier qualifier)
    implements ObservationExpression {
  public QualifiedObservation {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(qualifier, "qualifier");
    if (alreadyQualifiedWith(expression, qualifier.getClass())) {
      throw new IllegalArgumentException(
          "the expression already has a "
              + qualifier.keyword()
              + " qualifier; an expression takes each kind of qualifier once");
    }
  }

  /** Whether {@code expression} or its directly nested qualified expressions use {@code kind}. */
  static boolean alreadyQualifiedWith(
      ObservationExpression expression, Class<? extends Qualifier> kind) {
    ObservationExpression current = expression;
    while (current instanceof QualifiedObservation q) {
      if (q.qualifier().getClass() == kind) {
        return true;
      }
      current = q.expression();
    }
    return false;
  }

  /** Returns this expression in STIX syntax. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
