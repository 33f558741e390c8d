package dev.lantern.stix;

import dev.lantern.stix.vocab.GroupingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code grouping}: Objects an analyst thinks belong together, with the shared context.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Grouping(
    Identifier id,
    Common common,
    Optional<String> name,
    Optional<String> description,
    GroupingContext context,
    List<Identifier> objectRefs,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Grouping {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.orEmpty(name);
    description = Values.orEmpty(description);
    context = Values.require(context, "context");
    objectRefs = Values.copy(objectRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A grouping with only its required properties set. */
  public static Grouping of(Identifier id, Common common, GroupingContext context) {
    return new Grouping(
        id, common, Optional.empty(), Optional.empty(), context, List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.GROUPING;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Grouping withCommon(Common newCommon) {
    return new Grouping(id, newCommon, name, description, context, objectRefs, extra);
  }

  /** A copy with other unknown properties. */
  public Grouping withExtra(Map<String, RawJson> newExtra) {
    return new Grouping(id, common, name, description, context, objectRefs, newExtra);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Grouping withName(String newValue) {
    return new Grouping(id, common, Optional.of(newValue), description, context, objectRefs, extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Grouping withDescription(String newValue) {
    return new Grouping(id, common, name, Optional.of(newValue), context, objectRefs, extra);
  }

  /** A copy with {@code context} set to {@code newValue}. */
  public Grouping withContext(GroupingContext newValue) {
    return new Grouping(id, common, name, description, newValue, objectRefs, extra);
  }

  /** A copy with {@code object_refs} set to {@code newValue}. */
  public Grouping withObjectRefs(List<Identifier> newValue) {
    return new Grouping(id, common, name, description, context, newValue, extra);
  }
}
