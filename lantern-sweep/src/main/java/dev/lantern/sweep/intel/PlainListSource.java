package dev.lantern.sweep.intel;

import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One indicator per line, type guessed from its shape; {@code #} starts a comment (at the start of
 * a line, or after whitespace). Blank lines are skipped; unusable lines are rejected by number.
 */
final class PlainListSource implements IndicatorSource {
  private static final int MAX_LINE = 64 * 1024;

  private final String name;
  private final Path path;

  PlainListSource(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void loadInto(IndicatorIndex.Builder builder) {
    try (InputStream in = Files.newInputStream(path)) {
      new Lines(in, builder).run();
    } catch (IOException e) {
      throw new InvalidIntelException(
          name + ": cannot read the indicator list (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Splits the list into lines over raw bytes — no decoding into strings, which is most of the cost
   * of loading a million-line list — strips comments and blanks, and hands each value to the
   * builder as UTF-8.
   */
  private final class Lines {
    private final InputStream in;
    private final IndicatorIndex.Builder builder;
    private final byte[] buf = new byte[1 << 16];
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean overlong;
    private long number;

    Lines(InputStream in, IndicatorIndex.Builder builder) {
      this.in = in;
      this.builder = builder;
    }

    void run() throws IOException {
      int n;
      while ((n = in.read(buf)) > 0) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            append(buf, from, i);
            endLine();
            from = i + 1;
          }
        }
        append(buf, from, n);
      }
      if (lineLength > 0 || overlong) {
        endLine();
      }
    }

    private void append(byte[] b, int from, int to) {
      int add = to - from;
      if (overlong || add == 0) {
        return;
      }
      if (lineLength + add > MAX_LINE) {
        overlong = true;
        return;
      }
      if (lineLength + add > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + add));
      }
      System.arraycopy(b, from, line, lineLength, add);
      lineLength += add;
    }

    private void endLine() {
      number++;
      if (overlong) {
        builder.reject(name, "line " + number, "line is longer than " + MAX_LINE + " characters");
      } else {
        int end = commentStart(line, lineLength);
        int start = 0;
        while (start < end && isSpace(line[start])) {
          start++;
        }
        while (end > start && isSpace(line[end - 1])) {
          end--;
        }
        if (end > start) {
          Optional<String> problem =
              builder.addGuessing(Arrays.copyOfRange(line, start, end), null);
          if (problem.isPresent()) {
            builder.reject(name, "line " + number, problem.get());
          }
        }
      }
      lineLength = 0;
      overlong = false;
    }
  }

  /** Where a {@code #} comment starts (at the start of the line or after whitespace), or len. */
  static int commentStart(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] == '#' && (i == 0 || isSpace(b[i - 1]))) {
        return i;
      }
    }
    return len;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == 0x0b || c == '\f';
  }
}
