package dev.lantern.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import java.time.Instant;
import java.util.Optional;

/**
 * One full-text search result.
 *
 * @param id the object
 * @param type its type
 * @param name its name (or value, for observables), if it has one
 * @param modified its latest {@code modified}, if it has one
 * @param score relevance, higher is better; comparable only within one result page's backend
 */
public record SearchHit(
    Identifier id,
    StixType type,
    Optional<String> name,
    Optional<Instant> modified,
    double score) {}
