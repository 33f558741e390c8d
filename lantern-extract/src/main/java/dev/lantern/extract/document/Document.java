package dev.lantern.extract.document;

import java.time.LocalDate;
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
 */
public record Document(
    String source,
    DocumentFormat format,
    String text,
    Optional<String> title,
    Optional<LocalDate> published) {

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }

  /** A plain-text document with no metadata. */
  public static Document plain(String source, String text) {
    return new Document(source, DocumentFormat.TEXT, text, Optional.empty(), Optional.empty());
  }
}
