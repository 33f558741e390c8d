package dev.lantern.sweep;

/**
 * Root of the unchecked exceptions the sweep layer throws. Messages name the input (file, line or
 * byte offset, JSON path) and say what would fix the problem; indicator values are not echoed
 * unless they are the thing that is wrong.
 */
public class SweepException extends RuntimeException {
  public SweepException(String message) {
    super(message);
  }

  public SweepException(String message, Throwable cause) {
    super(message, cause);
  }
}
