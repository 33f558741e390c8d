package dev.lantern.extract.indicator;

import dev.lantern.extract.ExtractException;

/** A warning list could not be read: missing file, malformed JSON, unsupported list type. */
public final class InvalidWarningListException extends ExtractException {
  InvalidWarningListException(String message) {
    super(message);
  }

  InvalidWarningListException(String message, Throwable cause) {
    super(message, cause);
  }
}
