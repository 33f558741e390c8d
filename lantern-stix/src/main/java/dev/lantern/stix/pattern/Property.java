package dev.lantern.stix.pattern;

/**
 * A property name or dictionary key in an object path, e.g. {@code hashes} or {@code SHA-256}. The
 * printer quotes it ({@code 'SHA-256'}) when it is not a plain identifier.
 *
 * @param name the unquoted name, not empty
 */
public record Property(String name) implements PathStep {
  public Property {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a property name must not be empty");
    }
  }

  /**
   * Whether {@code name} may be written without quotes: a letter or '_', then letters, digits, '_'.
   */
  static boolean isPlainIdentifier(String name) {
    if (name.isEmpty() || !(isAsciiLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code name} is a valid STIX property name (the first step after the object type): 1 to
   * 250 characters among a–z, 0–9 and '_'.
   */
  static boolean isObjectPropertyName(String name) {
    if (name.isEmpty() || name.length() > 250) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Returns the step as printed after a dot, quoted when needed. */
  @Override
  public String toString() {
    return PatternPrinter.printName(name);
  }
}
