package dev.lantern.sweep.scan;

import dev.lantern.sweep.LogFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How one input is laid out: its format and, for Zeek and CSV, the field names of its header. */
final class LogLayout {
  final LogFormat format;
  final String[] fieldNames;

  private LogLayout(LogFormat format, String[] fieldNames) {
    this.format = format;
    this.fieldNames = fieldNames;
  }

  /**
   * Decides the layout from the first bytes of an input (see {@link LogFormat#AUTO}) and reads the
   * Zeek {@code #fields} or CSV header line when it is within {@code head}.
   */
  static LogLayout detect(String name, byte[] head, int length, LogFormat requested) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    LogFormat format = requested;
    if (format == LogFormat.AUTO) {
      String lower = name.toLowerCase(Locale.ROOT);
      String trimmed = text.stripLeading();
      if (text.startsWith("#separator")) {
        format = LogFormat.ZEEK;
      } else if (trimmed.startsWith("{")) {
        format = LogFormat.JSON;
      } else if (lower.endsWith(".csv") || lower.endsWith(".csv.gz")) {
        format = LogFormat.CSV;
      } else {
        format = LogFormat.TEXT;
      }
    }
    String[] fields = null;
    if (format == LogFormat.ZEEK) {
      for (String line : text.split("\n")) {
        if (line.startsWith("#fields\t")) {
          fields = line.strip().substring("#fields\t".length()).split("\t", -1);
          break;
        }
        if (!line.startsWith("#")) {
          break;
        }
      }
    } else if (format == LogFormat.CSV) {
      int nl = text.indexOf('\n');
      if (nl >= 0) {
        fields = splitCsvHeader(text.substring(0, nl).strip());
      }
    }
    return new LogLayout(format, fields);
  }

  /** Splits a CSV header line on commas outside double quotes; quotes are removed. */
  static String[] splitCsvHeader(String line) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        names.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    names.add(current.toString().strip());
    return names.toArray(new String[0]);
  }
}
