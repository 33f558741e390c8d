package dev.lantern.sweep;

import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.scan.ChunkResult;
import dev.lantern.sweep.scan.HitOutput;
import dev.lantern.sweep.scan.InputScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Sweeps log inputs for the indicators of an {@link IndicatorIndex}.
 *
 * <pre>{@code
 * IndicatorIndex index = IntelSources.load(List.of("coathanger.json"));
 * SweepResult result = Sweeper.builder(index).threads(4).build().sweep(List.of("/var/log/zeek"));
 * }</pre>
 *
 * <p>Inputs are files (plain or gzip), directories (walked recursively in name order) or {@code -}
 * for standard input. Plain files are split into line-aligned chunks scanned in parallel. An input
 * that cannot be read becomes a {@link SweepProblem}; the others are still swept. Immutable and
 * safe to reuse; each {@link #sweep} call uses its own buffers.
 */
public final class Sweeper {
  private final IndicatorIndex index;
  private final int threads;
  private final Executor executor;
  private final InstantSource clock;
  private final LogFormat format;
  private final Supplier<InputStream> stdin;

  private Sweeper(Builder b) {
    this.index = b.index;
    this.threads = b.threads;
    this.executor = b.executor;
    this.clock = b.clock;
    this.format = b.format;
    this.stdin = b.stdin;
  }

  /** A builder sweeping for {@code index}'s indicators. */
  public static Builder builder(IndicatorIndex index) {
    return new Builder(index);
  }

  /**
   * Sweeps the inputs, in order, and collects every hit. Convenient for small inputs; for logs of
   * any size use {@link #sweep(List, Consumer)}, which holds a bounded number of hits whatever the
   * logs.
   *
   * @param inputs file or directory paths, or {@code -} for standard input
   * @return every hit, and a problem for each input that could not be read to its end
   */
  public SweepResult sweep(List<String> inputs) {
    List<Hit> hits = new ArrayList<>();
    SweepSummary summary = sweep(inputs, hits::add);
    return new SweepResult(hits, summary.problems(), summary.bytes(), summary.lines());
  }

  /**
   * Sweeps the inputs, in order, handing each hit to {@code sink} while its chunk is still being
   * scanned: hits arrive ordered by input (in the order given, directories walked in name order),
   * then by byte offset, always on the calling thread.
   *
   * <p>Memory stays bounded whatever the size, hit density or kind of the logs: plain files are cut
   * into line-aligned chunks of at most {@value InputScanner#MAX_CHUNK_MIB} MiB scanned in
   * parallel, a gzip file or standard input is one sequential chunk, and at most two chunks per
   * thread are in flight. Each holds at most 3,072 hits on the way to the sink (batches of 512,
   * handed over a batch at a time): the chunk at the head streams its hits to the sink as it finds
   * them, and a chunk further on pauses once it holds that many, until the sweep reaches it. A slow
   * sink therefore slows the sweep rather than filling the heap.
   *
   * <p>Chunks are submitted to the executor in order, so any first-in-first-out executor works,
   * whatever its number of threads; a chunk the executor rejects or runs on the calling thread is
   * scanned by the calling thread when its turn comes. When the sink throws, chunks still in flight
   * stop within a MiB of scanning and release their threads; those not started never run.
   *
   * @param inputs file or directory paths, or {@code -} for standard input
   * @param sink receives every hit; an exception it throws stops the sweep and propagates
   * @return counts, and a problem for each input that could not be read to its end
   */
  public SweepSummary sweep(List<String> inputs, Consumer<? super Hit> sink) {
    Objects.requireNonNull(sink, "sink");
    List<SweepProblem> problems = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    InputScanner scanner = new InputScanner(index, clock, format);
    for (String input : inputs) {
      int ordinal = tasks.isEmpty() ? 0 : tasks.get(tasks.size() - 1).input + 1;
      if (input.equals("-")) {
        tasks.add(new Task(ordinal, hits -> scanner.scanStream("-", stdin.get(), hits)));
        continue;
      }
      for (Path file : expand(input, problems)) {
        try {
          for (InputScanner.Chunk chunk : scanner.plan(file.toString(), file)) {
            tasks.add(new Task(ordinal, chunk));
          }
          ordinal++;
        } catch (UnreadableLogException e) {
          problems.add(new SweepProblem(e.file(), e.offset(), e.getMessage()));
        }
      }
    }
    ExecutorService own = executor == null ? Executors.newFixedThreadPool(threads) : null;
    Executor runOn = executor == null ? own : executor;
    try {
      return drain(tasks, runOn, sink, problems);
    } finally {
      if (own != null) {
        own.shutdownNow();
      }
    }
  }

  /**
   * Runs the tasks with a bounded window in flight and hands their hits to the sink in task order,
   * draining the head chunk while it is scanned (see {@link HitHandoff}).
   */
  private SweepSummary drain(
      List<Task> tasks, Executor runOn, Consumer<? super Hit> sink, List<SweepProblem> problems) {
    int window = Math.max(2, threads * 2);
    ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    Delivery delivery = new Delivery(sink);
    Thread caller = Thread.currentThread();
    int next = 0;
    int currentInput = -1;
    long lines = 0;
    long bytes = 0;
    try {
      while (next < tasks.size() || !inFlight.isEmpty()) {
        while (next < tasks.size() && inFlight.size() < window) {
          Task t = tasks.get(next++);
          HitHandoff chunk = new HitHandoff(t.chunk, caller);
          inFlight.add(new Pending(t.input, chunk));
          try {
            runOn.execute(chunk);
          } catch (RejectedExecutionException e) {
            chunk.handBack();
          }
        }
        Pending head = inFlight.peek();
        if (head.input != currentInput) {
          lines += delivery.base;
          delivery.base = 0;
          currentInput = head.input;
        }
        ChunkResult r = head.chunk.drainTo(delivery);
        inFlight.poll();
        delivery.base += r.newlines();
        bytes += r.bytes();
        r.problem().ifPresent(problems::add);
      }
      lines += delivery.base;
      return new SweepSummary(delivery.hits, problems, bytes, lines);
    } finally {
      for (Pending p : inFlight) {
        p.chunk.close();
      }
    }
  }

  private record Task(int input, InputScanner.Chunk chunk) {}

  private record Pending(int input, HitHandoff chunk) {}

  /** Hands the head chunk's hits to the sink, numbering lines from the start of the input. */
  private static final class Delivery implements HitOutput {
    private final Consumer<? super Hit> sink;

    /** Newlines in the input before the head chunk. */
    long base;

    long hits;

    Delivery(Consumer<? super Hit> sink) {
      this.sink = sink;
    }

    @Override
    public void hit(Hit hit) {
      sink.accept(hit.shiftLines(base));
      hits++;
    }
  }

  private static List<Path> expand(String input, List<SweepProblem> problems) {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        return walk.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        problems.add(
            new SweepProblem(
                input, 0, input + ": cannot list the directory (" + e.getMessage() + ")"));
        return List.of();
      }
    }
    if (!Files.exists(path)) {
      problems.add(new SweepProblem(input, 0, input + ": no such file or directory"));
      return List.of();
    }
    return List.of(path);
  }

  /** Configures a {@link Sweeper}. */
  public static final class Builder {
    private final IndicatorIndex index;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private Executor executor;
    private InstantSource clock = InstantSource.system();
    private LogFormat format = LogFormat.AUTO;
    private Supplier<InputStream> stdin = () -> System.in;

    private Builder(IndicatorIndex index) {
      this.index = Objects.requireNonNull(index, "index");
    }

    /** How many chunks to plan per file for parallel scanning (default: available cores). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Runs chunk scans on this executor instead of a private pool of {@link #threads} threads. */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The clock that supplies the year of syslog timestamps (default: the system clock). */
    public Builder clock(InstantSource clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How inputs are read (default {@link LogFormat#AUTO}). */
    public Builder format(LogFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** Where {@code -} reads from (default {@link System#in}). */
    public Builder stdin(Supplier<InputStream> stdin) {
      this.stdin = Objects.requireNonNull(stdin, "stdin");
      return this;
    }

    public Sweeper build() {
      return new Sweeper(this);
    }
  }
}
