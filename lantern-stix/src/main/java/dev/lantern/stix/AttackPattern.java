package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code attack-pattern}: A way adversaries try to compromise targets, e.g. a MITRE ATT&CK
 * technique.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record AttackPattern(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<String> aliases,
    List<KillChainPhase> killChainPhases,
    Map<String, RawJson> extra)
    implements DomainObject {

  public AttackPattern {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    aliases = Values.copy(aliases);
    killChainPhases = Values.copy(killChainPhases);
    extra = Values.orderedCopy(extra);
  }

  /** A attack-pattern with only its required properties set. */
  public static AttackPattern of(Identifier id, Common common, String name) {
    return new AttackPattern(id, common, name, Optional.empty(), List.of(), List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.ATTACK_PATTERN;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public AttackPattern withCommon(Common newCommon) {
    return new AttackPattern(id, newCommon, name, description, aliases, killChainPhases, extra);
  }

  /** A copy with other unknown properties. */
  public AttackPattern withExtra(Map<String, RawJson> newExtra) {
    return new AttackPattern(id, common, name, description, aliases, killChainPhases, newExtra);
  }

  /**
   * A attack-pattern named {@code name} with the deterministic id {@link Identifier#forNamed} gives
   * that name, so extracting it twice yields the same object id.
   */
  public static AttackPattern named(Common common, String name) {
    return of(Identifier.forNamed(StixType.ATTACK_PATTERN, name), common, name);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public AttackPattern withName(String newValue) {
    return new AttackPattern(id, common, newValue, description, aliases, killChainPhases, extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public AttackPattern withDescription(String newValue) {
    return new AttackPattern(
        id, common, name, Optional.of(newValue), aliases, killChainPhases, extra);
  }

  /** A copy with {@code aliases} set to {@code newValue}. */
  public AttackPattern withAliases(List<String> newValue) {
    return new AttackPattern(id, common, name, description, newValue, killChainPhases, extra);
  }

  /** A copy with {@code kill_chain_phases} set to {@code newValue}. */
  public AttackPattern withKillChainPhases(List<KillChainPhase> newValue) {
    return new AttackPattern(id, common, name, description, aliases, newValue, extra);
  }
}
