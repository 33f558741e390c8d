package dev.lantern.stix.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates STIX JSON against the OASIS STIX 2.1 JSON schemas kept in {@code
 * ../shared/conformance/stix2.1-schemas/schemas} (draft 2020-12), each object against its own
 * type's schema; the bundle schema is not used because it rejects custom objects. Shipped in
 * lantern-stix's test-jar for the other modules' tests. Thread-safe.
 *
 * <p>Custom types have no schema of their own: objects with {@code created} are checked against
 * {@code common/core.json}, the others against {@code common/cyber-observable-core.json}.
 */
public final class StixSchemas {
  /** The {@code $id} prefix of the OASIS schemas, mapped to the local folder. */
  public static final String ID_PREFIX =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> META =
      Map.of(
          "marking-definition", "common/marking-definition.json",
          "language-content", "common/language-content.json",
          "extension-definition", "common/extension-definition.json",
          "bundle", "common/bundle.json");

  private final Path dir;
  private final JsonSchemaFactory factory;
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

  private StixSchemas(Path dir) {
    this.dir = dir;
    String local = dir.toUri().toString();
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b ->
                b.schemaMappers(
                    m -> m.mapPrefix(ID_PREFIX, local.endsWith("/") ? local : local + "/")));
  }

  /**
   * The schemas under {@code <lantern.shared>/conformance/stix2.1-schemas/schemas}, where the
   * system property {@code lantern.shared} (set by Surefire) defaults to {@code ../shared}; empty
   * when that folder is absent, so tests can skip.
   */
  public static Optional<StixSchemas> load() {
    Path shared = Path.of(System.getProperty("lantern.shared", "../shared"));
    return load(shared.resolve("conformance/stix2.1-schemas/schemas"));
  }

  /** The schemas in {@code schemasDir} (the folder holding common/, sdos/, …); empty if absent. */
  public static Optional<StixSchemas> load(Path schemasDir) {
    return Files.isDirectory(schemasDir.resolve("common"))
        ? Optional.of(new StixSchemas(schemasDir.toAbsolutePath().normalize()))
        : Optional.empty();
  }

  /**
   * Schema errors of one STIX object (not a bundle), as readable strings; empty when it conforms.
   *
   * @throws IllegalArgumentException when the text is not a JSON object with a string type
   */
  public List<String> errors(String objectJson) {
    JsonNode node;
    try {
      node = JSON.readTree(objectJson);
    } catch (Exception e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject() || !node.path("type").isTextual()) {
      throw new IllegalArgumentException("expected a JSON object with a string \"type\"");
    }
    String schemaPath = schemaPathFor(node.get("type").textValue(), node.has("created"));
    JsonSchema schema =
        cache.computeIfAbsent(schemaPath, p -> factory.getSchema(SchemaLocation.of(ID_PREFIX + p)));
    return schema.validate(node).stream().map(ValidationMessage::toString).sorted().toList();
  }

  private String schemaPathFor(String type, boolean hasCreated) {
    if (META.containsKey(type)) {
      return META.get(type);
    }
    for (String folder : List.of("sdos", "sros", "observables")) {
      String p = folder + "/" + type + ".json";
      if (Files.isRegularFile(dir.resolve(p))) {
        return p;
      }
    }
    return hasCreated ? "common/core.json" : "common/cyber-observable-core.json";
  }
}
