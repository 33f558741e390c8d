package dev.lantern.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.sweep.index.IndicatorIndex;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sweeps of logs where every line is a hit (issue 4: a 158 MB dense log died with OutOfMemoryError
 * at {@code -Xmx64m}, and a dense gzip file or standard input held every hit until its end). Hits
 * must stream out of a chunk while it is read, with a bound on the hits held.
 *
 * <p>The bound is observed without timing: standard input here is generated on demand and counts
 * the lines it has given out, so a sink can see how far reading has run ahead of delivery. Reading
 * may be ahead by the hits a chunk holds ({@link HitHandoff#MAX_HELD}) plus the lines in the
 * reader's buffers (under 2 MiB); before the fix it was ahead by the whole stream.
 */
class DenseSweepTest {
  @TempDir Path dir;

  /**
   * The shortest generated line, {@code "2026-12-01T10:00:00Z conn from 198.51.100.7 port 1\n"}.
   */
  private static final int SHORTEST_LINE = 51;

  /** How many lines reading may be ahead of delivery. */
  private static final long SLACK = HitHandoff.MAX_HELD + (2L << 20) / SHORTEST_LINE;

  private static IndicatorIndex planted() {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    assertThat(b.addGuessing("198.51.100.7", null)).isEmpty();
    return b.build();
  }

  private static String line(long i) {
    return "2026-12-01T10:00:"
        + (i % 60 < 10 ? "0" : "")
        + i % 60
        + "Z conn from 198.51.100.7 port "
        + i
        + "\n";
  }

  @ParameterizedTest(name = "gzip: {0}")
  @ValueSource(booleans = {false, true})
  void aDenseStreamIsDeliveredWhileItIsStillBeingRead(boolean gzip) {
    long lines = 400_000;
    DenseLines stdin = new DenseLines(lines, gzip);
    long[] maxAhead = {0};
    long[] delivered = {0};

    SweepSummary summary =
        Sweeper.builder(planted())
            .threads(2)
            .stdin(() -> stdin)
            .build()
            .sweep(
                List.of("-"),
                h -> {
                  maxAhead[0] = Math.max(maxAhead[0], stdin.served() - h.line());
                  delivered[0]++;
                  assertThat(h.line()).isEqualTo(delivered[0]);
                });

    assertThat(summary.problems()).isEmpty();
    assertThat(summary.hits()).isEqualTo(lines);
    assertThat(summary.lines()).isEqualTo(lines);
    assertThat(maxAhead[0]).as("lines read but not yet delivered").isLessThanOrEqualTo(SLACK);
  }

  @Test
  void aSinkThatThrowsStopsEveryChunkAndReleasesTheExecutorsThreads() throws Exception {
    DenseLines stdin = new DenseLines(2_000_000, false);
    Path file = denseFile("dense.log", 400_000); // ~20 MB: two chunks, each pausing when full
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long[] servedAtThrow = {-1};
    try {
      assertThatThrownBy(
              () ->
                  Sweeper.builder(planted())
                      .threads(2)
                      .executor(pool)
                      .stdin(() -> stdin)
                      .build()
                      .sweep(
                          List.of("-", file.toString()),
                          h -> {
                            if (h.line() == 1_000) {
                              servedAtThrow[0] = stdin.served();
                              throw new IllegalStateException("output closed");
                            }
                          }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("output closed");
    } finally {
      pool.shutdown();
    }

    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES))
        .as("every chunk task returned its thread")
        .isTrue();
    assertThat(servedAtThrow[0]).isBetween(1_000L, 1_000 + SLACK);
    assertThat(stdin.served()).as("lines read in all").isLessThanOrEqualTo(1_000 + 2 * SLACK);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"direct", "one thread"})
  @Timeout(120)
  void anExecutorThatRunsOneTaskAtATimeStillSweepsDenseChunksToTheEnd(String kind)
      throws IOException {
    long fileLines = 400_000;
    long streamLines = 50_000;
    Path file = denseFile("dense.log", fileLines);
    ExecutorService single = Executors.newSingleThreadExecutor();
    Executor executor = kind.equals("direct") ? Runnable::run : single;
    Thread caller = Thread.currentThread();
    List<Long> lastLine = new ArrayList<>(List.of(0L, 0L));
    long[] offThread = {0};
    try {
      SweepSummary summary =
          Sweeper.builder(planted())
              .threads(2)
              .executor(executor)
              .stdin(() -> new DenseLines(streamLines, true))
              .build()
              .sweep(
                  List.of(file.toString(), "-"),
                  h -> {
                    int input = h.file().equals("-") ? 1 : 0;
                    assertThat(h.line()).isEqualTo(lastLine.get(input) + 1);
                    lastLine.set(input, h.line());
                    if (Thread.currentThread() != caller) {
                      offThread[0]++;
                    }
                  });

      assertThat(summary.problems()).isEmpty();
      assertThat(summary.hits()).isEqualTo(fileLines + streamLines);
      assertThat(summary.lines()).isEqualTo(fileLines + streamLines);
      assertThat(lastLine).containsExactly(fileLines, streamLines);
      assertThat(offThread[0]).isZero();
    } finally {
      single.shutdownNow();
    }
  }

  private Path denseFile(String name, long lines) throws IOException {
    Path p = dir.resolve(name);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8))) {
      for (long i = 0; i < lines; i++) {
        w.write(line(i));
      }
    }
    return p;
  }

  /**
   * Standard input that writes dense lines on demand, a hundred at a time (gzip-compressed and
   * flushed, when asked), and counts the lines it has given out.
   */
  private static final class DenseLines extends InputStream {
    private static final int BATCH = 100;
    private final long total;
    private final AtomicLong served = new AtomicLong();
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    private final GZIPOutputStream gzip;
    private byte[] pending = new byte[0];
    private int position;
    private boolean finished;

    DenseLines(long total, boolean gzip) {
      this.total = total;
      try {
        this.gzip = gzip ? new GZIPOutputStream(compressed, 1 << 12, true) : null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long served() {
      return served.get();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == pending.length) {
        if (finished) {
          return -1;
        }
        refill();
      }
      int n = Math.min(len, pending.length - position);
      System.arraycopy(pending, position, into, off, n);
      position += n;
      return n;
    }

    private void refill() throws IOException {
      long from = served.get();
      long to = Math.min(total, from + BATCH);
      StringBuilder text = new StringBuilder();
      for (long i = from; i < to; i++) {
        text.append(line(i));
      }
      served.set(to);
      byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
      finished = to == total;
      if (gzip == null) {
        pending = bytes;
      } else {
        gzip.write(bytes);
        if (finished) {
          gzip.finish();
        } else {
          gzip.flush();
        }
        pending = compressed.toByteArray();
        compressed.reset();
      }
      position = 0;
    }
  }
}
