package dev.lantern.sweep;

/**
 * An indicator source that Lantern knows about but cannot serve in this build (for now: the
 * knowledge store). The command line maps it to exit code 2.
 */
public final class SourceNotAvailableException extends SweepException {
  public SourceNotAvailableException(String message) {
    super(message);
  }
}
