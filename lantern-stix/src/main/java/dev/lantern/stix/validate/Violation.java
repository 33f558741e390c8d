package dev.lantern.stix.validate;

/**
 * One finding of {@link StixValidator}.
 *
 * @param severity {@code ERROR} breaks a MUST of STIX 2.1; {@code WARNING} breaks a SHOULD or uses
 *     a value outside a suggested vocabulary
 * @param objectId the object's id as written
 * @param path JSON path of the offending property, e.g. {@code $.objects[2].valid_until}
 * @param message what is wrong and how to fix it
 */
public record Violation(Severity severity, String objectId, String path, String message) {

  /** How serious a violation is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  @Override
  public String toString() {
    return severity + " " + objectId + " " + path + ": " + message;
  }
}
