package dev.lantern.stix.pattern;

/**
 * The absent value of an {@code EXISTS} comparison, which compares a path with nothing. It never
 * appears with another operator and has no written form. All instances are equal.
 */
public record NoValue() implements Literal {
  /** The shared instance. */
  public static final NoValue INSTANCE = new NoValue();

  /** Returns the empty string: EXISTS prints no value. */
  @Override
  public String toString() {
    return "";
  }
}
