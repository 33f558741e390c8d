package dev.lantern.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.json.StixJson;

/**
 * STIX 2.x bundles as they arrive. A STIX 2.0 bundle (a bundle-level {@code spec_version} of {@code
 * 2.0}, objects without their own) is upgraded minimally: each object gets {@code spec_version}
 * {@code 2.1} and the bundle-level property is dropped, as STIX 2.1 moved it. Other 2.0 differences
 * (embedded observables in {@code observed-data}, {@code labels} as indicator types) are kept as
 * they are: nothing is lost, and the store keeps unknown properties.
 */
final class StixBundles {
  private StixBundles() {}

  /**
   * Reads the bundle, upgraded when it is STIX 2.0.
   *
   * @throws dev.lantern.stix.InvalidStixException naming the JSON path of what is wrong
   */
  static Bundle read(JsonNode root) {
    ObjectNode bundle = (ObjectNode) root.deepCopy();
    JsonNode bundleVersion = bundle.remove("spec_version");
    if (bundleVersion != null) {
      JsonNode objects = bundle.path("objects");
      for (JsonNode o : objects) {
        if (o instanceof ObjectNode object && !object.has("spec_version")) {
          object.put("spec_version", Common.SPEC_VERSION);
        }
      }
    }
    return StixJson.standard().readBundle(bundle.toString());
  }
}
