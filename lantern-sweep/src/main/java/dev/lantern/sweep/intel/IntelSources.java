package dev.lantern.sweep.intel;

import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns {@code --intel} arguments into {@link IndicatorSource}s and loads them.
 *
 * <p>An argument is {@code store} (the knowledge store), or a file path, optionally prefixed with
 * its kind ({@code stix:}, {@code misp:}, {@code csv:}, {@code list:}). Without a prefix the kind
 * is sniffed: JSON with {@code "type": "bundle"} is STIX, other JSON is MISP, {@code .csv} is CSV,
 * anything else is a plain list.
 */
public final class IntelSources {
  private IntelSources() {}

  /**
   * The source named by {@code spec}.
   *
   * @throws InvalidIntelException when the file does not exist or cannot be read
   */
  public static IndicatorSource open(String spec) {
    if (spec.equals("store") || spec.startsWith("store:")) {
      return new StoreSource();
    }
    String kind = "";
    String file = spec;
    int colon = spec.indexOf(':');
    if (colon > 1) {
      String prefix = spec.substring(0, colon).toLowerCase(Locale.ROOT);
      if (List.of("stix", "misp", "csv", "list").contains(prefix)) {
        kind = prefix;
        file = spec.substring(colon + 1);
      }
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new InvalidIntelException(
          spec + ": no such indicator file; give a STIX bundle, MISP event JSON, CSV or a list");
    }
    if (kind.isEmpty()) {
      kind = sniff(spec, path);
    }
    return switch (kind) {
      case "stix" -> new StixBundleSource(spec, path);
      case "misp" -> new MispEventSource(spec, path);
      case "csv" -> new CsvIntelSource(spec, path);
      default -> new PlainListSource(spec, path);
    };
  }

  /** Loads every source into one index (duplicates across sources keep the first reference). */
  public static IndicatorIndex load(List<String> specs) {
    IndicatorIndex.Builder builder = IndicatorIndex.builder();
    for (String spec : specs) {
      open(spec).loadInto(builder);
    }
    return builder.build();
  }

  private static String sniff(String spec, Path path) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(64 * 1024);
    } catch (IOException e) {
      throw new InvalidIntelException(spec + ": cannot read (" + e.getMessage() + ")", e);
    }
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      return text.replaceAll("\\s", "").contains("\"type\":\"bundle\"") ? "stix" : "misp";
    }
    return spec.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "list";
  }
}
