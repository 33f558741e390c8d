package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.stix.schema.StixSchemas;
import dev.lantern.stix.validate.StixValidator;
import dev.lantern.stix.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fixtures and the two checks every bundle Lantern emits must pass. */
final class Bundles {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Optional<StixSchemas> SCHEMAS = StixSchemas.load();

  private Bundles() {}

  static JsonNode resource(String name) {
    try (InputStream in = Bundles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No validator error; and, when the OASIS schemas are present, no schema error per object. */
  static void assertClean(Bundle bundle) {
    List<String> problems = new ArrayList<>();
    for (Violation v : StixValidator.standard().validate(bundle)) {
      if (v.severity() == Violation.Severity.ERROR) {
        problems.add(v.toString());
      }
    }
    SCHEMAS.ifPresent(
        schemas -> {
          for (StixObject o : bundle.objects()) {
            for (String e : schemas.errors(StixJson.standard().write(o))) {
              problems.add(o.id() + ": " + e);
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  static boolean schemasPresent() {
    return SCHEMAS.isPresent();
  }
}
