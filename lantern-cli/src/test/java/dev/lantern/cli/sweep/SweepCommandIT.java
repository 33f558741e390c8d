package dev.lantern.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code ./lantern sweep} as a user would: stdout, stderr, exit code. */
class SweepCommandIT {
  private static final Path ROOT =
      Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath();

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run lantern(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("lantern").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    String jar = System.getProperty("lantern.jar");
    if (jar != null) {
      builder.environment().put("LANTERN_JAR", jar);
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("lantern finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void sweep_gzipAndStdinFindHitsAndExitOne() throws Exception {
    Path iocs = Files.writeString(dir.resolve("iocs.txt"), "192.0.2.9\nevil.example\n");
    Path gz = dir.resolve("dns.log.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write("2024-02-06T10:00:00Z query C2.EVIL.example.\n".getBytes(StandardCharsets.UTF_8));
    }
    Run run =
        lantern(
            "conn to 192.0.2.9\n",
            "sweep",
            "--intel",
            iocs.toString(),
            "--format",
            "jsonl",
            gz.toString(),
            "-");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(2)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("\"value\":\"C2.EVIL.example\"", "\"time\":\"2024-02-06T10:00:00Z\""))
        .anySatisfy(l -> assertThat(l).contains("\"file\":\"-\"", "\"value\":\"192.0.2.9\""));
  }

  @Test
  void sweep_storeWithoutIntelSaysWhatToGiveAndExitsTwo() throws Exception {
    Run run = lantern("", "sweep", "--store", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("give at least one --intel SOURCE");
  }

  @Test
  void sweep_withoutHitsExitsZero() throws Exception {
    Path iocs = Files.writeString(dir.resolve("iocs.txt"), "192.0.2.9\n");
    Path log = Files.writeString(dir.resolve("a.log"), "all quiet 10.0.0.1\n");
    Run run = lantern("", "sweep", "--intel", iocs.toString(), log.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 hits");
  }
}
