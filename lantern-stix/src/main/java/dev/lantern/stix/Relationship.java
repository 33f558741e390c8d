package dev.lantern.stix;

import dev.lantern.stix.vocab.RelationshipType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code relationship}: A typed link between two objects: {@code source_ref
 * relationship_type target_ref}.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Relationship(
    Identifier id,
    Common common,
    RelationshipType relationshipType,
    Optional<String> description,
    Identifier sourceRef,
    Identifier targetRef,
    Optional<Instant> startTime,
    Optional<Instant> stopTime,
    Map<String, RawJson> extra)
    implements RelationshipObject {

  public Relationship {
    Values.require(id, "id");
    Values.require(common, "common");
    relationshipType = Values.require(relationshipType, "relationship_type");
    description = Values.orEmpty(description);
    sourceRef = Values.require(sourceRef, "source_ref");
    targetRef = Values.require(targetRef, "target_ref");
    startTime = Values.orEmpty(startTime);
    stopTime = Values.orEmpty(stopTime);
    extra = Values.orderedCopy(extra);
  }

  /** A relationship with only its required properties set. */
  public static Relationship of(
      Identifier id,
      Common common,
      RelationshipType relationshipType,
      Identifier sourceRef,
      Identifier targetRef) {
    return new Relationship(
        id,
        common,
        relationshipType,
        Optional.empty(),
        sourceRef,
        targetRef,
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.RELATIONSHIP;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Relationship withCommon(Common newCommon) {
    return new Relationship(
        id,
        newCommon,
        relationshipType,
        description,
        sourceRef,
        targetRef,
        startTime,
        stopTime,
        extra);
  }

  /** A copy with other unknown properties. */
  public Relationship withExtra(Map<String, RawJson> newExtra) {
    return new Relationship(
        id,
        common,
        relationshipType,
        description,
        sourceRef,
        targetRef,
        startTime,
        stopTime,
        newExtra);
  }

  /** A relationship {@code source type target} with a fresh random id. */
  public static Relationship between(
      Common common, Identifier source, RelationshipType type, Identifier target) {
    return of(Identifier.random(StixType.RELATIONSHIP), common, type, source, target);
  }

  /** A copy with {@code relationship_type} set to {@code newValue}. */
  public Relationship withRelationshipType(RelationshipType newValue) {
    return new Relationship(
        id, common, newValue, description, sourceRef, targetRef, startTime, stopTime, extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Relationship withDescription(String newValue) {
    return new Relationship(
        id,
        common,
        relationshipType,
        Optional.of(newValue),
        sourceRef,
        targetRef,
        startTime,
        stopTime,
        extra);
  }

  /** A copy with {@code source_ref} set to {@code newValue}. */
  public Relationship withSourceRef(Identifier newValue) {
    return new Relationship(
        id, common, relationshipType, description, newValue, targetRef, startTime, stopTime, extra);
  }

  /** A copy with {@code target_ref} set to {@code newValue}. */
  public Relationship withTargetRef(Identifier newValue) {
    return new Relationship(
        id, common, relationshipType, description, sourceRef, newValue, startTime, stopTime, extra);
  }

  /** A copy with {@code start_time} set to {@code newValue}. */
  public Relationship withStartTime(Instant newValue) {
    return new Relationship(
        id,
        common,
        relationshipType,
        description,
        sourceRef,
        targetRef,
        Optional.of(newValue),
        stopTime,
        extra);
  }

  /** A copy with {@code stop_time} set to {@code newValue}. */
  public Relationship withStopTime(Instant newValue) {
    return new Relationship(
        id,
        common,
        relationshipType,
        description,
        sourceRef,
        targetRef,
        startTime,
        Optional.of(newValue),
        extra);
  }
}
