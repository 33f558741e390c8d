package dev.lantern.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.language.Language;
import org.junit.jupiter.api.Test;

class LemmatizerTest {

  @Test
  void lemmas_ofADictionaryWordAreLookedUpOnceAndShared() {
    var first = Lemmatizer.lemmas("року", Language.UKRAINIAN);

    assertThat(first).contains("рік");
    assertThat(Lemmatizer.lemmas("року", Language.UKRAINIAN)).isSameAs(first);
  }

  @Test
  void lemmas_ofAGiantHostileWordAreNotKept() {
    // a text without spaces is one "word": caching it would let hostile input fill the heap
    String giant = "а".repeat(1_000_000);

    var first = Lemmatizer.lemmas(giant, Language.RUSSIAN);

    assertThat(first).isEmpty();
    assertThat(Lemmatizer.lemmas(giant, Language.RUSSIAN)).isNotSameAs(first);
  }
}
