package dev.lantern.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code lantern} command; each subcommand lives in its feature package. */
@Command(
    name = "lantern",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Turns cyber-espionage reporting into an evidence-backed STIX 2.1 knowledge graph.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code, for tests that call it in-process. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
