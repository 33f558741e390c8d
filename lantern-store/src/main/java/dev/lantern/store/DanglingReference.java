package dev.lantern.store;

import dev.lantern.stix.Identifier;

/**
 * One reference that points at nothing the store or the batch holds.
 *
 * @param from the relationship or sighting holding the reference
 * @param property the reference property, e.g. {@code target_ref}
 * @param missing the id that was not found
 */
public record DanglingReference(Identifier from, String property, String missing) {}
