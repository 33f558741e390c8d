package dev.lantern.stix.pattern;

/**
 * Comparison operators and the kind of value each takes on its right side (STIX 2.1 section 9). Any
 * of them except {@link #EXISTS} may be preceded by {@code NOT}.
 */
public enum ComparisonOperator {
  /** {@code =}: any single value. */
  EQUAL("="),
  /** {@code !=}: any single value. */
  NOT_EQUAL("!="),
  /** {@code <}: an orderable value (not a boolean). */
  LESS_THAN("<"),
  /** {@code <=}: an orderable value (not a boolean). */
  LESS_THAN_OR_EQUAL("<="),
  /** {@code >}: an orderable value (not a boolean). */
  GREATER_THAN(">"),
  /** {@code >=}: an orderable value (not a boolean). */
  GREATER_THAN_OR_EQUAL(">="),
  /** {@code IN}: a set of values. */
  IN("IN"),
  /** {@code LIKE}: a string with SQL wildcards {@code %} and {@code _}. */
  LIKE("LIKE"),
  /** {@code MATCHES}: a string holding a PCRE regular expression. */
  MATCHES("MATCHES"),
  /** {@code ISSUBSET}: a string holding a CIDR block. */
  ISSUBSET("ISSUBSET"),
  /** {@code ISSUPERSET}: a string holding a CIDR block. */
  ISSUPERSET("ISSUPERSET"),
  /** {@code EXISTS}: written before the path; takes no value ({@link NoValue}). */
  EXISTS("EXISTS");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the operator as written in a pattern, e.g. {@code <=} or {@code ISSUBSET}. */
  public String symbol() {
    return symbol;
  }

  /** Whether this operator takes {@code value} on its right side. */
  public boolean accepts(Literal value) {
    return switch (this) {
      case EQUAL, NOT_EQUAL -> !(value instanceof SetLiteral) && !(value instanceof NoValue);
      case LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL ->
          !(value instanceof SetLiteral)
              && !(value instanceof NoValue)
              && !(value instanceof BooleanLiteral);
      case IN -> value instanceof SetLiteral;
      case LIKE, MATCHES, ISSUBSET, ISSUPERSET -> value instanceof StringLiteral;
      case EXISTS -> value instanceof NoValue;
    };
  }

  /** Describes the values {@link #accepts} takes, for error messages. */
  String expectedValue() {
    return switch (this) {
      case EQUAL, NOT_EQUAL -> "a single value (a set is only allowed after IN)";
      case LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL ->
          "a number, string, timestamp, hex or binary value after " + symbol;
      case IN -> "a parenthesised set like ('a', 'b') after IN";
      case LIKE, MATCHES, ISSUBSET, ISSUPERSET -> "a quoted string after " + symbol;
      case EXISTS -> "no value after EXISTS";
    };
  }
}
