package dev.lantern.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.scan.InputScanner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming sweep: hits in order, on the caller's thread, over files cut into many chunks. */
class StreamingSweepTest {
  @TempDir Path dir;

  private static final int EVERY = 1000;

  /**
   * Writes {@code lines} log lines; every {@value #EVERY}th (1-based line numbers 1, 1001, …)
   * carries the planted address, with an ISO timestamp that grows by one second per line.
   */
  private Path log(String name, int lines, boolean gzip) throws IOException {
    Path p = dir.resolve(name);
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                gzip ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p),
                StandardCharsets.UTF_8),
            1 << 16)) {
      Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
      for (int i = 0; i < lines; i++) {
        String ip = i % EVERY == 0 ? "198.51.100.77" : "192.0.2." + (i % 200);
        w.write(
            t0.plusSeconds(i)
                + " conn accepted from "
                + ip
                + " port 443 user alice padding-padding-padding\n");
      }
    }
    return p;
  }

  private static IndicatorIndex planted() {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    assertThat(b.addGuessing("198.51.100.77", null)).isEmpty();
    return b.build();
  }

  @Test
  void sweep_streamsHitsInInputOrderOnTheCallingThreadAcrossManyChunks() throws IOException {
    int lines = 1_000_000; // ~88 MB: cut into several chunks of at most MAX_CHUNK_MIB
    Path big = log("big.log", lines, false);
    assertThat(Files.size(big)).isGreaterThan(2L * MAX_CHUNK_BYTES);
    Path small = log("small.log.gz", 5_000, true);
    Thread caller = Thread.currentThread();
    List<Hit> seen = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();

    SweepSummary summary =
        Sweeper.builder(planted())
            .threads(2)
            .build()
            .sweep(
                List.of(big.toString(), small.toString()),
                h -> {
                  seen.add(h);
                  threads.add(Thread.currentThread());
                });

    assertThat(summary.problems()).isEmpty();
    assertThat(summary.hits()).isEqualTo(seen.size()).isEqualTo(lines / EVERY + 5);
    assertThat(summary.lines()).isEqualTo(lines + 5_000);
    assertThat(threads).containsOnly(caller);
    for (int k = 0; k < lines / EVERY; k++) {
      Hit h = seen.get(k);
      assertThat(h.file()).isEqualTo(big.toString());
      assertThat(h.line()).as("hit %d", k).isEqualTo((long) k * EVERY + 1);
    }
    List<Hit> tail = seen.subList(lines / EVERY, seen.size());
    assertThat(tail).extracting(Hit::file).containsOnly(small.toString());
    assertThat(tail).extracting(Hit::line).containsExactly(1L, 1001L, 2001L, 3001L, 4001L);
  }

  @Test
  void sweep_collectingAndStreamingGiveTheSameHits() throws IOException {
    Path a = log("a.log", 120_000, false);
    Path b = log("b.log.gz", 3_000, true);
    Sweeper sweeper = Sweeper.builder(planted()).threads(2).build();
    List<String> inputs = List.of(a.toString(), b.toString(), dir.resolve("missing").toString());
    List<Hit> streamed = new ArrayList<>();

    SweepSummary summary = sweeper.sweep(inputs, streamed::add);
    SweepResult collected = sweeper.sweep(inputs);

    assertThat(streamed).isEqualTo(collected.hits());
    assertThat(summary.problems()).isEqualTo(collected.problems()).hasSize(1);
    assertThat(summary.bytes()).isEqualTo(collected.bytes());
    assertThat(summary.lines()).isEqualTo(collected.lines());
  }

  @Test
  void sweep_anExceptionFromTheSinkStopsTheSweepAndPropagates() throws IOException {
    Path a = log("a.log", 50_000, false);
    List<Hit> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                Sweeper.builder(planted())
                    .threads(2)
                    .build()
                    .sweep(
                        List.of(a.toString()),
                        h -> {
                          seen.add(h);
                          if (seen.size() == 3) {
                            throw new IllegalStateException("output closed");
                          }
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("output closed");
    assertThat(seen).hasSize(3);
  }

  @Test
  void tally_foldsHitsIntoOneSightingPerIndicatorWithTimesAndFiles() throws IOException {
    Path a = log("a.log", 3_000, false);
    Path b = log("b.log", 1_500, false);
    HitTally tally = new HitTally();

    Sweeper.builder(planted()).threads(2).build().sweep(List.of(a.toString(), b.toString()), tally);

    assertThat(tally.hits()).isEqualTo(5);
    assertThat(tally.sightings()).hasSize(1);
    HitTally.Sighting s = tally.sightings().get(0);
    assertThat(s.indicator().value()).isEqualTo("198.51.100.77");
    assertThat(s.count()).isEqualTo(5);
    assertThat(s.firstSeen()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(s.lastSeen()).contains(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(2000));
    assertThat(s.files()).containsExactly(a.toString(), b.toString());
  }

  private static final long MAX_CHUNK_BYTES = (long) InputScanner.MAX_CHUNK_MIB << 20;
}
