package dev.lantern.extract.document;

import dev.lantern.extract.ExtractException;

/**
 * A document could not be read: missing, too large, refused by the fetch policy, or not text. The
 * message names the document and says what to do.
 */
public final class UnreadableDocumentException extends ExtractException {
  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
