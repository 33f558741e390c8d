package dev.lantern.stix.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An object path: the STIX Cyber-observable Object type, a colon, and a property path, e.g. {@code
 * file:extensions.'windows-pebinary-ext'.sections[*].entropy}.
 *
 * @param objectType the SCO type: a–z first, then 3 to 250 characters among a–z, 0–9 and '-', no
 *     "--"
 * @param steps at least one step; the first is a {@link Property} whose name is a STIX property
 *     name (a–z, 0–9, '_'); copied
 */
public record ObjectPath(String objectType, List<PathStep> steps) {
  public ObjectPath {
    Objects.requireNonNull(objectType, "objectType");
    if (!isObjectType(objectType)) {
      throw new IllegalArgumentException("object type '" + objectType + "' " + OBJECT_TYPE_RULE);
    }
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("an object path needs at least one property");
    }
    if (!(steps.get(0) instanceof Property first) || !Property.isObjectPropertyName(first.name())) {
      throw new IllegalArgumentException(
          "an object path must start with a property name "
              + PROPERTY_NAME_RULE
              + " but was "
              + steps.get(0));
    }
  }

  static final String OBJECT_TYPE_RULE =
      "must start with a-z and have 3 to 250 characters among a-z, 0-9 and '-', without '--'";
  static final String PROPERTY_NAME_RULE = "of 1 to 250 characters among a-z, 0-9 and '_'";

  /**
   * Returns the path {@code objectType:p1.p2…} of plain property names, e.g. {@code of("file",
   * "hashes", "SHA-256")}.
   */
  public static ObjectPath of(String objectType, String... propertyNames) {
    List<PathStep> steps = new ArrayList<>(propertyNames.length);
    for (String name : propertyNames) {
      steps.add(new Property(name));
    }
    return new ObjectPath(objectType, steps);
  }

  /** Returns the property path after the colon, e.g. {@code hashes.'SHA-256'}. */
  public String propertyPath() {
    return PatternPrinter.printSteps(steps);
  }

  /** Whether {@code type} is a valid STIX 2.1 object type name. */
  static boolean isObjectType(String type) {
    if (type.length() < 3 || type.length() > 250 || type.charAt(0) < 'a' || type.charAt(0) > 'z') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!allowed || (c == '-' && previous == '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Returns {@code objectType:propertyPath}. */
  @Override
  public String toString() {
    return objectType + ":" + propertyPath();
  }
}
