package dev.lantern.stix;

import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code marking-definition}: A data marking such as a TLP level or a copyright statement;
 * see {@link Tlp} for the standard ones.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record MarkingDefinition(
    Identifier id,
    Common common,
    Optional<String> name,
    Optional<String> definitionType,
    Optional<RawJson> definition,
    Map<String, RawJson> extra)
    implements MetaObject {

  public MarkingDefinition {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.orEmpty(name);
    definitionType = Values.orEmpty(definitionType);
    definition = Values.orEmpty(definition);
    extra = Values.orderedCopy(extra);
  }

  /** A marking-definition with only its required properties set. */
  public static MarkingDefinition of(Identifier id, Common common) {
    return new MarkingDefinition(
        id, common, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.MARKING_DEFINITION;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public MarkingDefinition withCommon(Common newCommon) {
    return new MarkingDefinition(id, newCommon, name, definitionType, definition, extra);
  }

  /** A copy with other unknown properties. */
  public MarkingDefinition withExtra(Map<String, RawJson> newExtra) {
    return new MarkingDefinition(id, common, name, definitionType, definition, newExtra);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public MarkingDefinition withName(String newValue) {
    return new MarkingDefinition(
        id, common, Optional.of(newValue), definitionType, definition, extra);
  }

  /** A copy with {@code definition_type} set to {@code newValue}. */
  public MarkingDefinition withDefinitionType(String newValue) {
    return new MarkingDefinition(id, common, name, Optional.of(newValue), definition, extra);
  }

  /** A copy with {@code definition} set to {@code newValue}. */
  public MarkingDefinition withDefinition(RawJson newValue) {
    return new MarkingDefinition(id, common, name, definitionType, Optional.of(newValue), extra);
  }
}
