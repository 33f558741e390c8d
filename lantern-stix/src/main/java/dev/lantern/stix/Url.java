package dev.lantern.stix;

import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code url}: A uniform resource locator.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record Url(Identifier id, Common common, String value, Map<String, RawJson> extra)
    implements CyberObservable {

  public Url {
    Values.require(id, "id");
    Values.require(common, "common");
    value = Values.require(value, "value");
    extra = Values.orderedCopy(extra);
  }

  /** A url with only its required properties set. */
  public static Url of(Identifier id, Common common, String value) {
    return new Url(id, common, value, Map.of());
  }

  @Override
  public StixType type() {
    return StixType.URL;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Url withCommon(Common newCommon) {
    return new Url(id, newCommon, value, extra);
  }

  /** A copy with other unknown properties. */
  public Url withExtra(Map<String, RawJson> newExtra) {
    return new Url(id, common, value, newExtra);
  }

  /** The STIX deterministic id of a url with this value: UUIDv5 over {@code {"value": …}}. */
  public static Identifier idFor(String value) {
    return Identifier.forObservable(StixType.URL, Map.of("value", Values.require(value, "value")));
  }

  /** A url with this value and its deterministic id. */
  public static Url of(String value) {
    return of(idFor(value), Common.observable(), value);
  }

  @Override
  public Optional<Identifier> deterministicId() {
    return Optional.of(idFor(value));
  }
}
