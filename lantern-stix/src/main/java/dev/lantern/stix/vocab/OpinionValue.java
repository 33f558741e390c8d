package dev.lantern.stix.vocab;

import dev.lantern.stix.InvalidStixException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The closed enumeration {@code opinion-enum}: how strongly the author of an opinion agrees with
 * the objects it refers to. Unlike the open vocabularies this set is fixed by the specification.
 */
public enum OpinionValue {
  STRONGLY_DISAGREE,
  DISAGREE,
  NEUTRAL,
  AGREE,
  STRONGLY_AGREE;

  /** The value as written in STIX JSON, e.g. {@code strongly-agree}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Finds the enum constant for a JSON value; empty when it is not one of the five. */
  public static Optional<OpinionValue> find(String value) {
    return Arrays.stream(values()).filter(v -> v.value().equals(value)).findFirst();
  }

  /**
   * Returns the enum constant for a JSON value.
   *
   * @throws InvalidStixException when the value is not one of the five the specification allows
   */
  public static OpinionValue of(String value) {
    return find(value)
        .orElseThrow(
            () ->
                new InvalidStixException(
                    "opinion value \""
                        + value
                        + "\" is not one of strongly-disagree, disagree, neutral, agree,"
                        + " strongly-agree"));
  }
}
