package dev.lantern.stix;

/**
 * How the STIX layer quotes untrusted input in error messages: short excerpts only, so a hostile
 * multi-megabyte value never ends up in a log line.
 */
public final class StixText {
  private static final int MAX_EXCERPT = 80;

  private StixText() {}

  /** The value cut to at most 80 characters (with an ellipsis), or {@code null} spelled out. */
  public static String excerpt(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() <= MAX_EXCERPT ? value : value.substring(0, MAX_EXCERPT) + "…";
  }
}
