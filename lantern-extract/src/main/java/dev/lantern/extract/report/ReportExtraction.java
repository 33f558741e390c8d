package dev.lantern.extract.report;

import dev.lantern.extract.document.Document;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Lantern read in one report. Offsets in findings refer to {@code document.text()}.
 *
 * @param document the report as read
 * @param language its language, when it is one Lantern identifies
 * @param published the publication date: given by the user, else stated by the document
 * @param indicators indicators of compromise in text order, suppressed ones included and marked
 */
public record ReportExtraction(
    Document document,
    Optional<Language> language,
    Optional<LocalDate> published,
    List<Indicator> indicators) {

  public ReportExtraction {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    indicators = List.copyOf(indicators);
  }

  /** The indicators that are not suppressed: the ones worth acting on. */
  public List<Indicator> liveIndicators() {
    return indicators.stream().filter(i -> i.suppressed().isEmpty()).toList();
  }
}
