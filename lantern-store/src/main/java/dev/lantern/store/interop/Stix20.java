package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Upgrades STIX 2.0 JSON to STIX 2.1 on the tree, before it is read as STIX, so that the rest of
 * Lantern only ever sees 2.1.
 *
 * <p>What changes (STIX 2.1 section 1.5 lists what 2.1 changed):
 *
 * <ul>
 *   <li>the bundle loses its {@code spec_version} (2.1 bundles have none);
 *   <li>every object gains {@code spec_version: "2.1"};
 *   <li>the type-defining {@code labels} of 2.0 become the 2.1 {@code *_types} properties:
 *       indicator → {@code indicator_types}, malware → {@code malware_types}, tool → {@code
 *       tool_types}, threat-actor → {@code threat_actor_types}, report → {@code report_types} (the
 *       labels are kept too, as 2.1 allows free labels);
 *   <li>indicators gain {@code pattern_type: "stix"} and {@code pattern_version: "2.0"};
 *   <li>malware gains {@code is_family: true} (2.0 malware described families);
 *   <li>identities without {@code identity_class} are not touched (2.0 required it already).
 * </ul>
 *
 * Custom properties and custom objects ({@code x_mitre_*}, {@code x-mitre-tactic}) are kept as they
 * are. Objects that already say {@code spec_version: "2.1"} are left alone, so a mixed bundle
 * upgrades only its 2.0 parts.
 */
public final class Stix20 {
  private Stix20() {}

  private static final Map<String, String> TYPE_LABELS =
      Map.of(
          "indicator", "indicator_types",
          "malware", "malware_types",
          "tool", "tool_types",
          "threat-actor", "threat_actor_types",
          "report", "report_types");

  /**
   * Whether this bundle tree is (at least partly) STIX 2.0: the bundle says {@code spec_version
   * 2.0}, or an object has no {@code spec_version} though it is not a 2.1 observable.
   */
  public static boolean isStix20(JsonNode bundle) {
    if (!bundle.isObject()) {
      return false;
    }
    if (bundle.path("spec_version").asText("").equals("2.0")) {
      return true;
    }
    for (JsonNode o : bundle.path("objects")) {
      if (o.isObject() && !o.has("spec_version") && o.has("created")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Upgrades the bundle tree in place and returns it.
   *
   * @param bundle a bundle object tree; other shapes are returned unchanged for the reader to
   *     reject with its own message
   */
  public static ObjectNode upgrade(ObjectNode bundle) {
    bundle.remove("spec_version");
    JsonNode objects = bundle.get("objects");
    if (objects instanceof ArrayNode array) {
      for (JsonNode o : array) {
        if (o instanceof ObjectNode object) {
          upgradeObject(object);
        }
      }
    }
    return bundle;
  }

  /** Upgrades one 2.0 object in place; a 2.1 object is left as it is. */
  static void upgradeObject(ObjectNode o) {
    if (o.has("spec_version")) {
      return;
    }
    String type = o.path("type").asText("");
    o.put("spec_version", "2.1");
    String typesProperty = TYPE_LABELS.get(type);
    if (typesProperty != null
        && o.get("labels") instanceof ArrayNode labels
        && !o.has(typesProperty)) {
      o.set(typesProperty, labels.deepCopy());
    }
    if (type.equals("indicator")) {
      if (!o.has("pattern_type")) {
        o.put("pattern_type", "stix");
      }
      if (!o.has("pattern_version")) {
        o.put("pattern_version", "2.0");
      }
    }
    if (type.equals("malware") && !o.has("is_family")) {
      o.put("is_family", true);
    }
  }
}
