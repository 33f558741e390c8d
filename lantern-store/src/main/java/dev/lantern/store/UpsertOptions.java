package dev.lantern.store;

/**
 * How an upsert treats its batch.
 *
 * @param checkReferences when true, a relationship whose {@code source_ref} or {@code target_ref}
 *     (or a sighting whose {@code sighting_of_ref}) is neither in the batch nor in the store fails
 *     the whole batch with a {@link DanglingReferenceException}
 */
public record UpsertOptions(boolean checkReferences) {

  /** Store what arrives; references are not checked (feeds often ship partial graphs). */
  public static final UpsertOptions DEFAULT = new UpsertOptions(false);

  /** Reject the batch when a relationship points at an object nobody has. */
  public static final UpsertOptions CHECK_REFERENCES = new UpsertOptions(true);
}
