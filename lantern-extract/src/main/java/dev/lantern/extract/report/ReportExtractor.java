package dev.lantern.extract.report;

import dev.lantern.extract.document.Document;
import dev.lantern.extract.indicator.IndicatorExtractor;
import dev.lantern.extract.language.LanguageIdentifier;

/**
 * Reads one report end to end: language, date, indicators. This is the extraction use case that the
 * CLI, the ingest pipeline and the server all call. Immutable and thread-safe.
 */
public final class ReportExtractor {

  private final IndicatorExtractor indicators;
  private final LanguageIdentifier languages;

  public ReportExtractor(IndicatorExtractor indicators, LanguageIdentifier languages) {
    this.indicators = indicators;
    this.languages = languages;
  }

  /** The standard engines with the built-in warning list. */
  public static ReportExtractor standard() {
    return new ReportExtractor(IndicatorExtractor.standard(), LanguageIdentifier.standard());
  }

  public ReportExtraction extract(Document document, ExtractOptions options) {
    String text = document.text();
    return new ReportExtraction(
        document,
        options.language().or(() -> languages.identify(text)),
        options.published().or(document::published),
        indicators.extract(text));
  }
}
