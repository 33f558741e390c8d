package dev.lantern.store;

/**
 * The store's unchecked exception family: every failure the store reports is one of these, with a
 * message naming the object id, file or location involved and what to do about it. Subclasses name
 * what failed ({@link NotFoundException}, {@link DanglingReferenceException}); this base class
 * covers the rest (an unreadable database, a failed migration, a malformed query).
 */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
