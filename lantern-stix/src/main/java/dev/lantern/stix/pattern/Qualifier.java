package dev.lantern.stix.pattern;

/** A restriction on which observations may match an observation expression. */
public sealed interface Qualifier permits Within, Repeats, StartStop {
  /** Returns the keyword that introduces this qualifier: WITHIN, REPEATS or START. */
  String keyword();
}
