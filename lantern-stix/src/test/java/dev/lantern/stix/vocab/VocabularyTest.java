package dev.lantern.stix.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.stix.InvalidStixException;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void of_returnsEqualValueForSuggestedTerm() {
    assertThat(MalwareType.of("backdoor")).isEqualTo(MalwareType.BACKDOOR);
    assertThat(MalwareType.BACKDOOR.isSuggested()).isTrue();
    assertThat(HashAlgorithm.SHA_256.value()).isEqualTo("SHA-256");
  }

  @Test
  void of_acceptsNewTermsButMarksThemUnsuggested() {
    RelationshipType claims = RelationshipType.of("x-lantern-claims");
    assertThat(claims.value()).isEqualTo("x-lantern-claims");
    assertThat(claims.isSuggested()).isFalse();
  }

  @Test
  void of_rejectsBlank() {
    assertThatThrownBy(() -> IndustrySector.of(" "))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("IndustrySector");
  }

  @Test
  void opinion_isClosed() {
    assertThat(OpinionValue.of("strongly-agree")).isEqualTo(OpinionValue.STRONGLY_AGREE);
    assertThatThrownBy(() -> OpinionValue.of("meh")).isInstanceOf(InvalidStixException.class);
  }
}
