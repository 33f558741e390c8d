package dev.lantern.stix.pattern;

/**
 * Operators joining observation expressions, from the loosest binding to the tightest: {@code
 * FOLLOWEDBY}, {@code OR}, {@code AND}. All are left-associative.
 */
public enum ObservationOperator {
  /** The left side matches, then (at a later or equal time) the right side matches. */
  FOLLOWEDBY,
  /** Either side matches. */
  OR,
  /** Both sides match, on different observations. */
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
