package dev.lantern.store.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict JSON reading of untrusted import files: duplicate keys, trailing content and oversized
 * input are refused; a syntax error names the line and column.
 */
final class JsonFile {
  /** The largest import file (the ATT&CK enterprise bundle is about 45 MiB). */
  static final long MAX_BYTES = 256L << 20;

  private static final ObjectMapper MAPPER = mapper();

  private JsonFile() {}

  private static ObjectMapper mapper() {
    ObjectMapper m =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxDocumentLength(MAX_BYTES)
                .maxStringLength(16 << 20)
                .build());
    return m;
  }

  static JsonNode read(Path file) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new InvalidImportException(source, "", "is a folder; give the JSON files in it");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InvalidImportException(
            source,
            "",
            "is " + (size >> 20) + " MiB; the largest import is " + (MAX_BYTES >> 20) + " MiB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(source, in);
      }
    } catch (IOException e) {
      throw new InvalidImportException(source, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  static JsonNode read(String source, InputStream in) throws IOException {
    try {
      JsonNode node = MAPPER.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new InvalidImportException(source, "", "is empty; expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String place =
          e.getLocation() == null
              ? ""
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidImportException(
          source, place, "is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
