package dev.lantern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code ./lantern} as a user would, and checks stdout, stderr and exit codes.
 */
public class LanternCliIT {

  static final Path ROOT = Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath();

  public record Run(int exit, String out, String err) {}

  public static Run lantern(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("lantern").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().put("LANTERN_JAR", System.getProperty("lantern.jar"));
    Path out = Files.createTempFile("lantern-out", ".txt");
    Path err = Files.createTempFile("lantern-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("lantern finished").isTrue();
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  @Test
  void version_printsTheBuildVersion() throws Exception {
    Run run = lantern("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("lantern 0.");
  }

  @Test
  void extract_helpShowsExamples() throws Exception {
    Run run = lantern("extract", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Examples:", "--format", "--allow-private");
  }

  @Test
  void extract_findsEveryIndicatorOfTheShippedAdvisoryRefanged() throws Exception {
    Run run = lantern("extract", "--format", "json", "docs/examples/advisory.txt");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.get("source").asText()).isEqualTo("docs/examples/advisory.txt");
    assertThat(result.get("language").asText()).isEqualTo("en");
    List<String> live = new ArrayList<>();
    List<String> suppressed = new ArrayList<>();
    for (JsonNode i : result.get("indicators")) {
      String entry = i.get("type").asText() + " " + i.get("value").asText();
      (i.get("suppressed").isNull() ? live : suppressed).add(entry);
    }
    assertThat(live)
        .contains(
            "ipv4 185.220.101.47",
            "ipv4 45.153.241.77",
            "domain update-fortinet-cdn.net",
            "domain api.update-fortinet-cdn.net",
            "url https://files.securecdn-mirror.org/fgt/boot.tar.gz",
            "url http://91.215.85.102/dl/libpe.so",
            "email reports@mail-securecdn.org",
            "cidr 194.87.18.0/24",
            "sha256 1f3a9c4be26d77e8c0a5b91f04dd6e2a8c35f7b0e9d41a6c2b8f5e703c19d4aa",
            "md5 4d2c8e91a07f35b6c1e9d08a72f4b3c5",
            "sha1 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807",
            "cve CVE-2022-42475",
            "cve CVE-2023-27997",
            "attack-technique T1190",
            "attack-technique T1014");
    assertThat(live)
        .noneMatch(s -> s.contains("192.168.1.99") || s.contains("10.20.30.40"))
        .noneMatch(s -> s.contains("203.0.113.5"))
        .noneMatch(s -> s.equals("domain libpe.so") || s.equals("domain boot.tar.gz"))
        .noneMatch(s -> s.contains("7.0.12") || s.contains("10.0.19045"));
    assertThat(suppressed).contains("ipv4 192.168.1.99", "ipv4 10.20.30.40", "ipv4 203.0.113.5");
  }

  @Test
  void extract_readsTheSeedStoryWhichHasNoIndicators() throws Exception {
    Path seed = ROOT.resolve("../shared/seeds/000_8a09450a30845074.txt").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(seed), "../shared/seeds absent: skipping");

    Run run = lantern("extract", "--format", "json", "--published", "2024-02-06", seed.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.get("language").asText()).isEqualTo("en");
    assertThat(result.get("published").asText()).isEqualTo("2024-02-06");
    assertThat(result.get("indicators")).allMatch(i -> !i.get("suppressed").isNull());
  }

  @Test
  void extract_namesAnUnreadableInputAndStillProcessesTheOthers(@TempDir Path dir)
      throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "C2: 185.220.101[.]47");

    Run run =
        lantern(
            "extract", "--format", "json", dir.resolve("missing.txt").toString(), good.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("missing.txt: no such file");
    JsonNode results = new ObjectMapper().readTree(run.out());
    assertThat(results.isArray()).isTrue();
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("indicators").get(0).get("value").asText())
        .isEqualTo("185.220.101.47");
  }

  @Test
  void extract_refusesLoopbackUrlsWithoutAllowPrivate() throws Exception {
    Run run = lantern("extract", "http://127.0.0.1:9/report.html");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("refused", "loopback", "--allow-private");
  }

  @Test
  void extract_rejectsABadDateWithTheExpectedForm() throws Exception {
    Run run = lantern("extract", "--published", "06/02/2024", "docs/examples/advisory.txt");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("YYYY-MM-DD");
  }
}
