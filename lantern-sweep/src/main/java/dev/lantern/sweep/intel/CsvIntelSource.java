package dev.lantern.sweep.intel;

import dev.lantern.sweep.IndicatorType;
import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CSV with a header naming a value column ({@code value}, {@code indicator}, {@code ioc}, {@code
 * observable}) and optionally a type column ({@code type}, {@code kind}) and an id column ({@code
 * id}, {@code uuid}). Without a type column, or with a blank type, the type is guessed. Quoted
 * fields (RFC 4180) may contain commas and doubled quotes, but not line breaks.
 */
final class CsvIntelSource implements IndicatorSource {
  private final String name;
  private final Path path;

  CsvIntelSource(String name, Path path) {
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
      String header = in.readLine();
      if (header == null) {
        return;
      }
      List<String> columns = split(header.replace("\uFEFF", ""));
      int value = column(columns, "value", "indicator", "ioc", "observable");
      int type = column(columns, "type", "kind", "indicator_type", "ioc_type");
      int id = column(columns, "id", "uuid", "reference");
      if (value < 0) {
        throw new InvalidIntelException(
            name
                + " line 1: the CSV header "
                + columns
                + " has no value column; name it 'value' or 'indicator'");
      }
      String line;
      long number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> row = split(line);
        String where = "line " + number;
        if (value >= row.size() || row.get(value).isBlank()) {
          builder.reject(name, where, "no value in column '" + columns.get(value) + "'");
          continue;
        }
        String v = row.get(value);
        String ref = id >= 0 && id < row.size() && !row.get(id).isBlank() ? row.get(id) : null;
        String declared = type >= 0 && type < row.size() ? row.get(type).strip() : "";
        Optional<String> problem;
        if (declared.isEmpty()) {
          problem = builder.addGuessing(v, ref);
        } else {
          Optional<IndicatorType> t = IndicatorType.fromName(declared);
          problem =
              t.isPresent()
                  ? builder.add(t.get(), v, ref)
                  : Optional.of("type '" + declared + "' is not sweepable");
        }
        if (problem.isPresent()) {
          builder.reject(name, ref == null ? where : ref, problem.get());
        }
      }
    } catch (IOException e) {
      throw new InvalidIntelException(name + ": cannot read the CSV (" + e.getMessage() + ")", e);
    }
  }

  private static int column(List<String> columns, String... names) {
    for (String n : names) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).strip().toLowerCase(Locale.ROOT).equals(n)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Splits one CSV record (RFC 4180 quoting within the line). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
