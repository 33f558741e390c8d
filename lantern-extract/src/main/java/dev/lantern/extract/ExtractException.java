package dev.lantern.extract;

/**
 * Root of the unchecked exceptions the extract layer throws: unreadable documents, malformed
 * warning lists and other bad input handed to an extraction engine. Messages name the input (file,
 * line or JSON path), the rule that failed and what would fix it; they never quote document text or
 * indicator values that could be TLP-restricted.
 */
public class ExtractException extends RuntimeException {
  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }
}
