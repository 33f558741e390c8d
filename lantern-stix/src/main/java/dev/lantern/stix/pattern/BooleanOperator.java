package dev.lantern.stix.pattern;

/**
 * Operators joining comparisons inside one observation, from the loosest binding to the tightest:
 * {@code OR}, then {@code AND}. Both are left-associative.
 */
public enum BooleanOperator {
  /** Either comparison holds. */
  OR,
  /** Both comparisons hold. */
  AND;

  /** Returns the keyword as written in a pattern. */
  public String keyword() {
    return name();
  }

  /** Binding strength: a higher value binds tighter. */
  int precedence() {
    return ordinal();
  }
}
