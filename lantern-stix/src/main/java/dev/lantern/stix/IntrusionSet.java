package dev.lantern.stix;

import dev.lantern.stix.vocab.AttackMotivation;
import dev.lantern.stix.vocab.ResourceLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code intrusion-set}: Adversarial behaviour and resources believed to be orchestrated
 * by one organisation.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record IntrusionSet(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<String> aliases,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    List<String> goals,
    Optional<ResourceLevel> resourceLevel,
    Optional<AttackMotivation> primaryMotivation,
    List<AttackMotivation> secondaryMotivations,
    Map<String, RawJson> extra)
    implements DomainObject {

  public IntrusionSet {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    aliases = Values.copy(aliases);
    firstSeen = Values.orEmpty(firstSeen);
    lastSeen = Values.orEmpty(lastSeen);
    goals = Values.copy(goals);
    resourceLevel = Values.orEmpty(resourceLevel);
    primaryMotivation = Values.orEmpty(primaryMotivation);
    secondaryMotivations = Values.copy(secondaryMotivations);
    extra = Values.orderedCopy(extra);
  }

  /** A intrusion-set with only its required properties set. */
  public static IntrusionSet of(Identifier id, Common common, String name) {
    return new IntrusionSet(
        id,
        common,
        name,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.INTRUSION_SET;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public IntrusionSet withCommon(Common newCommon) {
    return new IntrusionSet(
        id,
        newCommon,
        name,
        description,
        aliases,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with other unknown properties. */
  public IntrusionSet withExtra(Map<String, RawJson> newExtra) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        newExtra);
  }

  /**
   * A intrusion-set named {@code name} with the deterministic id {@link Identifier#forNamed} gives
   * that name, so extracting it twice yields the same object id.
   */
  public static IntrusionSet named(Common common, String name) {
    return of(Identifier.forNamed(StixType.INTRUSION_SET, name), common, name);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public IntrusionSet withName(String newValue) {
    return new IntrusionSet(
        id,
        common,
        newValue,
        description,
        aliases,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public IntrusionSet withDescription(String newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        Optional.of(newValue),
        aliases,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code aliases} set to {@code newValue}. */
  public IntrusionSet withAliases(List<String> newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        newValue,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code first_seen} set to {@code newValue}. */
  public IntrusionSet withFirstSeen(Instant newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        Optional.of(newValue),
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code last_seen} set to {@code newValue}. */
  public IntrusionSet withLastSeen(Instant newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        firstSeen,
        Optional.of(newValue),
        goals,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code goals} set to {@code newValue}. */
  public IntrusionSet withGoals(List<String> newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        firstSeen,
        lastSeen,
        newValue,
        resourceLevel,
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code resource_level} set to {@code newValue}. */
  public IntrusionSet withResourceLevel(ResourceLevel newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        firstSeen,
        lastSeen,
        goals,
        Optional.of(newValue),
        primaryMotivation,
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code primary_motivation} set to {@code newValue}. */
  public IntrusionSet withPrimaryMotivation(AttackMotivation newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        Optional.of(newValue),
        secondaryMotivations,
        extra);
  }

  /** A copy with {@code secondary_motivations} set to {@code newValue}. */
  public IntrusionSet withSecondaryMotivations(List<AttackMotivation> newValue) {
    return new IntrusionSet(
        id,
        common,
        name,
        description,
        aliases,
        firstSeen,
        lastSeen,
        goals,
        resourceLevel,
        primaryMotivation,
        newValue,
        extra);
  }
}
