package dev.lantern.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored version of an object.
 *
 * @param id the object's id
 * @param sequence 1 for the first version stored, then 2, 3, … in increasing {@code modified}
 * @param modified the version's {@code modified}; empty for observables
 * @param revoked whether this version is revoked
 * @param json the version exactly as {@code StixJson} wrote it when it was stored
 */
public record StoredVersion(
    Identifier id, int sequence, Optional<Instant> modified, boolean revoked, String json) {

  /** The version parsed back into the STIX model. */
  public StixObject object() {
    return StixJson.standard().readObject(json);
  }
}
