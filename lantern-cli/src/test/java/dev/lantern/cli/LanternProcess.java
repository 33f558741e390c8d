package dev.lantern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code ./lantern} from outside, as a user would, for {@code *IT} tests. */
public final class LanternProcess {
  /** The repository root, where {@code ./lantern} lives. */
  public static final Path ROOT =
      Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath().normalize();

  private final Path work;
  private final Map<String, String> env;

  /**
   * @param work a folder for captured output (and the working directory of the process)
   * @param env variables to set, e.g. {@code LANTERN_DB}
   */
  public LanternProcess(Path work, Map<String, String> env) {
    this.work = work;
    this.env = Map.copyOf(env);
  }

  /** What one run printed and returned. */
  public record Run(int exit, String out, String err) {}

  /** A started process, with the builder already pointed at the packaged jar. */
  public ProcessBuilder builder(List<String> args) {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("lantern").toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    String jar = System.getProperty("lantern.jar");
    if (jar != null) {
      builder.environment().put("LANTERN_JAR", jar);
    }
    builder.environment().remove(KnowledgeStore.ENV);
    builder.environment().putAll(env);
    return builder;
  }

  /** Runs {@code lantern ARGS…} to its end (at most five minutes). */
  public Run run(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p =
        builder(List.of(args))
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("lantern %s finished", List.of(args)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
