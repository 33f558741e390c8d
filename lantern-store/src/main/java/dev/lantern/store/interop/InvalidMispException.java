package dev.lantern.store.interop;

import dev.lantern.store.StoreException;

/**
 * A MISP document that cannot be converted: not a MISP event, an attribute of a type MISP does not
 * define, a value that does not fit its type, a malformed timestamp. The message names the source
 * (file or URL), the JSON path (e.g. {@code $.Event.Attribute[3].type}) and what to do; nothing of
 * the event is converted.
 */
public final class InvalidMispException extends StoreException {
  private final String source;
  private final String path;

  /**
   * @param source the file, URL or feed the event came from
   * @param path JSON path of the offending value
   * @param problem what is wrong and how to fix it
   */
  public InvalidMispException(String source, String path, String problem) {
    this(source, path, problem, null);
  }

  public InvalidMispException(String source, String path, String problem, Throwable cause) {
    super(source + ": MISP event at " + path + ": " + problem, cause);
    this.source = source;
    this.path = path;
  }

  /** The file, URL or feed the event came from. */
  public String source() {
    return source;
  }

  /** The JSON path of the offending value. */
  public String path() {
    return path;
  }
}
