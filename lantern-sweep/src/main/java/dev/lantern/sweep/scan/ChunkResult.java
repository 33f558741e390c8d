package dev.lantern.sweep.scan;

import dev.lantern.sweep.Hit;
import dev.lantern.sweep.SweepProblem;
import java.util.List;
import java.util.Optional;

/**
 * What scanning one chunk of one input found.
 *
 * @param hits hits in offset order, with line numbers counted from the chunk's first line
 * @param newlines newline bytes in the chunk (the next chunk's line numbers start after them)
 * @param bytes bytes scanned
 * @param problem why the chunk could not be read to its end, if it could not
 */
public record ChunkResult(
    List<Hit> hits, long newlines, long bytes, Optional<SweepProblem> problem) {
  public ChunkResult {
    hits = List.copyOf(hits);
  }
}
