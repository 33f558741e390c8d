package dev.lantern.app.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * What an input's content is, decided by its first bytes and, for JSON, by its root: {@code
 * {"type":"bundle",…}} is a STIX bundle, {@code {"Event":{…}}} a MISP event, an object with {@code
 * language}, {@code indicators} and {@code claims} an evaluation answer key; everything else is a
 * document (PDF, HTML or text, told apart by the document reader). File names and extensions are
 * never consulted: a {@code .txt} that holds a bundle is a bundle.
 *
 * @param kind the kind, or empty for a document whose reader decides between PDF, HTML and text
 * @param json the parsed root, for JSON kinds
 */
record Sniffed(Optional<DocumentKind> kind, Optional<JsonNode> json) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(16 << 20)
                .maxNameLength(1000)
                .maxNumberLength(400)
                .build());
  }

  static Sniffed document() {
    return new Sniffed(Optional.empty(), Optional.empty());
  }

  /**
   * Sniffs the content.
   *
   * @throws IngestException when the content starts like JSON but does not parse (naming line,
   *     column and JSON path), or is JSON of neither known kind
   */
  static Sniffed of(String source, byte[] bytes) {
    int start = firstSignificant(bytes);
    if (start >= bytes.length || (bytes[start] != '{' && bytes[start] != '[')) {
      return document();
    }
    JsonNode root = parse(source, bytes, start);
    if (root.isObject() && "bundle".equals(root.path("type").asText(null))) {
      return new Sniffed(Optional.of(DocumentKind.STIX_BUNDLE), Optional.of(root));
    }
    if (root.isObject() && root.path("Event").isObject()) {
      return new Sniffed(Optional.of(DocumentKind.MISP_EVENT), Optional.of(root));
    }
    if (root.isObject()
        && root.path("language").isTextual()
        && root.path("indicators").isArray()
        && root.path("claims").isArray()) {
      return new Sniffed(Optional.of(DocumentKind.EVALUATION_LABELS), Optional.of(root));
    }
    throw new IngestException(
        source
            + ": JSON that is neither a STIX 2.x bundle ({\"type\": \"bundle\", \"objects\": […]})"
            + " nor a MISP event ({\"Event\": {…}}); the root is "
            + (root.isArray() ? "an array" : "an object with keys " + keys(root)));
  }

  private static JsonNode parse(String source, byte[] bytes, int start) {
    try {
      JsonNode root = JSON.readTree(bytes, start, bytes.length - start);
      if (root == null || root.isMissingNode()) {
        throw new IngestException(source + ": empty JSON document");
      }
      return root;
    } catch (JsonProcessingException e) {
      String path = "$";
      if (e.getProcessor() instanceof JsonParser p) {
        path = JsonPaths.of(p.getParsingContext());
      }
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new IngestException(
          source + ": broken JSON" + where + " (" + path + "): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IngestException(source + ": cannot read the JSON (" + e.getMessage() + ")", e);
    }
  }

  private static String keys(JsonNode root) {
    StringBuilder sb = new StringBuilder();
    var names = root.fieldNames();
    for (int i = 0; names.hasNext() && i < 5; i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(names.next()).append('"');
    }
    return sb.length() == 0 ? "(none)" : sb.toString();
  }

  /** The offset of the first byte that is not a UTF-8 byte-order mark or white space. */
  private static int firstSignificant(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    return i;
  }
}
