package dev.lantern.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One knowledge-base file read as rows of cells (see {@code kb/SOURCES.md}): {@code #} comments, a
 * header line, then TAB-separated rows whose multi-valued cells use {@code " | "} and whose empty
 * cells are {@code -}. Every error names the file and line.
 */
final class KbTable {
  /** Longest line accepted, so that a hostile file cannot make one row exhaust memory. */
  private static final int MAX_LINE = 64 * 1024;

  private static final int MAX_ROWS = 1_000_000;

  /** A data row with its line number and cells addressed by header name. */
  record Row(String file, int line, Map<String, String> cells) {
    /** The cell's values ({@code " | "}-separated), empty for {@code -}. */
    List<String> values(String column) {
      String cell = cells.get(column);
      if (cell == null || cell.equals("-")) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String v : cell.split(" \\| ", -1)) {
        String s = v.strip();
        if (s.isEmpty() || s.equals("-")) {
          throw fail(file, line, "column '" + column + "' has an empty value between ' | '");
        }
        out.add(s);
      }
      return out;
    }

    /** The single value of a required cell. */
    String required(String column) {
      String cell = cells.get(column);
      if (cell == null || cell.isBlank() || cell.equals("-")) {
        throw fail(file, line, "column '" + column + "' must not be empty");
      }
      return cell.strip();
    }

    /** The single value of an optional cell. */
    Optional<String> optional(String column) {
      List<String> v = values(column);
      return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
  }

  private KbTable() {}

  /**
   * Reads every row, checking that the header has the required columns and each row as many cells
   * as the header.
   */
  static List<Row> read(String file, Reader reader, List<String> requiredColumns) {
    try (BufferedReader in = new BufferedReader(reader)) {
      List<String> header = null;
      List<Row> rows = new ArrayList<>();
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.length() > MAX_LINE) {
          throw fail(file, lineNo, "line is longer than " + MAX_LINE + " chars");
        }
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = Arrays.asList(cells);
          for (String c : requiredColumns) {
            if (!header.contains(c)) {
              throw fail(
                  file,
                  lineNo,
                  "header lacks column '" + c + "'; expected columns " + requiredColumns);
            }
          }
          continue;
        }
        if (cells.length != header.size()) {
          throw fail(
              file,
              lineNo,
              "expected "
                  + header.size()
                  + " TAB-separated cells as in the header, found "
                  + cells.length);
        }
        if (rows.size() >= MAX_ROWS) {
          throw fail(file, lineNo, "more than " + MAX_ROWS + " rows");
        }
        List<String> h = header;
        Map<String, String> byName =
            java.util.stream.IntStream.range(0, cells.length)
                .boxed()
                .collect(Collectors.toMap(h::get, i -> cells[i], (a, b) -> a));
        rows.add(new Row(file, lineNo, byName));
      }
      if (header == null) {
        throw fail(file, lineNo, "no header line; expected columns " + requiredColumns);
      }
      return rows;
    } catch (IOException e) {
      throw new InvalidKnowledgeBaseException(
          "cannot read knowledge-base file " + file + ": " + e.getMessage(), e);
    }
  }

  static InvalidKnowledgeBaseException fail(String file, int line, String rule) {
    return new InvalidKnowledgeBaseException(
        file + ":" + line + ": " + rule + " (format: see kb/SOURCES.md)");
  }
}
