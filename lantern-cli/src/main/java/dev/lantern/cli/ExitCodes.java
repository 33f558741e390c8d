package dev.lantern.cli;

/** The exit codes every Lantern command uses, so scripts can rely on them. */
public final class ExitCodes {
  /** Success; for search-like commands, nothing found. */
  public static final int OK = 0;

  /** Findings where the command reports them like grep (a sweep with hits). */
  public static final int FINDINGS = 1;

  /** Bad input: a file that could not be read, a malformed document, a usage error. */
  public static final int BAD_INPUT = 2;

  /** A bug in Lantern: the message asks for a report. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
