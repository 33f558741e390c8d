package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code domain-name}: A network domain name.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record DomainName(
    Identifier id,
    Common common,
    String value,
    List<Identifier> resolvesToRefs,
    Map<String, RawJson> extra)
    implements CyberObservable {

  public DomainName {
    Values.require(id, "id");
    Values.require(common, "common");
    value = Values.require(value, "value");
    resolvesToRefs = Values.copy(resolvesToRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A domain-name with only its required properties set. */
  public static DomainName of(Identifier id, Common common, String value) {
    return new DomainName(id, common, value, List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.DOMAIN_NAME;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public DomainName withCommon(Common newCommon) {
    return new DomainName(id, newCommon, value, resolvesToRefs, extra);
  }

  /** A copy with other unknown properties. */
  public DomainName withExtra(Map<String, RawJson> newExtra) {
    return new DomainName(id, common, value, resolvesToRefs, newExtra);
  }

  /**
   * The STIX deterministic id of a domain-name with this value: UUIDv5 over {@code {"value": …}}.
   */
  public static Identifier idFor(String value) {
    return Identifier.forObservable(
        StixType.DOMAIN_NAME, Map.of("value", Values.require(value, "value")));
  }

  /** A domain-name with this value and its deterministic id. */
  public static DomainName of(String value) {
    return of(idFor(value), Common.observable(), value);
  }

  @Override
  public Optional<Identifier> deterministicId() {
    return Optional.of(idFor(value));
  }

  /** A copy with {@code resolves_to_refs} set to {@code newValue}. */
  public DomainName withResolvesToRefs(List<Identifier> newValue) {
    return new DomainName(id, common, value, newValue, extra);
  }
}
