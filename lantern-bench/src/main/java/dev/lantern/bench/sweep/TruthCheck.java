package dev.lantern.bench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.sweep.Hit;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares what a sweep reported with a corpus's truth file: every planted hit found, nothing else.
 * Hits are keyed by (file name, line, byte offset, value as written, indicator).
 *
 * <p>Usage: {@code java -cp lantern-bench.jar dev.lantern.bench.sweep.TruthCheck truth.tsv
 * hits.jsonl} — prints the verdict and exits 0 when exact, 1 otherwise.
 */
public final class TruthCheck {
  /** One hit as both sides can state it. */
  public record Key(String file, long line, long offset, String value, String indicator) {
    @Override
    public String toString() {
      return file + ":" + line + " @" + offset + " " + value + " -> " + indicator;
    }
  }

  /** The outcome: planted hits not reported, and reported hits not planted. */
  public record Verdict(int expected, int reported, List<Key> missing, List<Key> unexpected) {
    public boolean exact() {
      return missing.isEmpty() && unexpected.isEmpty();
    }

    @Override
    public String toString() {
      StringBuilder s =
          new StringBuilder(
              String.format(
                  "%s: %d planted, %d reported, %d missing, %d unexpected",
                  exact() ? "EXACT" : "NOT EXACT",
                  expected,
                  reported,
                  missing.size(),
                  unexpected.size()));
      missing.stream().limit(10).forEach(k -> s.append("\n  missing    ").append(k));
      unexpected.stream().limit(10).forEach(k -> s.append("\n  unexpected ").append(k));
      return s.toString();
    }
  }

  private TruthCheck() {}

  /** Reads a truth file written by {@link SweepCorpus}. */
  public static List<Key> readTruth(Path truth) throws IOException {
    List<Key> keys = new ArrayList<>();
    for (String line : Files.readAllLines(truth, StandardCharsets.US_ASCII)) {
      String[] f = line.split("\t");
      keys.add(new Key(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4]));
    }
    return keys;
  }

  /** Keys of hits found in-process. */
  public static List<Key> fromHits(List<Hit> hits) {
    List<Key> keys = new ArrayList<>();
    for (Hit h : hits) {
      keys.add(
          new Key(
              Path.of(h.file()).getFileName().toString(),
              h.line(),
              h.offset(),
              h.value(),
              h.indicator().value()));
    }
    return keys;
  }

  /** Keys of the hits in a {@code --format jsonl} output file. */
  public static List<Key> fromJsonLines(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Key> keys = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = mapper.readTree(line);
        keys.add(
            new Key(
                Path.of(n.get("file").asText()).getFileName().toString(),
                n.get("line").asLong(),
                n.get("offset").asLong(),
                n.get("value").asText(),
                n.get("indicator").asText()));
      }
    }
    return keys;
  }

  public static Verdict compare(List<Key> truth, List<Key> reported) {
    Set<Key> want = new HashSet<>(truth);
    Set<Key> got = new HashSet<>(reported);
    List<Key> missing = truth.stream().filter(k -> !got.contains(k)).toList();
    List<Key> unexpected = reported.stream().filter(k -> !want.contains(k)).toList();
    return new Verdict(truth.size(), reported.size(), missing, unexpected);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TruthCheck truth.tsv hits.jsonl");
      System.exit(2);
    }
    Verdict v = compare(readTruth(Path.of(args[0])), fromJsonLines(Path.of(args[1])));
    System.out.println(v);
    System.exit(v.exact() ? 0 : 1);
  }
}
