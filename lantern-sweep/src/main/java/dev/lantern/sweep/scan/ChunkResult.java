package dev.lantern.sweep.scan;

import dev.lantern.sweep.SweepProblem;
import java.util.Optional;

/**
 * How the scan of one chunk of one input ended; its hits went to the chunk's {@link HitOutput} as
 * they were found.
 *
 * @param newlines newline bytes in the chunk (the next chunk's line numbers start after them)
 * @param bytes bytes scanned
 * @param problem why the chunk could not be read to its end, if it could not
 */
public record ChunkResult(long newlines, long bytes, Optional<SweepProblem> problem) {}
