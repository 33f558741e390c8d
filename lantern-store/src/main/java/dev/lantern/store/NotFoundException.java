package dev.lantern.store;

/** A {@code get…} or {@code unlink} named an object or alias link the store does not hold. */
public final class NotFoundException extends StoreException {

  public NotFoundException(String message) {
    super(message);
  }
}
