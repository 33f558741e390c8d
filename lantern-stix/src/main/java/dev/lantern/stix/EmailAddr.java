package dev.lantern.stix;

import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code email-addr}: An email address.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record EmailAddr(
    Identifier id,
    Common common,
    String value,
    Optional<String> displayName,
    Optional<Identifier> belongsToRef,
    Map<String, RawJson> extra)
    implements CyberObservable {

  public EmailAddr {
    Values.require(id, "id");
    Values.require(common, "common");
    value = Values.require(value, "value");
    displayName = Values.orEmpty(displayName);
    belongsToRef = Values.orEmpty(belongsToRef);
    extra = Values.orderedCopy(extra);
  }

  /** A email-addr with only its required properties set. */
  public static EmailAddr of(Identifier id, Common common, String value) {
    return new EmailAddr(id, common, value, Optional.empty(), Optional.empty(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.EMAIL_ADDR;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public EmailAddr withCommon(Common newCommon) {
    return new EmailAddr(id, newCommon, value, displayName, belongsToRef, extra);
  }

  /** A copy with other unknown properties. */
  public EmailAddr withExtra(Map<String, RawJson> newExtra) {
    return new EmailAddr(id, common, value, displayName, belongsToRef, newExtra);
  }

  /**
   * The STIX deterministic id of a email-addr with this value: UUIDv5 over {@code {"value": …}}.
   */
  public static Identifier idFor(String value) {
    return Identifier.forObservable(
        StixType.EMAIL_ADDR, Map.of("value", Values.require(value, "value")));
  }

  /** A email-addr with this value and its deterministic id. */
  public static EmailAddr of(String value) {
    return of(idFor(value), Common.observable(), value);
  }

  @Override
  public Optional<Identifier> deterministicId() {
    return Optional.of(idFor(value));
  }

  /** A copy with {@code display_name} set to {@code newValue}. */
  public EmailAddr withDisplayName(String newValue) {
    return new EmailAddr(id, common, value, Optional.of(newValue), belongsToRef, extra);
  }

  /** A copy with {@code belongs_to_ref} set to {@code newValue}. */
  public EmailAddr withBelongsToRef(Identifier newValue) {
    return new EmailAddr(id, common, value, displayName, Optional.of(newValue), extra);
  }
}
