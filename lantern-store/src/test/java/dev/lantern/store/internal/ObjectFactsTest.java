package dev.lantern.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.stix.json.StixJson;
import org.junit.jupiter.api.Test;

final class ObjectFactsTest {

  @Test
  void patternValues_takesEqualityAndInValuesButNotNegatedOnes() {
    assertThat(
            ObjectFacts.patternValues(
                "[ipv4-addr:value = '198.51.100.7' AND domain-name:value NOT = 'skip.example']"
                    + " OR [url:value IN ('http://a.example/', 'http://b.example/')]"))
        .containsExactly("198.51.100.7", "http://a.example/", "http://b.example/");
  }

  @Test
  void patternValues_ofAnyTextNeverThrows() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(text -> assertThat(ObjectFacts.patternValues("[" + text + "]")).isNotNull());
  }

  @Test
  void of_collectsRefsFromEveryRefPropertyButNotMarkings() {
    ObjectFacts facts =
        ObjectFacts.of(
            StixJson.standard()
                .readObject(
                    """
                    {"type":"report","spec_version":"2.1",
                     "id":"report--a1c3e6b2-6d1e-4f5e-9c3a-0b1d2e3f4a5b",
                     "created":"2024-02-06T00:00:00Z","modified":"2024-02-06T00:00:00Z",
                     "name":"R","published":"2024-02-06T00:00:00Z",
                     "created_by_ref":"identity--b1c3e6b2-6d1e-4f5e-9c3a-0b1d2e3f4a5b",
                     "object_marking_refs":
                       ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"],
                     "object_refs":["malware--c1c3e6b2-6d1e-4f5e-9c3a-0b1d2e3f4a5b"],
                     "x_lantern_source_refs":["identity--d1c3e6b2-6d1e-4f5e-9c3a-0b1d2e3f4a5b"],
                     "x_lantern_summary":"extra text"}"""));

    assertThat(facts.refs())
        .extracting(ObjectFacts.Ref::property)
        .containsExactlyInAnyOrder("created_by_ref", "object_refs", "x_lantern_source_refs");
    assertThat(facts.markings())
        .containsExactly("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
    assertThat(facts.body()).contains("extra text");
  }
}
