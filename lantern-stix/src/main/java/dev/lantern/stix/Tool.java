package dev.lantern.stix;

import dev.lantern.stix.vocab.ToolType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code tool}: Legitimate software that adversaries use, e.g. a remote-administration
 * tool.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Tool(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<ToolType> toolTypes,
    List<String> aliases,
    List<KillChainPhase> killChainPhases,
    Optional<String> toolVersion,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Tool {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    toolTypes = Values.copy(toolTypes);
    aliases = Values.copy(aliases);
    killChainPhases = Values.copy(killChainPhases);
    toolVersion = Values.orEmpty(toolVersion);
    extra = Values.orderedCopy(extra);
  }

  /** A tool with only its required properties set. */
  public static Tool of(Identifier id, Common common, String name) {
    return new Tool(
        id,
        common,
        name,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.TOOL;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Tool withCommon(Common newCommon) {
    return new Tool(
        id, newCommon, name, description, toolTypes, aliases, killChainPhases, toolVersion, extra);
  }

  /** A copy with other unknown properties. */
  public Tool withExtra(Map<String, RawJson> newExtra) {
    return new Tool(
        id, common, name, description, toolTypes, aliases, killChainPhases, toolVersion, newExtra);
  }

  /**
   * A tool named {@code name} with the deterministic id {@link Identifier#forNamed} gives that
   * name, so extracting it twice yields the same object id.
   */
  public static Tool named(Common common, String name) {
    return of(Identifier.forNamed(StixType.TOOL, name), common, name);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Tool withName(String newValue) {
    return new Tool(
        id, common, newValue, description, toolTypes, aliases, killChainPhases, toolVersion, extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Tool withDescription(String newValue) {
    return new Tool(
        id,
        common,
        name,
        Optional.of(newValue),
        toolTypes,
        aliases,
        killChainPhases,
        toolVersion,
        extra);
  }

  /** A copy with {@code tool_types} set to {@code newValue}. */
  public Tool withToolTypes(List<ToolType> newValue) {
    return new Tool(
        id, common, name, description, newValue, aliases, killChainPhases, toolVersion, extra);
  }

  /** A copy with {@code aliases} set to {@code newValue}. */
  public Tool withAliases(List<String> newValue) {
    return new Tool(
        id, common, name, description, toolTypes, newValue, killChainPhases, toolVersion, extra);
  }

  /** A copy with {@code kill_chain_phases} set to {@code newValue}. */
  public Tool withKillChainPhases(List<KillChainPhase> newValue) {
    return new Tool(
        id, common, name, description, toolTypes, aliases, newValue, toolVersion, extra);
  }

  /** A copy with {@code tool_version} set to {@code newValue}. */
  public Tool withToolVersion(String newValue) {
    return new Tool(
        id,
        common,
        name,
        description,
        toolTypes,
        aliases,
        killChainPhases,
        Optional.of(newValue),
        extra);
  }
}
