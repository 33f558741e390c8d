package dev.lantern.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportExtractorTest {

  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

  private static final String STORY =
      "Netherlands accuses China of cyberattack\n"
          + "Published: 6 February 2024\n"
          + "State-backed Chinese spies broke into a Dutch military network last year, MIVD said.\n";

  @Test
  void extract_takesPublicationDateFromTheDatelineWhenNothingElseGivesOne() {
    ReportExtraction r =
        EXTRACTOR.extract(Document.plain("story.txt", STORY), ExtractOptions.automatic());

    assertThat(r.published()).contains(LocalDate.of(2024, 2, 6));
    assertThat(r.dates())
        .filteredOn(DateMention::relative)
        .extracting(d -> d.value().orElse(""))
        .containsExactly("2023");
  }

  @Test
  void extract_prefersTheUsersDateOverTheDateline() {
    ExtractOptions given =
        new ExtractOptions(Optional.empty(), Optional.of(LocalDate.of(2025, 3, 1)));

    ReportExtraction r = EXTRACTOR.extract(Document.plain("story.txt", STORY), given);

    assertThat(r.published()).contains(LocalDate.of(2025, 3, 1));
    assertThat(r.dates())
        .filteredOn(DateMention::relative)
        .extracting(d -> d.value().orElse(""))
        .containsExactly("2024");
  }

  @Test
  void extract_ignoresDatesDeepInTheBodyAsPublicationDate() {
    String body = "x ".repeat(400) + "On 6 February 2024 the agencies published a report.";

    ReportExtraction r =
        EXTRACTOR.extract(Document.plain("late.txt", body), ExtractOptions.automatic());

    assertThat(r.published()).isEmpty();
  }

  @Test
  void extract_readsEntitiesLanguageAndIndicatorsTogether() {
    ReportExtraction r =
        EXTRACTOR.extract(
            Document.plain("story.txt", STORY + "C2: 185.220.101[.]47\n"),
            ExtractOptions.automatic());

    assertThat(r.language()).contains(Language.ENGLISH);
    assertThat(r.entities()).extracting(e -> e.canonical()).contains("MIVD");
    assertThat(r.entities()).anyMatch(e -> e.country().equals(Optional.of("CN")));
    assertThat(r.liveIndicators()).extracting(i -> i.value()).containsExactly("185.220.101.47");
  }
}
