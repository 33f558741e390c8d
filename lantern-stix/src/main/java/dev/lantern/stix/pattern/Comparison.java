package dev.lantern.stix.pattern;

import java.util.Objects;

/**
 * One comparison: an object path, an operator, possibly negated with {@code NOT}, and a value.
 *
 * <p>For {@link ComparisonOperator#EXISTS} (written {@code EXISTS path}) the value is always {@link
 * NoValue#INSTANCE} and {@code negated} is false; every other operator has a real value that the
 * operator {@linkplain ComparisonOperator#accepts accepts}.
 *
 * @param path what is compared
 * @param op the operator
 * @param negated whether {@code NOT} precedes the operator
 * @param value the right side; {@link NoValue#INSTANCE} exactly when {@code op} is EXISTS
 */
public record Comparison(ObjectPath path, ComparisonOperator op, boolean negated, Literal value)
    implements ComparisonExpression {
  public Comparison {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
    if (!op.accepts(value)) {
      throw new IllegalArgumentException(
          op.symbol() + " takes " + op.expectedValue() + " but was given " + value);
    }
    if (negated && op == ComparisonOperator.EXISTS) {
      throw new IllegalArgumentException("EXISTS cannot be negated with NOT");
    }
  }

  /** Returns {@code EXISTS path}. */
  public static Comparison exists(ObjectPath path) {
    return new Comparison(path, ComparisonOperator.EXISTS, false, NoValue.INSTANCE);
  }

  /** Returns {@code path = value}. */
  public static Comparison equal(ObjectPath path, Literal value) {
    return new Comparison(path, ComparisonOperator.EQUAL, false, value);
  }

  /** Returns this comparison in STIX syntax, e.g. {@code file:name = 'a.exe'}. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
