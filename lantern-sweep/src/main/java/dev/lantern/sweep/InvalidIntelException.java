package dev.lantern.sweep;

/** An indicator source (list, CSV, MISP event, STIX bundle) cannot be read as a whole. */
public final class InvalidIntelException extends SweepException {
  public InvalidIntelException(String message) {
    super(message);
  }

  public InvalidIntelException(String message, Throwable cause) {
    super(message, cause);
  }
}
