package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class DomainNamesTest {

  @Test
  void isNameUnderPublicSuffix_agreesWithSplitLabels_onRandomDottedNames() {
    // names built from a small alphabet so dots, empty labels and real suffixes are all common
    qt().withExamples(2000)
        .forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 24))
        .checkAssert(
            raw -> {
              String name = raw.replaceAll("[^a-z.]", ".").replace("x", "co").replace("q", "uk");
              assertThat(DomainNames.isNameUnderPublicSuffix(name))
                  .as(name)
                  .isEqualTo(DomainNames.isUnderPublicSuffix(name.split("\\.")));
            });
  }

  @Test
  void isNameUnderPublicSuffix_handlesEdgeShapesLikeSplit() {
    for (String name :
        new String[] {
          "",
          ".",
          "..",
          "com",
          ".com",
          "evil.com",
          "evil.com.",
          "evil.com..",
          "a..com",
          "www.ck",
          "a.www.ck",
          "b.a.ck",
          "example.co.uk",
          "co.uk",
          "x.kawasaki.jp",
          "report.pdf",
          "github.io",
          "a.github.io"
        }) {
      assertThat(DomainNames.isNameUnderPublicSuffix(name))
          .as(name)
          .isEqualTo(DomainNames.isUnderPublicSuffix(name.split("\\.")));
    }
  }

  @Test
  void isNameUnderPublicSuffix_acceptsRegistrableNamesOnly() {
    assertThat(DomainNames.isNameUnderPublicSuffix("evil.example.co.uk")).isTrue();
    assertThat(DomainNames.isNameUnderPublicSuffix("co.uk")).isFalse();
    assertThat(DomainNames.isNameUnderPublicSuffix("invoice.pdf")).isFalse();
  }
}
