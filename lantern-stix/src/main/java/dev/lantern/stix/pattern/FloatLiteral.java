package dev.lantern.stix.pattern;

/**
 * A floating-point constant, e.g. {@code 7.0}. Written with a decimal point and no exponent.
 *
 * @param value a finite value; -0.0 is stored as 0.0
 */
public record FloatLiteral(double value) implements Literal {
  public FloatLiteral {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a float constant must be finite but was " + value);
    }
    if (value == 0.0) {
      value = 0.0; // one zero: -0.0 prints as 0.0 and must read back equal
    }
  }

  /** Returns the decimal form, always with a decimal point. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
