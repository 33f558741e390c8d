package dev.lantern.sweep.scan;

import dev.lantern.sweep.Hit;

/**
 * Where a chunk scan puts its hits as it finds them: in offset order, on the scanning thread, with
 * line numbers counted from the chunk's first line.
 *
 * <p>An unchecked exception thrown by either method is not caught by the scan: it ends the scan and
 * propagates to whoever ran it. That is how an output that can take no more stops a scan.
 */
public interface HitOutput {
  /** Takes one hit. */
  void hit(Hit hit);

  /**
   * Called after each region of up to a MiB has been scanned, so an output can pass on the hits it
   * holds, or stop a scan nobody waits for any more.
   */
  default void checkpoint() {}
}
