package dev.lantern.extract.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a report into a {@link Document}: detects PDF, HTML or plain text by content,
 * decodes the characters, and for HTML keeps only the visible article text.
 *
 * <p>Thread-safe and stateless. Never throws for odd text: bytes that are not valid UTF-8 are
 * decoded as Windows-1251 when they look Cyrillic and as Windows-1252 otherwise, so a report is
 * always read; only a document over the size limit, and a PDF that is truncated, encrypted or
 * damaged, are refused.
 */
public final class DocumentReader {

  /** The default limit on a document's size: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final long maxBytes;

  private DocumentReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maximum document size must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A reader with the default size limit. */
  public static DocumentReader standard() {
    return new DocumentReader(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses documents larger than {@code maxBytes}. */
  public static DocumentReader withMaxBytes(long maxBytes) {
    return new DocumentReader(maxBytes);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a document.
   *
   * @param source the name to report it under (a path, URL or {@code -})
   * @param bytes its content
   * @param contentType a declared media type such as {@code text/html; charset=utf-8}, if known
   * @throws UnreadableDocumentException if the document is larger than the limit, or a PDF that
   *     cannot be read
   */
  public Document read(String source, byte[] bytes, Optional<String> contentType) {
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    if (PdfText.isPdf(bytes)) {
      return PdfText.read(source, bytes);
    }
    boolean html =
        contentType
                .map(t -> t.toLowerCase(Locale.ROOT).contains("html"))
                .orElseGet(() -> source.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$"))
            || looksLikeHtml(bytes);
    Optional<Charset> declared = contentType.flatMap(DocumentReader::charsetParameter);
    if (html) {
      return HtmlText.read(source, bytes, declared);
    }
    return Document.plain(source, decode(bytes, declared));
  }

  /** The refusal of a document of {@code size} bytes, naming the limit and how to raise it. */
  UnreadableDocumentException tooLarge(String source, long size) {
    return new UnreadableDocumentException(
        String.format(
            Locale.ROOT,
            "%s: %,d bytes, over the %,d-byte limit for one document; split it or raise the"
                + " limit (--max-size)",
            source,
            size,
            maxBytes));
  }

  /** True when the first kilobyte, past a byte-order mark and white space, opens with markup. */
  static boolean looksLikeHtml(byte[] bytes) {
    int limit = Math.min(bytes.length, 1024);
    String head = new String(bytes, 0, limit, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    String start = head.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
    if (start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<head")
        || start.startsWith("<body")) {
      return true;
    }
    if (!start.startsWith("<")) {
      return false;
    }
    return head.contains("<p>")
        || head.contains("<div")
        || head.contains("<meta")
        || head.contains("<article")
        || head.contains("<title");
  }

  /** Decodes text: a byte-order mark or declared charset wins, then strict UTF-8, then a guess. */
  static String decode(byte[] bytes, Optional<Charset> declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (declared.isPresent()) {
      return new String(bytes, declared.get());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, guessSingleByteCharset(bytes));
    }
  }

  /**
   * Cyrillic single-byte text (Windows-1251) puts most high bytes in 0xC0–0xFF, where letters live;
   * Western text (Windows-1252) uses high bytes rarely and across the range.
   */
  private static Charset guessSingleByteCharset(byte[] bytes) {
    long high = 0;
    long letters = 0;
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u >= 0x80) {
        high++;
        if (u >= 0xC0) {
          letters++;
        }
      }
    }
    boolean cyrillic = high > 0 && letters * 10 >= high * 7 && high * 5 >= bytes.length;
    return Charset.forName(cyrillic ? "windows-1251" : "windows-1252");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Charset> charsetParameter(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring("charset=".length()).replace("\"", "").trim();
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
