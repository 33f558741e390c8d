package dev.lantern.stix;

/**
 * Root of the exceptions the STIX layer throws: malformed JSON, objects that break the STIX 2.1
 * rules, patterns that do not parse. Messages name the object (by id or JSON path), the rule that
 * failed, and what would fix it.
 */
public class StixException extends RuntimeException {
  public StixException(String message) {
    super(message);
  }

  public StixException(String message, Throwable cause) {
    super(message, cause);
  }
}
