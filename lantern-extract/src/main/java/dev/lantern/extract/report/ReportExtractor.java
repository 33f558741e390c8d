package dev.lantern.extract.report;

import dev.lantern.extract.attribution.Attribution;
import dev.lantern.extract.attribution.AttributionReader;
import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.date.DateRecognizer;
import dev.lantern.extract.date.Granularity;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.entity.EntityRecognizer;
import dev.lantern.extract.entity.KnowledgeBase;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.indicator.IndicatorExtractor;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.language.LanguageIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one report end to end: language, publication date, indicators, entities, dates, attribution
 * claims and incidents. This is the extraction use case that the CLI, the ingest pipeline and the
 * server all call. Immutable and thread-safe.
 */
public final class ReportExtractor {

  private final IndicatorExtractor indicators;
  private final LanguageIdentifier languages;
  private final EntityRecognizer entities;
  private final DateRecognizer dates;
  private final AttributionReader attribution;

  /** The given engines, with claims read over the built-in knowledge base. */
  public ReportExtractor(
      IndicatorExtractor indicators,
      LanguageIdentifier languages,
      EntityRecognizer entities,
      DateRecognizer dates) {
    this(indicators, languages, entities, dates, AttributionReader.standard());
  }

  public ReportExtractor(
      IndicatorExtractor indicators,
      LanguageIdentifier languages,
      EntityRecognizer entities,
      DateRecognizer dates,
      AttributionReader attribution) {
    this.indicators = indicators;
    this.languages = languages;
    this.entities = entities;
    this.dates = dates;
    this.attribution = attribution;
  }

  /** The standard engines over another knowledge base (the built-in one extended, e.g.). */
  public static ReportExtractor withKnowledgeBase(KnowledgeBase kb) {
    return new ReportExtractor(
        IndicatorExtractor.standard(),
        LanguageIdentifier.standard(),
        EntityRecognizer.of(kb),
        DateRecognizer.standard(),
        AttributionReader.of(kb));
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
    Optional<LocalDate> published =
        options.published().or(document::published).or(() -> dateline(text, language));
    List<Indicator> found = indicators.extract(text);
    List<EntityMention> named = entities.recognize(text, language);
    List<DateMention> dated = dates.recognize(text, language, published);
    Attribution claims =
        attribution.read(text, language, published, named, dated, found, document::inCaption);
    return new ReportExtraction(
        document, language, published, found, named, dated, claims.claims(), claims.incidents());
  }

  /** How far into the text a dateline may stand: the headline and a line or two after it. */
  private static final int DATELINE_CHARS = 400;

  /**
   * The publication date a report states at its top ("Kyiv, 14 January 2022", "Published: 6
   * February 2024"): the first full, absolute date in its opening lines. Used only when neither the
   * user nor the page's metadata gave one.
   */
  private Optional<LocalDate> dateline(String text, Optional<Language> language) {
    String head = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
    return dates.recognize(head, language, Optional.empty()).stream()
        .filter(d -> !d.relative() && d.granularity() == Granularity.DAY)
        .findFirst()
        .flatMap(DateMention::value)
        .map(LocalDate::parse);
  }
}
