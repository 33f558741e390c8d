package dev.lantern.stix.pattern;

/** The step {@code [*]}: any element of a list. All instances are equal. */
public record AnyIndex() implements PathStep {
  /** The shared instance. */
  public static final AnyIndex INSTANCE = new AnyIndex();

  /** Returns {@code [*]}. */
  @Override
  public String toString() {
    return "[*]";
  }
}
