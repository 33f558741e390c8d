package dev.lantern.stix;

import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code autonomous-system}: An autonomous system, by number.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record AutonomousSystem(
    Identifier id,
    Common common,
    long number,
    Optional<String> name,
    Optional<String> rir,
    Map<String, RawJson> extra)
    implements CyberObservable {

  public AutonomousSystem {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.orEmpty(name);
    rir = Values.orEmpty(rir);
    extra = Values.orderedCopy(extra);
  }

  /** A autonomous-system with only its required properties set. */
  public static AutonomousSystem of(Identifier id, Common common, long number) {
    return new AutonomousSystem(id, common, number, Optional.empty(), Optional.empty(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.AUTONOMOUS_SYSTEM;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public AutonomousSystem withCommon(Common newCommon) {
    return new AutonomousSystem(id, newCommon, number, name, rir, extra);
  }

  /** A copy with other unknown properties. */
  public AutonomousSystem withExtra(Map<String, RawJson> newExtra) {
    return new AutonomousSystem(id, common, number, name, rir, newExtra);
  }

  /** The STIX deterministic id of an autonomous system: UUIDv5 over {@code {"number": n}}. */
  public static Identifier idFor(long number) {
    return Identifier.forObservable(StixType.AUTONOMOUS_SYSTEM, Map.of("number", number));
  }

  /** An autonomous system with this number and its deterministic id. */
  public static AutonomousSystem of(long number) {
    return of(idFor(number), Common.observable(), number);
  }

  @Override
  public Optional<Identifier> deterministicId() {
    return Optional.of(idFor(number));
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public AutonomousSystem withName(String newValue) {
    return new AutonomousSystem(id, common, number, Optional.of(newValue), rir, extra);
  }

  /** A copy with {@code rir} set to {@code newValue}. */
  public AutonomousSystem withRir(String newValue) {
    return new AutonomousSystem(id, common, number, name, Optional.of(newValue), extra);
  }
}
