package dev.lantern.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.document.Document;
import dev.lantern.stix.Common;
import dev.lantern.stix.Location;
import dev.lantern.stix.StixObject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionStixTest {

  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private static List<Location> locations(String text) {
    ReportExtraction r =
        EXTRACTOR.extract(Document.plain("story.txt", text), ExtractOptions.automatic());
    List<StixObject> objects =
        new ExtractionStix(InstantSource.fixed(NOW)).bundle(List.of(r)).objects();
    return objects.stream().filter(Location.class::isInstance).map(Location.class::cast).toList();
  }

  @Test
  void bundle_namesAStateKnownOnlyThroughItsAgencyAfterTheCountryNotItsCode() {
    List<Location> agencyOnly =
        locations(
            "Mandiant attributes the attack on the Kyivstar network to Sandworm, a unit of the"
                + " GRU.\n");
    List<Location> namedOutright =
        locations("Mandiant attributes the attack on the Kyivstar network to Russia.\n");

    assertThat(agencyOnly)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.name()).contains("Russia");
              assertThat(l.country()).contains("RU");
            });
    Location sameState = Location.named(Common.createdAt(NOW), "Russia");
    assertThat(agencyOnly.get(0).id()).isEqualTo(sameState.id());
    assertThat(namedOutright).extracting(Location::id).contains(sameState.id());
  }
}
