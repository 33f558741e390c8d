package dev.lantern.stix;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code sighting}: The belief that something (an indicator, malware, an actor) was seen,
 * where and how often.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Sighting(
    Identifier id,
    Common common,
    Optional<String> description,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    Optional<Integer> count,
    Identifier sightingOfRef,
    List<Identifier> observedDataRefs,
    List<Identifier> whereSightedRefs,
    boolean summary,
    Map<String, RawJson> extra)
    implements RelationshipObject {

  public Sighting {
    Values.require(id, "id");
    Values.require(common, "common");
    description = Values.orEmpty(description);
    firstSeen = Values.orEmpty(firstSeen);
    lastSeen = Values.orEmpty(lastSeen);
    count = Values.orEmpty(count);
    sightingOfRef = Values.require(sightingOfRef, "sighting_of_ref");
    observedDataRefs = Values.copy(observedDataRefs);
    whereSightedRefs = Values.copy(whereSightedRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A sighting with only its required properties set. */
  public static Sighting of(Identifier id, Common common, Identifier sightingOfRef) {
    return new Sighting(
        id,
        common,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        sightingOfRef,
        List.of(),
        List.of(),
        false,
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.SIGHTING;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Sighting withCommon(Common newCommon) {
    return new Sighting(
        id,
        newCommon,
        description,
        firstSeen,
        lastSeen,
        count,
        sightingOfRef,
        observedDataRefs,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with other unknown properties. */
  public Sighting withExtra(Map<String, RawJson> newExtra) {
    return new Sighting(
        id,
        common,
        description,
        firstSeen,
        lastSeen,
        count,
        sightingOfRef,
        observedDataRefs,
        whereSightedRefs,
        summary,
        newExtra);
  }
}
