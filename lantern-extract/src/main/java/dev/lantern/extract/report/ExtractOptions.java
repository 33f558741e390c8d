package dev.lantern.extract.report;

import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user told us about a report, overriding what we would find ourselves.
 *
 * @param language the report's language, instead of identifying it
 * @param published the publication date, instead of the one in the document's metadata
 */
public record ExtractOptions(Optional<Language> language, Optional<LocalDate> published) {

  public ExtractOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
  }

  /** Identify the language and take the date from the document. */
  public static ExtractOptions automatic() {
    return new ExtractOptions(Optional.empty(), Optional.empty());
  }
}
