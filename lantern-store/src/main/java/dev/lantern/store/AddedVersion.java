package dev.lantern.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored version with the time it was added to the store.
 *
 * @param id the object
 * @param type its type
 * @param sequence 1 for its first stored version, then 2, 3, …
 * @param modified the version's {@code modified}; empty for observables
 * @param added when this version entered the store; unique across the store
 * @param json the version as stored
 */
public record AddedVersion(
    Identifier id,
    StixType type,
    int sequence,
    Optional<Instant> modified,
    Instant added,
    String json) {

  /** The version parsed back into the STIX model. */
  public StixObject object() {
    return StixJson.standard().readObject(json);
  }
}
