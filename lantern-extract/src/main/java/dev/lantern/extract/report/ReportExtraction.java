package dev.lantern.extract.report;

import dev.lantern.extract.attribution.Claim;
import dev.lantern.extract.attribution.Incident;
import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.entity.EntityMention;
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
 * @param entities named groups, malware, tools, countries, organisations and sectors, in text order
 * @param dates date expressions in text order, relative ones resolved against {@code published}
 * @param claims attribution claims in text order
 * @param incidents the incidents the report describes, the main one flagged
 */
public record ReportExtraction(
    Document document,
    Optional<Language> language,
    Optional<LocalDate> published,
    List<Indicator> indicators,
    List<EntityMention> entities,
    List<DateMention> dates,
    List<Claim> claims,
    List<Incident> incidents) {

  public ReportExtraction {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    indicators = List.copyOf(indicators);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    claims = List.copyOf(claims);
    incidents = List.copyOf(incidents);
  }

  /** An extraction without claims or incidents. */
  public ReportExtraction(
      Document document,
      Optional<Language> language,
      Optional<LocalDate> published,
      List<Indicator> indicators,
      List<EntityMention> entities,
      List<DateMention> dates) {
    this(document, language, published, indicators, entities, dates, List.of(), List.of());
  }

  /** The indicators that are not suppressed: the ones worth acting on. */
  public List<Indicator> liveIndicators() {
    return indicators.stream().filter(i -> i.suppressed().isEmpty()).toList();
  }
}
