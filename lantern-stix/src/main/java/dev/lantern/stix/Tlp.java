package dev.lantern.stix;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard Traffic Light Protocol marking definitions, with the fixed ids everyone shares.
 *
 * <p>TLP 1.0 objects are the ones STIX 2.1 section 7.2.1.4 defines ({@code definition_type} {@code
 * tlp}, created 2017-01-20). TLP 2.0 objects are the ones OASIS publishes in
 * cti-stix-common-objects ({@code extension-definition-specifications/tlp-2.0}): no {@code
 * definition}, a property extension {@value #V2_EXTENSION_ID} with {@code tlp_2_0}, created
 * 2022-10-01. Reference them with {@code Common.withMarkings(List.of(Tlp.V2_AMBER.id()))}.
 */
public final class Tlp {
  /** The extension-definition that carries the TLP 2.0 level. */
  public static final String V2_EXTENSION_ID =
      "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

  public static final MarkingDefinition V1_WHITE =
      v1("613f2e26-407d-48c7-9eca-b8e91df99dc9", "white");
  public static final MarkingDefinition V1_GREEN =
      v1("34098fce-860f-48ae-8e50-ebd3cc5e41da", "green");
  public static final MarkingDefinition V1_AMBER =
      v1("f88d31f6-486f-44da-b317-01333bde0b82", "amber");
  public static final MarkingDefinition V1_RED = v1("5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red");

  public static final MarkingDefinition V2_CLEAR =
      v2("94868c89-83c2-464b-929b-a1a8aa3c8487", "clear");
  public static final MarkingDefinition V2_GREEN =
      v2("bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green");
  public static final MarkingDefinition V2_AMBER =
      v2("55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber");
  public static final MarkingDefinition V2_AMBER_STRICT =
      v2("939a9414-2ddd-4d32-a0cd-375ea402b003", "amber+strict");
  public static final MarkingDefinition V2_RED = v2("e828b379-4e03-4974-9ac4-e53a884c97c1", "red");

  private static final List<MarkingDefinition> ALL =
      List.of(
          V1_WHITE,
          V1_GREEN,
          V1_AMBER,
          V1_RED,
          V2_CLEAR,
          V2_GREEN,
          V2_AMBER,
          V2_AMBER_STRICT,
          V2_RED);

  private Tlp() {}

  /** All nine standard TLP marking definitions (TLP 1.0 first). */
  public static List<MarkingDefinition> all() {
    return ALL;
  }

  /** The standard TLP marking definition with this id, if it is one. */
  public static Optional<MarkingDefinition> find(Identifier id) {
    return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  private static MarkingDefinition v1(String uuid, String level) {
    ObjectNode definition = JsonNodeFactory.instance.objectNode().put("tlp", level);
    return new MarkingDefinition(
        Identifier.parse("marking-definition--" + uuid),
        created("2017-01-20T00:00:00.000Z", Map.of()),
        Optional.of("TLP:" + level.toUpperCase(java.util.Locale.ROOT)),
        Optional.of("tlp"),
        Optional.of(new RawJson(definition)),
        Map.of());
  }

  private static MarkingDefinition v2(String uuid, String level) {
    ObjectNode body =
        JsonNodeFactory.instance
            .objectNode()
            .put("extension_type", "property-extension")
            .put("tlp_2_0", level);
    return new MarkingDefinition(
        Identifier.parse("marking-definition--" + uuid),
        created("2022-10-01T00:00:00.000Z", Map.of(V2_EXTENSION_ID, new RawJson(body))),
        Optional.of("TLP:" + level.toUpperCase(java.util.Locale.ROOT)),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  private static Common created(String at, Map<String, RawJson> extensions) {
    Instant created = StixTimestamp.parse(at);
    return new Common(
        Common.SPEC_VERSION,
        Optional.of(created),
        Optional.empty(),
        Optional.empty(),
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        false,
        extensions);
  }
}
