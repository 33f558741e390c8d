package dev.lantern.cli;

import dev.lantern.cli.alias.AliasCommand;
import dev.lantern.cli.demo.DemoCommand;
import dev.lantern.cli.eval.EvalCommand;
import dev.lantern.cli.extract.ExtractCommand;
import dev.lantern.cli.feed.FeedCommand;
import dev.lantern.cli.ingest.IngestCommand;
import dev.lantern.cli.interop.ExportCommand;
import dev.lantern.cli.interop.ImportCommand;
import dev.lantern.cli.search.SearchCommand;
import dev.lantern.cli.serve.ServeCommand;
import dev.lantern.cli.show.ShowCommand;
import dev.lantern.cli.sweep.SweepCommand;
import dev.lantern.cli.taxii.TaxiiCommand;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Entry point of the {@code lantern} command; each subcommand lives in its feature package. */
@Command(
    name = "lantern",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Turns cyber-espionage reporting into an evidence-backed STIX 2.1 knowledge graph.",
    subcommands = {
      ExtractCommand.class,
      SweepCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      AliasCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      TaxiiCommand.class,
      EvalCommand.class,
      FeedCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  @Option(
      names = "--db",
      scope = CommandLine.ScopeType.INHERIT,
      paramLabel = "PATH|JDBC_URL",
      description =
          "The knowledge store: a SQLite file or a jdbc:postgresql:// URL (default: $"
              + KnowledgeStore.ENV
              + ", else "
              + KnowledgeStore.DEFAULT
              + ").")
  String db;

  /** The {@code --db} given anywhere on the command line that runs {@code spec}. */
  public static Optional<String> db(CommandSpec spec) {
    return spec.root().userObject() instanceof Main main
        ? Optional.ofNullable(main.db)
        : Optional.empty();
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code, for tests that call it in-process. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The configured command line: usage errors exit {@link ExitCodes#BAD_INPUT}, and an exception
   * that escapes a command is a bug, reported as such with {@link ExitCodes#INTERNAL}.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(
        e -> e instanceof ParameterException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ParameterException usage) {
            // a command found its options inconsistent: a usage error, not a bug
            commandLine
                .getErr()
                .println("lantern " + commandLine.getCommandName() + ": " + usage.getMessage());
            commandLine
                .getErr()
                .println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
          }
          commandLine
              .getErr()
              .println(
                  "lantern "
                      + commandLine.getCommandName()
                      + ": internal error: "
                      + e
                      + "\nThis is a bug in Lantern; please report it with the command you ran."
                      + " Set LANTERN_DEBUG=1 for the stack trace.");
          if (System.getenv("LANTERN_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.INTERNAL;
        });
    return cli;
  }
}
