package dev.lantern.store;

import java.util.List;

/**
 * An upsert with {@link UpsertOptions#checkReferences()} held a relationship (or sighting) whose
 * reference is neither in the batch nor in the store. Nothing of that batch was written.
 */
public final class DanglingReferenceException extends StoreException {

  private final List<DanglingReference> references;

  public DanglingReferenceException(List<DanglingReference> references) {
    super(message(references));
    this.references = List.copyOf(references);
  }

  /** Every dangling reference found in the batch, in batch order. */
  public List<DanglingReference> references() {
    return references;
  }

  private static String message(List<DanglingReference> refs) {
    StringBuilder sb = new StringBuilder();
    sb.append(refs.size()).append(" dangling reference(s), nothing of the batch was written: ");
    int shown = Math.min(refs.size(), 5);
    for (int i = 0; i < shown; i++) {
      DanglingReference r = refs.get(i);
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(r.from()).append(' ').append(r.property()).append(" -> ").append(r.missing());
    }
    if (refs.size() > shown) {
      sb.append("; and ").append(refs.size() - shown).append(" more");
    }
    sb.append(". Add the referenced objects to the batch or store them first.");
    return sb.toString();
  }
}
