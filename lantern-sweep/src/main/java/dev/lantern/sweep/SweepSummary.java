package dev.lantern.sweep;

import java.util.List;

/**
 * What one streaming sweep did; the hits themselves went to the caller's sink.
 *
 * @param hits hits handed to the sink
 * @param problems inputs that could not be read to their end
 * @param bytes bytes scanned (decompressed)
 * @param lines lines scanned
 */
public record SweepSummary(long hits, List<SweepProblem> problems, long bytes, long lines) {
  public SweepSummary {
    problems = List.copyOf(problems);
  }
}
