package dev.lantern.cli.sweep;

import dev.lantern.app.hunt.Hunt;
import dev.lantern.app.hunt.HuntResult;
import dev.lantern.app.hunt.Sightings;
import dev.lantern.app.hunt.SweepOptions;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.HitTally;
import dev.lantern.sweep.LogFormat;
import dev.lantern.sweep.SweepException;
import dev.lantern.sweep.SweepProblem;
import dev.lantern.sweep.SweepSummary;
import dev.lantern.sweep.Sweeper;
import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.index.Rejection;
import dev.lantern.sweep.intel.IntelSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern sweep}: did any of these indicators ever touch my network? */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Finds shared indicators (IPs and CIDRs, domains and their subdomains, URLs, e-mail"
          + " addresses, file hashes) in logs: text, JSON lines, Zeek TSV, CSV, gzip, stdin,"
          + " directories.",
      "Exit status: 0 no hits, 1 hits, 2 errors (bad indicator source, unreadable log)."
    },
    footer = {
      "",
      "Examples:",
      "  lantern sweep --intel coathanger.json /var/log/zeek",
      "  lantern sweep --intel iocs.txt --intel misp-event.json --format jsonl fw.log.gz",
      "  zcat old/*.gz | lantern sweep --intel iocs.csv -",
      "  lantern sweep --intel iocs.txt --format stix --org 'ACME CERT' logs/ > sightings.json",
      "  lantern sweep --intel store --store --org 'ACME CERT' /var/log/zeek",
      "",
      "Indicator sources: a STIX 2.1 bundle, MISP event JSON, CSV with a value/indicator column,"
          + " or a plain list (one value per line, # comments). Prefix stix:, misp:, csv: or list:"
          + " to force the kind."
    })
public final class SweepCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    jsonl,
    stix
  }

  private static final int MAX_REJECTIONS_SHOWN = 20;

  @Spec CommandSpec spec;

  @Option(
      names = "--intel",
      paramLabel = "SOURCE",
      description =
          "Indicator source: a file, or 'store' for every live indicator in the knowledge store;"
              + " repeatable.")
  List<String> intel = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--log-format",
      paramLabel = "KIND",
      defaultValue = "AUTO",
      description = "How to read logs: ${COMPLETION-CANDIDATES} (default: sniffed per file).")
  LogFormat logFormat;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Scanner threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--store",
      description =
          "Write the sightings into the knowledge store (see --db); sweeping the same logs again"
              + " does not count hits twice.")
  boolean store;

  @Option(
      names = "--org",
      paramLabel = "NAME",
      defaultValue = "Lantern user",
      description = "The sweeping organisation, named in STIX sightings.")
  String organisation;

  @Option(names = "--stats", description = "Print load and scan timings and memory to stderr.")
  boolean stats;

  @Parameters(
      paramLabel = "LOG",
      arity = "1..*",
      description = "Files, directories, or - for stdin.")
  List<String> logs = new ArrayList<>();

  private final Supplier<InputStream> stdin;
  private final InstantSource clock;

  /** The command as the CLI runs it: standard input, system clock. */
  public SweepCommand() {
    this(() -> System.in, InstantSource.system());
  }

  /** For tests: inject standard input and the clock. */
  public SweepCommand(Supplier<InputStream> stdin, InstantSource clock) {
    this.stdin = stdin;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (SweepException e) {
      err.println("lantern sweep: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("lantern sweep: cannot write the output: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } finally {
      out.flush(); // hits written as JSON lines before a failure still reach the output
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err) throws IOException {
    List<String> sources = new ArrayList<>(intel);
    if (sources.isEmpty()) {
      err.println(
          "lantern sweep: give at least one --intel SOURCE (a file of indicators, or 'store')");
      return ExitCodes.BAD_INPUT;
    }
    boolean needsStore = store || sources.stream().anyMatch(SweepCommand::isStore);
    if (!needsStore) {
      return sweep(out, err, sources, Optional.empty());
    }
    try (Store opened = KnowledgeStore.open(Main.db(spec))) {
      return sweep(out, err, sources, Optional.of(opened));
    } catch (StoreException e) {
      err.println("lantern sweep: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  private static boolean isStore(String spec) {
    return spec.equals("store") || spec.startsWith("store:");
  }

  private int sweep(
      PrintWriter out, PrintWriter err, List<String> sources, Optional<Store> knowledge)
      throws IOException {
    Runtime runtime = Runtime.getRuntime();
    long loadStart = System.nanoTime();
    IndicatorIndex.Builder builder = IndicatorIndex.builder();
    for (String source : sources) {
      if (isStore(source)) {
        new Hunt(knowledge.orElseThrow()).asSource().loadInto(builder);
      } else {
        IntelSources.open(source).loadInto(builder);
      }
    }
    IndicatorIndex index = builder.build();
    long loadNanos = System.nanoTime() - loadStart;
    long heapAfterLoad = 0;
    if (stats) {
      System.gc();
      heapAfterLoad = runtime.totalMemory() - runtime.freeMemory();
    }
    reportRejections(index, err);
    int n = threads == null ? Math.max(1, runtime.availableProcessors()) : threads;
    if (n < 1) {
      err.println("lantern sweep: --threads must be at least 1, was " + n);
      return ExitCodes.BAD_INPUT;
    }
    SweepOptions options = new SweepOptions(n, logFormat, clock);
    long scanStart = System.nanoTime();
    long cpuStart = processCpuNanos();
    // Hits stream: JSON lines are written as they arrive; every format tallies per indicator.
    Consumer<Hit> sink = format == Format.jsonl ? HitWriter.jsonLines(out) : hit -> {};
    SweepSummary result;
    List<HitTally.Sighting> seen;
    Optional<HuntResult> written = Optional.empty();
    try {
      if (knowledge.isPresent()) {
        HuntResult hunt =
            new Hunt(knowledge.get())
                .sweep(index, logs, options, Optional.of(organisation), store, sink);
        result = hunt.sweep();
        seen = hunt.seen();
        written = hunt.sightings().isPresent() ? Optional.of(hunt) : Optional.empty();
      } else {
        HitTally tally = new HitTally();
        result =
            Sweeper.builder(index)
                .threads(n)
                .clock(clock)
                .format(logFormat)
                .stdin(stdin)
                .build()
                .sweep(logs, tally.andThen(sink));
        seen = tally.sightings();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long scanNanos = System.nanoTime() - scanStart;
    long cpuNanos = processCpuNanos() - cpuStart;
    switch (format) {
      case jsonl -> {} // written as the hits arrived; call() flushes
      case stix -> {
        out.println(
            StixJson.standard()
                .toTree(Sightings.bundle(seen, organisation, logs, clock.instant()))
                .toPrettyString());
        out.flush();
      }
      default -> HitWriter.summary(seen, index.size(), result, out);
    }
    if (written.isPresent()) {
      HuntResult h = written.get();
      err.printf(
          "lantern sweep: %d sighting%s in %s: %d new, %d updated, %d unchanged%n",
          h.sightingCount(),
          h.sightingCount() == 1 ? "" : "s",
          knowledge.orElseThrow().location(),
          h.newSightings(),
          h.updatedSightings(),
          h.sightingCount() - h.newSightings() - h.updatedSightings());
    }
    for (SweepProblem p : result.problems()) {
      err.println("lantern sweep: " + p.message());
    }
    if (stats) {
      double seconds = scanNanos / 1e9;
      double cpu = cpuNanos / 1e9;
      err.printf(
          Locale.ROOT,
          "lantern sweep: stats: %d indicators loaded in %.3f s (index %.1f MB, heap after load"
              + " %.1f MB); %d bytes, %d lines swept in %.3f s = %.1f MB/s with %d threads;"
              + " %.3f s CPU = %.1f MB/s per core; %d hits%n",
          index.size(),
          loadNanos / 1e9,
          index.memoryBytes() / 1e6,
          heapAfterLoad / 1e6,
          result.bytes(),
          result.lines(),
          seconds,
          result.bytes() / 1e6 / Math.max(seconds, 1e-9),
          n,
          cpu,
          cpu > 0 ? result.bytes() / 1e6 / cpu : 0.0,
          result.hits());
    }
    if (!result.problems().isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    return result.hits() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** CPU time of the whole process (all threads, GC and JIT included), or 0 if unknown. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static void reportRejections(IndicatorIndex index, PrintWriter err) {
    List<Rejection> rejected = index.rejected();
    if (rejected.isEmpty()) {
      return;
    }
    err.printf(
        "lantern sweep: %d indicator%s not swept (unsupported or malformed):%n",
        rejected.size(), rejected.size() == 1 ? "" : "s");
    for (int i = 0; i < Math.min(rejected.size(), MAX_REJECTIONS_SHOWN); i++) {
      Rejection r = rejected.get(i);
      err.printf("  %s %s: %s%n", r.source(), r.reference(), r.reason());
    }
    if (rejected.size() > MAX_REJECTIONS_SHOWN) {
      err.printf("  … and %d more%n", rejected.size() - MAX_REJECTIONS_SHOWN);
    }
  }
}
