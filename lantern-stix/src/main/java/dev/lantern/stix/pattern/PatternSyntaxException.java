package dev.lantern.stix.pattern;

import dev.lantern.stix.StixException;

/**
 * Thrown when text is not a valid STIX 2.1 pattern: a syntax error, or a rule of the specification
 * broken (an invalid object type, {@code START} not before {@code STOP}, a set mixing types, …).
 *
 * <p>The message reads {@code pattern error at 17: expected ']' but found 'AND' in "…"}, with an
 * excerpt of the pattern around the position, at most about 80 characters long.
 */
public final class PatternSyntaxException extends StixException {
  private static final int EXCERPT_RADIUS = 40;
  private static final int FOUND_LIMIT = 40;

  private final int position;
  private final String expected;
  private final String found;

  PatternSyntaxException(String pattern, int position, String expected, String found) {
    super(message(pattern, position, expected, found));
    this.position = position;
    this.expected = expected;
    this.found = found;
  }

  /** Returns the 0-based character offset in the pattern where the problem is. */
  public int position() {
    return position;
  }

  /** Returns what the parser wanted at {@link #position()}, e.g. {@code "']'"}. */
  public String expected() {
    return expected;
  }

  /** Returns what it found instead, e.g. {@code "'AND'"} or {@code "end of input"}. */
  public String found() {
    return found;
  }

  private static String message(String pattern, int position, String expected, String found) {
    return "pattern error at "
        + position
        + ": expected "
        + expected
        + " but found "
        + found
        + " in \""
        + excerpt(pattern, position)
        + "\"";
  }

  /** Describes the source text {@code text} found at a position: quoted, bounded, escaped. */
  static String describe(String text) {
    if (text.isEmpty()) {
      return "end of input";
    }
    String shown = text.length() > FOUND_LIMIT ? text.substring(0, FOUND_LIMIT) + "…" : text;
    return "'" + printable(shown) + "'";
  }

  private static String excerpt(String pattern, int position) {
    int from = Math.max(0, position - EXCERPT_RADIUS);
    int to = Math.min(pattern.length(), position + EXCERPT_RADIUS);
    return (from > 0 ? "…" : "")
        + printable(pattern.substring(from, to))
        + (to < pattern.length() ? "…" : "");
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
