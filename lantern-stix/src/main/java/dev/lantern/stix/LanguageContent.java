package dev.lantern.stix;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code language-content}: Translations of another object's text properties, keyed by
 * language tag.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record LanguageContent(
    Identifier id,
    Common common,
    Identifier objectRef,
    Optional<Instant> objectModified,
    Map<String, RawJson> contents,
    Map<String, RawJson> extra)
    implements MetaObject {

  public LanguageContent {
    Values.require(id, "id");
    Values.require(common, "common");
    objectRef = Values.require(objectRef, "object_ref");
    objectModified = Values.orEmpty(objectModified);
    contents = Values.orderedCopy(contents);
    extra = Values.orderedCopy(extra);
  }

  /** A language-content with only its required properties set. */
  public static LanguageContent of(Identifier id, Common common, Identifier objectRef) {
    return new LanguageContent(id, common, objectRef, Optional.empty(), Map.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.LANGUAGE_CONTENT;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public LanguageContent withCommon(Common newCommon) {
    return new LanguageContent(id, newCommon, objectRef, objectModified, contents, extra);
  }

  /** A copy with other unknown properties. */
  public LanguageContent withExtra(Map<String, RawJson> newExtra) {
    return new LanguageContent(id, common, objectRef, objectModified, contents, newExtra);
  }

  /** A copy with {@code object_ref} set to {@code newValue}. */
  public LanguageContent withObjectRef(Identifier newValue) {
    return new LanguageContent(id, common, newValue, objectModified, contents, extra);
  }

  /** A copy with {@code object_modified} set to {@code newValue}. */
  public LanguageContent withObjectModified(Instant newValue) {
    return new LanguageContent(id, common, objectRef, Optional.of(newValue), contents, extra);
  }

  /** A copy with {@code contents} set to {@code newValue}. */
  public LanguageContent withContents(Map<String, RawJson> newValue) {
    return new LanguageContent(id, common, objectRef, objectModified, newValue, extra);
  }
}
