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

  /** A copy with {@code description} set to {@code newValue}. */
  public Sighting withDescription(String newValue) {
    return new Sighting(
        id,
        common,
        Optional.of(newValue),
        firstSeen,
        lastSeen,
        count,
        sightingOfRef,
        observedDataRefs,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with {@code first_seen} set to {@code newValue}. */
  public Sighting withFirstSeen(Instant newValue) {
    return new Sighting(
        id,
        common,
        description,
        Optional.of(newValue),
        lastSeen,
        count,
        sightingOfRef,
        observedDataRefs,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with {@code last_seen} set to {@code newValue}. */
  public Sighting withLastSeen(Instant newValue) {
    return new Sighting(
        id,
        common,
        description,
        firstSeen,
        Optional.of(newValue),
        count,
        sightingOfRef,
        observedDataRefs,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with {@code count} set to {@code newValue}. */
  public Sighting withCount(int newValue) {
    return new Sighting(
        id,
        common,
        description,
        firstSeen,
        lastSeen,
        Optional.of(newValue),
        sightingOfRef,
        observedDataRefs,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with {@code sighting_of_ref} set to {@code newValue}. */
  public Sighting withSightingOfRef(Identifier newValue) {
    return new Sighting(
        id,
        common,
        description,
        firstSeen,
        lastSeen,
        count,
        newValue,
        observedDataRefs,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with {@code observed_data_refs} set to {@code newValue}. */
  public Sighting withObservedDataRefs(List<Identifier> newValue) {
    return new Sighting(
        id,
        common,
        description,
        firstSeen,
        lastSeen,
        count,
        sightingOfRef,
        newValue,
        whereSightedRefs,
        summary,
        extra);
  }

  /** A copy with {@code where_sighted_refs} set to {@code newValue}. */
  public Sighting withWhereSightedRefs(List<Identifier> newValue) {
    return new Sighting(
        id,
        common,
        description,
        firstSeen,
        lastSeen,
        count,
        sightingOfRef,
        observedDataRefs,
        newValue,
        summary,
        extra);
  }

  /** A copy with {@code summary} set to {@code newValue}. */
  public Sighting withSummary(boolean newValue) {
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
        newValue,
        extra);
  }
}
