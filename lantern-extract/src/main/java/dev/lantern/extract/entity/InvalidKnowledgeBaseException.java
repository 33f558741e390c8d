package dev.lantern.extract.entity;

import dev.lantern.extract.ExtractException;

/**
 * A knowledge-base file could not be read or has a malformed row. The message names the file, the
 * line and the rule that failed.
 */
public final class InvalidKnowledgeBaseException extends ExtractException {
  private static final long serialVersionUID = 1L;

  public InvalidKnowledgeBaseException(String message) {
    super(message);
  }

  public InvalidKnowledgeBaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
