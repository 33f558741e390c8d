package dev.lantern.store.interop;

import dev.lantern.store.StoreException;

/**
 * An import input that cannot be stored: unreadable or malformed JSON, a document of the wrong
 * kind, an object that breaks STIX, a relationship that points at nothing. The message names the
 * source (file or URL), the place (JSON path, or line and column for broken JSON) and what to do.
 * When this is thrown, nothing of that input was stored.
 */
public final class InvalidImportException extends StoreException {
  private final String source;
  private final String place;

  public InvalidImportException(String source, String place, String problem) {
    this(source, place, problem, null);
  }

  public InvalidImportException(String source, String place, String problem, Throwable cause) {
    super(source + ": " + (place.isEmpty() ? "" : "at " + place + ": ") + problem, cause);
    this.source = source;
    this.place = place;
  }

  /** The file or URL. */
  public String source() {
    return source;
  }

  /** JSON path or line/column of the problem; empty when it concerns the whole input. */
  public String place() {
    return place;
  }
}
