package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code note}: Analyst commentary attached to other objects.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Note(
    Identifier id,
    Common common,
    Optional<String> abstractText,
    String content,
    List<String> authors,
    List<Identifier> objectRefs,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Note {
    Values.require(id, "id");
    Values.require(common, "common");
    abstractText = Values.orEmpty(abstractText);
    content = Values.require(content, "content");
    authors = Values.copy(authors);
    objectRefs = Values.copy(objectRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A note with only its required properties set. */
  public static Note of(Identifier id, Common common, String content) {
    return new Note(id, common, Optional.empty(), content, List.of(), List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.NOTE;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Note withCommon(Common newCommon) {
    return new Note(id, newCommon, abstractText, content, authors, objectRefs, extra);
  }

  /** A copy with other unknown properties. */
  public Note withExtra(Map<String, RawJson> newExtra) {
    return new Note(id, common, abstractText, content, authors, objectRefs, newExtra);
  }

  /** A copy with {@code abstract} set to {@code newValue}. */
  public Note withAbstractText(String newValue) {
    return new Note(id, common, Optional.of(newValue), content, authors, objectRefs, extra);
  }

  /** A copy with {@code content} set to {@code newValue}. */
  public Note withContent(String newValue) {
    return new Note(id, common, abstractText, newValue, authors, objectRefs, extra);
  }

  /** A copy with {@code authors} set to {@code newValue}. */
  public Note withAuthors(List<String> newValue) {
    return new Note(id, common, abstractText, content, newValue, objectRefs, extra);
  }

  /** A copy with {@code object_refs} set to {@code newValue}. */
  public Note withObjectRefs(List<Identifier> newValue) {
    return new Note(id, common, abstractText, content, authors, newValue, extra);
  }
}
