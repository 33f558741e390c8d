package dev.lantern.stix;

import dev.lantern.stix.vocab.AttackMotivation;
import dev.lantern.stix.vocab.ResourceLevel;
import dev.lantern.stix.vocab.ThreatActorType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code threat-actor}: An actual individual, group or organisation believed to act with
 * malicious intent.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record ThreatActor(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<ThreatActorType> threatActorTypes,
    List<String> aliases,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    List<String> roles,
    List<String> goals,
    Optional<String> sophistication,
    Optional<ResourceLevel> resourceLevel,
    Optional<AttackMotivation> primaryMotivation,
    List<AttackMotivation> secondaryMotivations,
    List<AttackMotivation> personalMotivations,
    Map<String, RawJson> extra)
    implements DomainObject {

  public ThreatActor {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    threatActorTypes = Values.copy(threatActorTypes);
    aliases = Values.copy(aliases);
    firstSeen = Values.orEmpty(firstSeen);
    lastSeen = Values.orEmpty(lastSeen);
    roles = Values.copy(roles);
    goals = Values.copy(goals);
    sophistication = Values.orEmpty(sophistication);
    resourceLevel = Values.orEmpty(resourceLevel);
    primaryMotivation = Values.orEmpty(primaryMotivation);
    secondaryMotivations = Values.copy(secondaryMotivations);
    personalMotivations = Values.copy(personalMotivations);
    extra = Values.orderedCopy(extra);
  }

  /** A threat-actor with only its required properties set. */
  public static ThreatActor of(Identifier id, Common common, String name) {
    return new ThreatActor(
        id,
        common,
        name,
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.THREAT_ACTOR;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public ThreatActor withCommon(Common newCommon) {
    return new ThreatActor(
        id,
        newCommon,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with other unknown properties. */
  public ThreatActor withExtra(Map<String, RawJson> newExtra) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        newExtra);
  }

  /**
   * A threat-actor named {@code name} with the deterministic id {@link Identifier#forNamed} gives
   * that name, so extracting it twice yields the same object id.
   */
  public static ThreatActor named(Common common, String name) {
    return of(Identifier.forNamed(StixType.THREAT_ACTOR, name), common, name);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public ThreatActor withName(String newValue) {
    return new ThreatActor(
        id,
        common,
        newValue,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public ThreatActor withDescription(String newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        Optional.of(newValue),
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code threat_actor_types} set to {@code newValue}. */
  public ThreatActor withThreatActorTypes(List<ThreatActorType> newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        newValue,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code aliases} set to {@code newValue}. */
  public ThreatActor withAliases(List<String> newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        newValue,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code first_seen} set to {@code newValue}. */
  public ThreatActor withFirstSeen(Instant newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        Optional.of(newValue),
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code last_seen} set to {@code newValue}. */
  public ThreatActor withLastSeen(Instant newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        Optional.of(newValue),
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code roles} set to {@code newValue}. */
  public ThreatActor withRoles(List<String> newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        newValue,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code goals} set to {@code newValue}. */
  public ThreatActor withGoals(List<String> newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        newValue,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code sophistication} set to {@code newValue}. */
  public ThreatActor withSophistication(String newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        Optional.of(newValue),
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code resource_level} set to {@code newValue}. */
  public ThreatActor withResourceLevel(ResourceLevel newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        Optional.of(newValue),
        primaryMotivation,
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code primary_motivation} set to {@code newValue}. */
  public ThreatActor withPrimaryMotivation(AttackMotivation newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        Optional.of(newValue),
        secondaryMotivations,
        personalMotivations,
        extra);
  }

  /** A copy with {@code secondary_motivations} set to {@code newValue}. */
  public ThreatActor withSecondaryMotivations(List<AttackMotivation> newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        newValue,
        personalMotivations,
        extra);
  }

  /** A copy with {@code personal_motivations} set to {@code newValue}. */
  public ThreatActor withPersonalMotivations(List<AttackMotivation> newValue) {
    return new ThreatActor(
        id,
        common,
        name,
        description,
        threatActorTypes,
        aliases,
        firstSeen,
        lastSeen,
        roles,
        goals,
        sophistication,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        newValue,
        extra);
  }
}
