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
}
