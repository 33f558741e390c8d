package dev.lantern.stix;

import dev.lantern.stix.vocab.OpinionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code opinion}: An assessment of how correct the referenced objects are.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Opinion(
    Identifier id,
    Common common,
    Optional<String> explanation,
    List<String> authors,
    OpinionValue opinion,
    List<Identifier> objectRefs,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Opinion {
    Values.require(id, "id");
    Values.require(common, "common");
    explanation = Values.orEmpty(explanation);
    authors = Values.copy(authors);
    opinion = Values.require(opinion, "opinion");
    objectRefs = Values.copy(objectRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A opinion with only its required properties set. */
  public static Opinion of(Identifier id, Common common, OpinionValue opinion) {
    return new Opinion(id, common, Optional.empty(), List.of(), opinion, List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.OPINION;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Opinion withCommon(Common newCommon) {
    return new Opinion(id, newCommon, explanation, authors, opinion, objectRefs, extra);
  }

  /** A copy with other unknown properties. */
  public Opinion withExtra(Map<String, RawJson> newExtra) {
    return new Opinion(id, common, explanation, authors, opinion, objectRefs, newExtra);
  }

  /** A copy with {@code explanation} set to {@code newValue}. */
  public Opinion withExplanation(String newValue) {
    return new Opinion(id, common, Optional.of(newValue), authors, opinion, objectRefs, extra);
  }

  /** A copy with {@code authors} set to {@code newValue}. */
  public Opinion withAuthors(List<String> newValue) {
    return new Opinion(id, common, explanation, newValue, opinion, objectRefs, extra);
  }

  /** A copy with {@code opinion} set to {@code newValue}. */
  public Opinion withOpinion(OpinionValue newValue) {
    return new Opinion(id, common, explanation, authors, newValue, objectRefs, extra);
  }

  /** A copy with {@code object_refs} set to {@code newValue}. */
  public Opinion withObjectRefs(List<Identifier> newValue) {
    return new Opinion(id, common, explanation, authors, opinion, newValue, extra);
  }
}
