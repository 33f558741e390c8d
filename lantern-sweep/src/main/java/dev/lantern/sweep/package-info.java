/**
 * Sweeps logs for shared indicators: "did any of these indicators ever touch my network?"
 *
 * <p>Compile indicators into an {@link dev.lantern.sweep.index.IndicatorIndex} (from the sources in
 * {@link dev.lantern.sweep.intel}), then run a {@link dev.lantern.sweep.Sweeper} over log files,
 * directories or standard input. Each {@link dev.lantern.sweep.Hit} names the file, line, byte
 * offset, the value as written, the matched indicator, the field (when the log format has fields)
 * and the line's time (when one is recognised). Problems with one input never stop the others.
 */
package dev.lantern.sweep;
