package dev.lantern.extract.report;

import dev.lantern.extract.date.DateRecognizer;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.entity.EntityRecognizer;
import dev.lantern.extract.indicator.IndicatorExtractor;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.language.LanguageIdentifier;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads one report end to end: language, publication date, indicators, entities and dates. This is
 * the extraction use case that the CLI, the ingest pipeline and the server all call. Immutable and
 * thread-safe.
 */
public final class ReportExtractor {

  private final IndicatorExtractor indicators;
  private final LanguageIdentifier languages;
  private final EntityRecognizer entities;
  private final DateRecognizer dates;

  public ReportExtractor(
      IndicatorExtractor indicators,
      LanguageIdentifier languages,
      EntityRecognizer entities,
      DateRecognizer dates) {
    this.indicators = indicators;
    this.languages = languages;
    this.entities = entities;
    this.dates = dates;
  }

  /** The standard engines: built-in warning list and knowledge base. */
  public static ReportExtractor standard() {
    return new ReportExtractor(
        IndicatorExtractor.standard(),
        LanguageIdentifier.standard(),
        EntityRecognizer.standard(),
        DateRecognizer.standard());
  }

  public ReportExtraction extract(Document document, ExtractOptions options) {
    String text = document.text();
    Optional<Language> language = options.language().or(() -> languages.identify(text));
    Optional<LocalDate> published = options.published().or(document::published);
    return new ReportExtraction(
        document,
        language,
        published,
        indicators.extract(text),
        entities.recognize(text, language),
        dates.recognize(text, language, published));
  }
}
