package dev.lantern.sweep;

import java.util.List;

/**
 * What one sweep found.
 *
 * @param hits every hit, ordered by input (in the order given, directories walked in name order),
 *     then by byte offset
 * @param problems inputs that could not be read to their end
 * @param bytes bytes scanned (decompressed)
 * @param lines lines scanned
 */
public record SweepResult(List<Hit> hits, List<SweepProblem> problems, long bytes, long lines) {
  public SweepResult {
    hits = List.copyOf(hits);
    problems = List.copyOf(problems);
  }
}
