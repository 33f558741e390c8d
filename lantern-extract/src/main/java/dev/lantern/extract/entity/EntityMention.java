package dev.lantern.extract.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One place in a text where a known entity is named.
 *
 * @param type what kind of entity it is
 * @param canonical the knowledge base's canonical name (for a country its English name, for a
 *     sector its id)
 * @param country the ISO 3166-1 alpha-2 code tied to the entity: the country itself, a group's
 *     suspected state, a claimant's seat; empty when none
 * @param start offset of the first char of the mention in the text (inclusive)
 * @param end offset after the last char of the mention (exclusive)
 * @param text the text between {@code start} and {@code end}, exactly as written
 */
public record EntityMention(
    EntityType type, String canonical, Optional<String> country, int start, int end, String text) {

  /**
   * @throws IllegalArgumentException when the span is empty or negative, or the text's length does
   *     not match it
   */
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "mention span ["
              + start
              + ", "
              + end
              + ") must be non-empty and match the text length "
              + text.length());
    }
  }
}
