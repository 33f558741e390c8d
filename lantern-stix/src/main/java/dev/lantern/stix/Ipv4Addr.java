package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code ipv4-addr}: An IPv4 address or CIDR block.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record Ipv4Addr(
    Identifier id,
    Common common,
    String value,
    List<Identifier> resolvesToRefs,
    List<Identifier> belongsToRefs,
    Map<String, RawJson> extra)
    implements CyberObservable {

  public Ipv4Addr {
    Values.require(id, "id");
    Values.require(common, "common");
    value = Values.require(value, "value");
    resolvesToRefs = Values.copy(resolvesToRefs);
    belongsToRefs = Values.copy(belongsToRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A ipv4-addr with only its required properties set. */
  public static Ipv4Addr of(Identifier id, Common common, String value) {
    return new Ipv4Addr(id, common, value, List.of(), List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.IPV4_ADDR;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Ipv4Addr withCommon(Common newCommon) {
    return new Ipv4Addr(id, newCommon, value, resolvesToRefs, belongsToRefs, extra);
  }

  /** A copy with other unknown properties. */
  public Ipv4Addr withExtra(Map<String, RawJson> newExtra) {
    return new Ipv4Addr(id, common, value, resolvesToRefs, belongsToRefs, newExtra);
  }

  /** The STIX deterministic id of a ipv4-addr with this value: UUIDv5 over {@code {"value": …}}. */
  public static Identifier idFor(String value) {
    return Identifier.forObservable(
        StixType.IPV4_ADDR, Map.of("value", Values.require(value, "value")));
  }

  /** A ipv4-addr with this value and its deterministic id. */
  public static Ipv4Addr of(String value) {
    return of(idFor(value), Common.observable(), value);
  }

  @Override
  public Optional<Identifier> deterministicId() {
    return Optional.of(idFor(value));
  }

  /** A copy with {@code resolves_to_refs} set to {@code newValue}. */
  public Ipv4Addr withResolvesToRefs(List<Identifier> newValue) {
    return new Ipv4Addr(id, common, value, newValue, belongsToRefs, extra);
  }

  /** A copy with {@code belongs_to_refs} set to {@code newValue}. */
  public Ipv4Addr withBelongsToRefs(List<Identifier> newValue) {
    return new Ipv4Addr(id, common, value, resolvesToRefs, newValue, extra);
  }
}
