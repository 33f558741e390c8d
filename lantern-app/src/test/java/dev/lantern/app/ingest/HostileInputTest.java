package dev.lantern.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever bytes arrive, ingest answers with an outcome: no exception escapes, and a failure is
 * never blamed on Lantern itself ("internal error") for what is only bad input.
 */
class HostileInputTest {
  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

  /** Fragments that steer the sniffer into each of its branches. */
  private static final List<String> FRAGMENTS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          "\"type\":\"bundle\"",
          "\"Event\":{",
          "\"objects\":[",
          "\"id\":\"indicator--00000000-0000-4000-8000-000000000001\"",
          "\"Attribute\":[{\"type\":\"ip-dst\",\"value\":\"",
          "%PDF-1.7\n",
          "%%EOF",
          "<html><body><p>",
          "APT28 ",
          "185.86.151.11 ",
          "\u0000",
          "\uFEFF",
          ",",
          ":",
          "\"");

  @TempDir Path dir;
  private Store store;
  private Ingest ingest;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("lantern.db").toString());
    ingest = new Ingest(store, EXTRACTOR, FetchPolicy.standard());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void ingest_anyMixOfJsonPdfAndHtmlFragmentsGivesAnOutcomeNotAnException() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, FRAGMENTS.size() - 1)).ofSizeBetween(0, 30))
        .checkAssert(
            picks -> {
              StringBuilder sb = new StringBuilder();
              picks.forEach(i -> sb.append(FRAGMENTS.get(i)));
              IngestOutcome o = outcomeOf(sb.toString());
              assertNoInternalError(o);
            });
  }

  @Test
  void ingest_arbitraryTextGivesAnOutcomeNotAnException() {
    qt().withExamples(200)
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(text -> assertNoInternalError(outcomeOf(text)));
  }

  private IngestOutcome outcomeOf(String text) {
    return ingest.ingest(
        new IngestInput.FromBytes("fuzz.bin", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertNoInternalError(IngestOutcome o) {
    assertThat(o).isNotNull();
    if (o instanceof IngestOutcome.Failed f) {
      assertThat(f.reason()).doesNotContain("internal error").isNotBlank();
    }
  }
}
