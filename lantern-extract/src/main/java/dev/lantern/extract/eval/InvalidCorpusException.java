package dev.lantern.extract.eval;

/** A labelled corpus that cannot be read: the message names the file and what is wrong. */
public final class InvalidCorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidCorpusException(String message) {
    super(message);
  }

  InvalidCorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
