package dev.lantern.sweep;

/**
 * A log input could not be read to its end: missing, unreadable, a truncated gzip stream. The
 * message names the file and the byte offset reached; hits found before it are still reported.
 */
public final class UnreadableLogException extends SweepException {
  private final String file;
  private final long offset;

  public UnreadableLogException(String file, long offset, String message, Throwable cause) {
    super(file + " at byte " + offset + ": " + message, cause);
    this.file = file;
    this.offset = offset;
  }

  /** The input as the caller named it. */
  public String file() {
    return file;
  }

  /** The byte offset (of the decompressed stream) reached when reading failed. */
  public long offset() {
    return offset;
  }
}
