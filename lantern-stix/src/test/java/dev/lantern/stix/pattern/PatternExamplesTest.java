package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every STIX pattern in the OASIS example bundles under {@code lantern.shared} parses. */
class PatternExamplesTest {

  @Test
  void parse_acceptsEveryPatternInOasisExamples() throws IOException {
    Path examples =
        Path.of(System.getProperty("lantern.shared", "../../shared"))
            .resolve("conformance/stix2.1-schemas/examples");
    Assumptions.assumeTrue(
        Files.isDirectory(examples), examples + " absent: skipping the OASIS example patterns");

    ObjectMapper json = new ObjectMapper();
    List<String> patterns = new ArrayList<>();
    try (Stream<Path> files = Files.walk(examples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        collectPatterns(json.readTree(file.toFile()), patterns);
      }
    }

    assertThat(patterns).hasSizeGreaterThan(10);
    List<Executable> checks = new ArrayList<>();
    for (String text : patterns) {
      checks.add(
          () -> {
            Pattern pattern = Pattern.parse(text);
            assertThat(Pattern.parse(pattern.toString())).as(text).isEqualTo(pattern);
          });
    }
    assertAll(checks.stream());
  }

  /** Adds the {@code pattern} of every object whose pattern type is STIX (or unstated). */
  private static void collectPatterns(JsonNode node, List<String> out) {
    if (node.isObject()) {
      JsonNode pattern = node.get("pattern");
      JsonNode type = node.get("pattern_type");
      if (pattern != null
          && pattern.isTextual()
          && (type == null || "stix".equals(type.asText()))) {
        out.add(pattern.asText());
      }
    }
    for (JsonNode child : node) {
      collectPatterns(child, out);
    }
  }
}
