package dev.lantern.sweep;

/**
 * How a log input is read. {@link #AUTO} sniffs each input: a {@code #separator} header means Zeek,
 * a first line starting with <code>{</code> means JSON lines, a {@code .csv} name means CSV with a
 * header, anything else is text.
 */
public enum LogFormat {
  AUTO,
  /** Any text: tokens are classified by shape; no field names. */
  TEXT,
  /** JSON lines: values are found anywhere; the field is the nearest preceding key. */
  JSON,
  /** Zeek TSV: the field is the column named by the {@code #fields} header. */
  ZEEK,
  /** CSV whose first line is a header: the field is the column name. */
  CSV
}
