package dev.lantern.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged {@code ./lantern} running in the background (serve, demo), as a user starts it. */
public final class Background implements AutoCloseable {
  private static final Path ROOT =
      Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath();

  public final Process process;
  public final List<String> lines = new ArrayList<>();
  private final BufferedReader out;

  public Background(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("lantern").toString());
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).directory(ROOT.toFile());
    b.environment().put("LANTERN_JAR", System.getProperty("lantern.jar"));
    b.environment().putAll(env);
    b.redirectError(ProcessBuilder.Redirect.INHERIT);
    process = b.start();
    process.getOutputStream().close();
    out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads stdout until a line matches; returns the first group. */
  public String await(String regex) throws IOException {
    Pattern p = Pattern.compile(regex);
    String line;
    while ((line = out.readLine()) != null) {
      lines.add(line);
      Matcher m = p.matcher(line);
      if (m.find()) {
        return m.groupCount() > 0 ? m.group(1) : line;
      }
    }
    throw new AssertionError("lantern ended before printing /" + regex + "/: " + lines);
  }

  /**
   * Sends SIGTERM (as Ctrl-C would SIGINT) and waits for a clean stop; returns the rest of stdout.
   */
  public String stop() throws Exception {
    // Process.destroy() would close our end of stdout; signal the process by its id instead.
    new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("lantern stopped").isTrue();
    StringBuilder rest = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      rest.append(line).append('\n');
    }
    return rest.toString();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}
