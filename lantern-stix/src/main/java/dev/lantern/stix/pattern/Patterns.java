package dev.lantern.stix.pattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds the patterns Lantern writes for indicators, quoting and escaping values correctly. Every
 * result prints as valid STIX and parses back to an equal {@link Pattern}.
 *
 * <p>Arguments that cannot form a valid pattern (a bad object type, a malformed hash) throw {@link
 * IllegalArgumentException} naming the rule.
 */
public final class Patterns {
  private Patterns() {}

  /**
   * Returns {@code [objectType:property = 'value']}, e.g. {@code equals("ipv4-addr", "value",
   * "198.51.100.7")} gives {@code [ipv4-addr:value = '198.51.100.7']}.
   *
   * @param objectType an SCO type such as {@code domain-name}
   * @param property a top-level property name such as {@code value}
   * @param value the string compared with; any characters, escaped as needed
   */
  public static Pattern equals(String objectType, String property, String value) {
    return single(Comparison.equal(ObjectPath.of(objectType, property), literal(value)));
  }

  /**
   * Returns {@code [file:hashes.'ALGORITHM' = 'value']}, e.g. {@code fileHash("SHA-256", hex)}.
   *
   * <p>For MD5, SHA-1, SHA-256, SHA-512, SHA3-256 and SHA3-512 the value must be hexadecimal of the
   * algorithm's length; it is written in lower case. Other algorithms (SSDEEP, TLSH, …) are written
   * as given.
   *
   * @param algorithm a hash algorithm name from the STIX hash-algorithm vocabulary
   * @param value the hash
   */
  public static Pattern fileHash(String algorithm, String value) {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(value, "value");
    int hexLength = hexLength(algorithm);
    String written = value;
    if (hexLength > 0) {
      if (value.length() != hexLength || !HexLiteral.isHex(value)) {
        throw new IllegalArgumentException(
            algorithm
                + " hash must be "
                + hexLength
                + " hex digits but was "
                + value.length()
                + " characters: '"
                + value
                + "'");
      }
      written = value.toLowerCase(Locale.ROOT);
    } else if (value.isEmpty()) {
      throw new IllegalArgumentException(algorithm + " hash must not be empty");
    }
    return single(
        Comparison.equal(ObjectPath.of("file", "hashes", algorithm), new StringLiteral(written)));
  }

  /**
   * Returns {@code [objectType:property IN ('a', 'b', …)]} for one or more string values, in the
   * order given.
   */
  public static Pattern in(String objectType, String property, Collection<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "IN needs at least one value for " + objectType + ":" + property);
    }
    List<Literal> elements = new ArrayList<>(values.size());
    for (String value : values) {
      elements.add(literal(value));
    }
    return single(
        new Comparison(
            ObjectPath.of(objectType, property),
            ComparisonOperator.IN,
            false,
            new SetLiteral(elements)));
  }

  /**
   * Returns the patterns joined by {@code OR}: a match of any one of them matches. A single pattern
   * is returned as it is.
   */
  public static Pattern anyOf(List<Pattern> patterns) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("anyOf needs at least one pattern");
    }
    if (patterns.size() == 1) {
      return patterns.get(0);
    }
    List<ObservationExpression> roots = new ArrayList<>(patterns.size());
    for (Pattern pattern : patterns) {
      roots.add(pattern.root());
    }
    return new Pattern(new CompoundObservation(ObservationOperator.OR, roots));
  }

  private static Pattern single(Comparison comparison) {
    return new Pattern(new Observation(comparison));
  }

  private static StringLiteral literal(String value) {
    return new StringLiteral(Objects.requireNonNull(value, "value"));
  }

  /** Hex digits in a hash of {@code algorithm}, or 0 when it is not a fixed-length hex hash. */
  private static int hexLength(String algorithm) {
    switch (algorithm.toUpperCase(Locale.ROOT)) {
      case "MD5":
        return 32;
      case "SHA-1":
        return 40;
      case "SHA-256":
      case "SHA3-256":
        return 64;
      case "SHA-512":
      case "SHA3-512":
        return 128;
      default:
        return 0;
    }
  }
}
