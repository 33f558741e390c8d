package dev.lantern.extract.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as Lantern reads it: where it came from, its visible text, and what its markup said
 * about it. Offsets of every finding refer to {@link #text()}.
 *
 * @param source the file path, URL or {@code -} it was read from, as the user named it
 * @param format how the bytes were interpreted
 * @param text the visible text, with block boundaries as line breaks
 * @param title the document title, when the markup names one
 * @param published the publication date stated by the document's metadata, when it states one
 * @param captions the spans of {@code text} that are photo or figure captions (kept, since they may
 *     name people and places, but not the story's own statements), in text order
 */
public record Document(
    String source,
    DocumentFormat format,
    String text,
    Optional<String> title,
    Optional<LocalDate> published,
    List<Span> captions) {

  /** A span of the text: {@code start} inclusive, {@code end} exclusive. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a span");
      }
    }
  }

  /** A document without captions. */
  public Document(
      String source,
      DocumentFormat format,
      String text,
      Optional<String> title,
      Optional<LocalDate> published) {
    this(source, format, text, title, published, List.of());
  }

  /** Whether the char at {@code offset} lies in a caption. */
  public boolean inCaption(int offset) {
    for (Span c : captions) {
      if (offset >= c.start() && offset < c.end()) {
        return true;
      }
    }
    return false;
  }

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    captions = List.copyOf(captions);
    for (Span c : captions) {
      if (c.end() > text.length()) {
        throw new IllegalArgumentException(
            "caption span [" + c.start() + ", " + c.end() + ") runs past the text");
      }
    }
  }

  /** A plain-text document with no metadata. */
  public static Document plain(String source, String text) {
    return new Document(source, DocumentFormat.TEXT, text, Optional.empty(), Optional.empty());
  }
}
