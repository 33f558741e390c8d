/**
 * Sweep benchmarks: a seeded generator of realistic mixed logs with planted indicator hits and a
 * truth file ({@link dev.lantern.bench.sweep.SweepCorpus}), the exactness check against that truth
 * ({@link dev.lantern.bench.sweep.TruthCheck}), and JMH benchmarks of the lookup structures.
 */
package dev.lantern.bench.sweep;
