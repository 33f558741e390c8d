package dev.lantern.stix.vocab;

import dev.lantern.stix.InvalidStixException;

/**
 * A term of a STIX open vocabulary: a string value that may or may not be one the specification
 * suggests. Implementations are records with named constants for the suggested values and an {@code
 * of(String)} factory that accepts new ones, so a producer is never blocked by a missing constant
 * and a validator can still warn about unusual values.
 */
public interface Vocabulary {

  /** The term exactly as it appears in STIX JSON. */
  String value();

  /** Whether the specification lists this value among the suggested ones. */
  boolean isSuggested();

  /**
   * Guard shared by the vocabulary records: a term must be non-null and non-blank.
   *
   * @throws InvalidStixException naming the vocabulary when the value is null or blank
   */
  static String requireValue(String value, String vocabulary) {
    if (value == null || value.isBlank()) {
      throw new InvalidStixException(
          vocabulary
              + " value must be a non-blank string, was "
              + (value == null ? "null" : "\"\""));
    }
    return value;
  }
}
