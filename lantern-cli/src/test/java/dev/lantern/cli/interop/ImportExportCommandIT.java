package dev.lantern.cli.interop;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code ./lantern import} and {@code ./lantern export} as a user would. */
class ImportExportCommandIT {
  private static final Path ROOT =
      Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath();

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run lantern(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("lantern").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    String jar = System.getProperty("lantern.jar");
    if (jar != null) {
      builder.environment().put("LANTERN_JAR", jar);
    }
    builder.environment().put("LANTERN_DB", dir.resolve("store/lantern.db").toString());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("lantern finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static final String EVENT =
      """
      {"Event": {"uuid": "5e4f2a10-6b7c-4d1e-9a3b-2c8d7e6f5a41", "info": "COATHANGER advisory",
        "date": "2024-02-06", "timestamp": "1707220800", "threat_level_id": "1",
        "Orgc": {"name": "MIVD"},
        "Tag": [{"name": "tlp:green"}, {"name": "misp-galaxy:threat-actor=\\"APT 31\\""}],
        "Attribute": [
          {"uuid": "0b5c6d7e-1111-4a2b-8c3d-000000000001", "type": "ip-dst", "category": "Network activity",
           "value": "195.58.39.1", "to_ids": true, "timestamp": "1707220800"},
          {"uuid": "0b5c6d7e-1111-4a2b-8c3d-000000000002", "type": "domain", "category": "Network activity",
           "value": "secret.example", "to_ids": true, "timestamp": "1707220800",
           "Tag": [{"name": "tlp:red"}]},
          {"uuid": "0b5c6d7e-1111-4a2b-8c3d-000000000003", "type": "sha256", "category": "Payload delivery",
           "value": "1e9b9c2d7a0d3e5f6b1c8a4d2e0f9b7c6a5d4e3f2b1a0c9d8e7f6a5b4c3d2e1f", "to_ids": true,
           "timestamp": "1707220800"}]}}
      """;

  @Test
  void importThenExport_storesOnceExportsCleanStixAndWithholdsRed() throws Exception {
    Path event = Files.writeString(dir.resolve("event.json"), EVENT);
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"Event\": [");

    Run first = lantern("import", event.toString(), broken.toString());
    Run again = lantern("import", event.toString());

    assertThat(first.exit()).isEqualTo(2);
    assertThat(first.out()).contains("event.json (misp):").contains(" new,");
    assertThat(first.err()).contains("broken.json").contains("line 1");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains(" 0 new, 0 new versions");

    Path all = dir.resolve("all.json");
    Run export = lantern("export", "--format", "stix", "--out", all.toString());
    Run green = lantern("export", "--format", "stix", "--tlp-max", "GREEN");

    assertThat(export.exit()).isZero();
    Bundle bundle = StixJson.standard().readBundle(Files.readString(all));
    assertThat(bundle.objects()).anyMatch(o -> o.type().value().equals("indicator"));
    assertClean(bundle);
    assertThat(Files.readString(all)).contains("secret.example");
    assertThat(green.exit()).isZero();
    assertThat(green.out()).contains("195.58.39.1").doesNotContain("secret.example");
    assertThat(green.err()).containsPattern("[1-9][0-9]* withheld above TLP:GREEN");
    assertClean(StixJson.standard().readBundle(green.out()));
  }

  @Test
  void exportMisp_givesAnEventWithTheAttributesAndTlp() throws Exception {
    Path event = Files.writeString(dir.resolve("event.json"), EVENT);
    assertThat(lantern("import", "--format", "misp", event.toString()).exit()).isZero();

    Run run = lantern("export", "--format", "misp", "--tlp-max", "AMBER");

    assertThat(run.exit()).isZero();
    JsonNode e = new ObjectMapper().readTree(run.out()).get("Event");
    assertThat(e.get("info").asText()).isEqualTo("COATHANGER advisory");
    assertThat(e.get("Tag").toString()).contains("tlp:green").contains("APT 31");
    assertThat(e.get("Attribute").toString())
        .contains("195.58.39.1")
        .contains("ip-dst")
        .doesNotContain("secret.example");
  }

  @Test
  void importUnknownFormat_isAUsageError() throws Exception {
    Run run = lantern("import", "--format", "csv", "x.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("auto, stix, misp, attack or galaxy");
  }

  private static void assertClean(Bundle bundle) {
    List<String> problems = new ArrayList<>();
    for (Violation v : StixValidator.standard().validate(bundle)) {
      if (v.severity() == Violation.Severity.ERROR) {
        problems.add(v.toString());
      }
    }
    Optional<StixSchemas> schemas = StixSchemas.load();
    schemas.ifPresent(
        s -> {
          for (StixObject o : bundle.objects()) {
            s.errors(StixJson.standard().write(o)).forEach(e -> problems.add(o.id() + ": " + e));
          }
        });
    assertThat(problems).isEmpty();
  }
}
