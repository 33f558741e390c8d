package dev.lantern.stix;

import java.util.Optional;

/**
 * Thrown when input is not valid STIX: malformed or oversized JSON, a property of the wrong JSON
 * type, a malformed identifier or timestamp, or a value object built with arguments that break its
 * contract. When the failure is inside a document the message names the object id (when known) and
 * the JSON path, e.g. {@code $.objects[3].created}; both are also available as accessors.
 */
public class InvalidStixException extends StixException {
  private final String objectId;
  private final String path;

  public InvalidStixException(String message) {
    super(message);
    this.objectId = null;
    this.path = null;
  }

  public InvalidStixException(String message, Throwable cause) {
    super(message, cause);
    this.objectId = null;
    this.path = null;
  }

  /**
   * An error located in a document.
   *
   * @param objectId the id of the object being read, or null when not yet known
   * @param path JSON path of the offending value, e.g. {@code $.objects[3].created}
   * @param problem what is wrong and, where it helps, how to fix it
   */
  public InvalidStixException(String objectId, String path, String problem, Throwable cause) {
    super(locate(objectId, path) + problem, cause);
    this.objectId = objectId;
    this.path = path;
  }

  private static String locate(String objectId, String path) {
    StringBuilder sb = new StringBuilder();
    if (path != null) {
      sb.append("at ").append(path);
    }
    if (objectId != null) {
      sb.append(sb.length() == 0 ? "in " : " in ").append(objectId);
    }
    return sb.length() == 0 ? "" : sb.append(": ").toString();
  }

  /** The id of the object that failed to read, when it was known. */
  public Optional<String> objectId() {
    return Optional.ofNullable(objectId);
  }

  /** The JSON path of the offending value, when the error is located in a document. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
