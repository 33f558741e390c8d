package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code extension-definition}: Declares an extension (new object type or new properties)
 * with its schema.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record ExtensionDefinition(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    String schema,
    String version,
    List<String> extensionTypes,
    List<String> extensionProperties,
    Map<String, RawJson> extra)
    implements MetaObject {

  public ExtensionDefinition {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    schema = Values.require(schema, "schema");
    version = Values.require(version, "version");
    extensionTypes = Values.copy(extensionTypes);
    extensionProperties = Values.copy(extensionProperties);
    extra = Values.orderedCopy(extra);
  }

  /** A extension-definition with only its required properties set. */
  public static ExtensionDefinition of(
      Identifier id, Common common, String name, String schema, String version) {
    return new ExtensionDefinition(
        id, common, name, Optional.empty(), schema, version, List.of(), List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.EXTENSION_DEFINITION;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public ExtensionDefinition withCommon(Common newCommon) {
    return new ExtensionDefinition(
        id,
        newCommon,
        name,
        description,
        schema,
        version,
        extensionTypes,
        extensionProperties,
        extra);
  }

  /** A copy with other unknown properties. */
  public ExtensionDefinition withExtra(Map<String, RawJson> newExtra) {
    return new ExtensionDefinition(
        id,
        common,
        name,
        description,
        schema,
        version,
        extensionTypes,
        extensionProperties,
        newExtra);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public ExtensionDefinition withName(String newValue) {
    return new ExtensionDefinition(
        id,
        common,
        newValue,
        description,
        schema,
        version,
        extensionTypes,
        extensionProperties,
        extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public ExtensionDefinition withDescription(String newValue) {
    return new ExtensionDefinition(
        id,
        common,
        name,
        Optional.of(newValue),
        schema,
        version,
        extensionTypes,
        extensionProperties,
        extra);
  }

  /** A copy with {@code schema} set to {@code newValue}. */
  public ExtensionDefinition withSchema(String newValue) {
    return new ExtensionDefinition(
        id,
        common,
        name,
        description,
        newValue,
        version,
        extensionTypes,
        extensionProperties,
        extra);
  }

  /** A copy with {@code version} set to {@code newValue}. */
  public ExtensionDefinition withVersion(String newValue) {
    return new ExtensionDefinition(
        id,
        common,
        name,
        description,
        schema,
        newValue,
        extensionTypes,
        extensionProperties,
        extra);
  }

  /** A copy with {@code extension_types} set to {@code newValue}. */
  public ExtensionDefinition withExtensionTypes(List<String> newValue) {
    return new ExtensionDefinition(
        id, common, name, description, schema, version, newValue, extensionProperties, extra);
  }

  /** A copy with {@code extension_properties} set to {@code newValue}. */
  public ExtensionDefinition withExtensionProperties(List<String> newValue) {
    return new ExtensionDefinition(
        id, common, name, description, schema, version, extensionTypes, newValue, extra);
  }
}
