package dev.lantern.extract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entity of the knowledge base with every name it may be written by.
 *
 * @param type its kind
 * @param canonical the stable canonical name (a country's English name, a sector's id)
 * @param country ISO 3166-1 alpha-2 code: the country itself, a group's reported state, a
 *     claimant's seat; empty when none
 * @param names the names to match in text, canonical first; never empty
 * @param source where the entity came from (a file name or an importer's name), so that what a user
 *     file added can be told apart and undone
 * @param kind a finer kind where the knowledge base states one: for claimant organisations the
 *     {@code kind} column of {@code claimants.tsv} ({@code vendor}, {@code media}, {@code
 *     government}, …); otherwise the type's JSON name
 */
public record KnownEntity(
    EntityType type,
    String canonical,
    Optional<String> country,
    List<String> names,
    String source,
    String kind) {

  /** An entity whose kind is its type. */
  public KnownEntity(
      EntityType type,
      String canonical,
      Optional<String> country,
      List<String> names,
      String source) {
    this(type, canonical, country, names, source, type.jsonName());
  }

  /**
   * @throws IllegalArgumentException when there is no name or a name is blank
   */
  public KnownEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          "entity '" + canonical + "' from " + source + " needs at least one non-blank name");
    }
  }
}
