package dev.lantern.stix;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code campaign}: A grouping of adversarial behaviour over a period of time against a
 * set of targets.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Campaign(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<String> aliases,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    Optional<String> objective,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Campaign {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    aliases = Values.copy(aliases);
    firstSeen = Values.orEmpty(firstSeen);
    lastSeen = Values.orEmpty(lastSeen);
    objective = Values.orEmpty(objective);
    extra = Values.orderedCopy(extra);
  }

  /** A campaign with only its required properties set. */
  public static Campaign of(Identifier id, Common common, String name) {
    return new Campaign(
        id,
        common,
        name,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.CAMPAIGN;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Campaign withCommon(Common newCommon) {
    return new Campaign(
        id, newCommon, name, description, aliases, firstSeen, lastSeen, objective, extra);
  }

  /** A copy with other unknown properties. */
  public Campaign withExtra(Map<String, RawJson> newExtra) {
    return new Campaign(
        id, common, name, description, aliases, firstSeen, lastSeen, objective, newExtra);
  }

  /**
   * A campaign named {@code name} with the deterministic id {@link Identifier#forNamed} gives that
   * name, so extracting it twice yields the same object id.
   */
  public static Campaign named(Common common, String name) {
    return of(Identifier.forNamed(StixType.CAMPAIGN, name), common, name);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Campaign withName(String newValue) {
    return new Campaign(
        id, common, newValue, description, aliases, firstSeen, lastSeen, objective, extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Campaign withDescription(String newValue) {
    return new Campaign(
        id, common, name, Optional.of(newValue), aliases, firstSeen, lastSeen, objective, extra);
  }

  /** A copy with {@code aliases} set to {@code newValue}. */
  public Campaign withAliases(List<String> newValue) {
    return new Campaign(
        id, common, name, description, newValue, firstSeen, lastSeen, objective, extra);
  }

  /** A copy with {@code first_seen} set to {@code newValue}. */
  public Campaign withFirstSeen(Instant newValue) {
    return new Campaign(
        id, common, name, description, aliases, Optional.of(newValue), lastSeen, objective, extra);
  }

  /** A copy with {@code last_seen} set to {@code newValue}. */
  public Campaign withLastSeen(Instant newValue) {
    return new Campaign(
        id, common, name, description, aliases, firstSeen, Optional.of(newValue), objective, extra);
  }

  /** A copy with {@code objective} set to {@code newValue}. */
  public Campaign withObjective(String newValue) {
    return new Campaign(
        id, common, name, description, aliases, firstSeen, lastSeen, Optional.of(newValue), extra);
  }
}
