package dev.lantern.cli.ingest;

import dev.lantern.app.ingest.Ingest;
import dev.lantern.app.ingest.IngestInput;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.cli.Terminal;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.document.UrlFetcher;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern ingest}: reports, STIX bundles and MISP events into the knowledge store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Stores reports (HTML, PDF, text), STIX 2.x bundles and MISP events in the knowledge store,"
          + " deciding by content what each file is. Folders are read recursively.",
      "One transaction per document: ingesting the same document again adds nothing; an edited"
          + " one adds a new version of its report. A bad document is reported and skipped.",
      "Exit status: 0 every document stored or unchanged, 2 some failed."
    },
    footer = {
      "",
      "Examples:",
      "  lantern ingest reports/",
      "  lantern ingest --db jdbc:postgresql://db/lantern?user=cti advisory.pdf bundle.json",
      "  lantern ingest https://example.org/advisory.html"
    })
public final class IngestCommand implements Callable<Integer> {
  /** Above this many documents, a terminal gets a progress bar. */
  private static final int PROGRESS_FROM = 20;

  @Spec CommandSpec spec;

  @Option(
      names = "--allow-private",
      description = "Let URLs reach loopback, private and link-local addresses (trusted sources).")
  boolean allowPrivate;

  @Parameters(paramLabel = "PATH|URL|DIR", arity = "1..*", description = "What to ingest.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<IngestOutcome> outcomes = new ArrayList<>();
    List<IngestInput> planned = new ArrayList<>();
    for (String input : inputs) {
      if (UrlFetcher.isUrl(input)) {
        try {
          planned.add(new IngestInput.FromUrl(new URI(input.strip())));
        } catch (java.net.URISyntaxException e) {
          outcomes.add(new IngestOutcome.Failed(input, "not a valid URL (" + e.getReason() + ")"));
        }
      } else {
        planned.add(new IngestInput.FromPath(Path.of(input)));
      }
    }
    for (IngestOutcome early : outcomes) {
      out.println(line(early));
    }
    try (Store store = KnowledgeStore.open(Main.db(spec))) {
      Ingest ingest =
          new Ingest(
              store,
              ReportExtractor.standard(),
              FetchPolicy.standard().withAllowPrivate(allowPrivate));
      List<IngestInput> expanded = Ingest.expand(planned);
      Progress progress =
          new Progress(
              err,
              expanded.size(),
              expanded.size() >= PROGRESS_FROM && Terminal.stderrIsTerminal());
      for (IngestInput input : expanded) {
        IngestOutcome outcome = ingest.ingest(input);
        outcomes.add(outcome);
        progress.clear();
        out.println(line(outcome));
        out.flush();
        progress.step();
      }
      progress.clear();
      out.println(summary(outcomes, store.location()));
      out.flush();
    } catch (StoreException e) {
      err.println("lantern ingest: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    boolean failed = outcomes.stream().anyMatch(o -> o instanceof IngestOutcome.Failed);
    return failed ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  static String line(IngestOutcome outcome) {
    String source = Terminal.printable(outcome.source());
    if (outcome instanceof IngestOutcome.Stored s) {
      return String.format(
          "stored     %s  (%s%s; %d new, %d new versions%s)",
          source,
          s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          s.report().map(r -> ", " + r).orElse(""),
          s.summary().created().size(),
          s.summary().newVersions().size(),
          s.summary().rejected().isEmpty()
              ? ""
              : ", " + s.summary().rejected().size() + " rejected: " + rejected(s));
    }
    if (outcome instanceof IngestOutcome.Unchanged u) {
      return String.format(
          "unchanged  %s  (%s%s)",
          source,
          u.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          u.report().map(r -> ", " + r).orElse(""));
    }
    if (outcome instanceof IngestOutcome.Skipped k) {
      return "skipped    " + source + ": " + Terminal.printable(k.reason());
    }
    IngestOutcome.Failed f = (IngestOutcome.Failed) outcome;
    return "failed     " + source + ": " + Terminal.printable(f.reason());
  }

  private static String rejected(IngestOutcome.Stored s) {
    var first = s.summary().rejected().get(0);
    return first.id() + " " + first.reason() + (s.summary().rejected().size() > 1 ? " …" : "");
  }

  static String summary(List<IngestOutcome> outcomes, String location) {
    long stored = outcomes.stream().filter(o -> o instanceof IngestOutcome.Stored).count();
    long unchanged = outcomes.stream().filter(o -> o instanceof IngestOutcome.Unchanged).count();
    long skipped = outcomes.stream().filter(o -> o instanceof IngestOutcome.Skipped).count();
    long failed = outcomes.size() - stored - unchanged - skipped;
    return String.format(
        "%d document%s: %d stored, %d unchanged, %d failed%s; store %s",
        outcomes.size(),
        outcomes.size() == 1 ? "" : "s",
        stored,
        unchanged,
        failed,
        skipped == 0 ? "" : ", " + skipped + " skipped (not reports)",
        location);
  }

  /** A one-line bar on standard error, redrawn in place; silent when not wanted. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private int done;

    Progress(PrintWriter err, int total, boolean on) {
      this.err = err;
      this.total = total;
      this.on = on;
    }

    void step() {
      done++;
      if (!on) {
        return;
      }
      int width = 30;
      int filled = (int) ((long) done * width / Math.max(1, total));
      err.print(
          "\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
      err.flush();
    }

    void clear() {
      if (on) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
