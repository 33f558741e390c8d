package dev.lantern.sweep.intel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.sweep.InvalidIntelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an indicator source's JSON document, bounded in size, with errors naming the place. */
final class JsonFiles {
  /** The largest JSON source read into memory. */
  static final long MAX_BYTES = 1L << 30;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonFiles() {}

  static JsonNode read(String name, Path path) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InvalidIntelException(
            name
                + ": "
                + size
                + " bytes is more than the "
                + MAX_BYTES
                + " a JSON source may have;"
                + " split it into several files");
      }
      return MAPPER.readTree(path.toFile());
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new InvalidIntelException(
          name + where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new InvalidIntelException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** The text of a field, or empty text when it is absent or not a string/number. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() ? "" : v.asText();
  }
}
