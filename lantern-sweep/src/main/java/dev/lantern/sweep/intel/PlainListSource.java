package dev.lantern.sweep.intel;

import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.length() > MAX_LINE) {
          builder.reject(name, "line " + number, "line is longer than " + MAX_LINE + " characters");
          continue;
        }
        String value = stripComment(line).strip();
        if (value.isEmpty()) {
          continue;
        }
        Optional<String> problem = builder.addGuessing(value, null);
        if (problem.isPresent()) {
          builder.reject(name, "line " + number, problem.get());
        }
      }
    } catch (IOException e) {
      throw new InvalidIntelException(
          name + ": cannot read the indicator list (" + e.getMessage() + "); it must be UTF-8 text",
          e);
    }
  }

  static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
