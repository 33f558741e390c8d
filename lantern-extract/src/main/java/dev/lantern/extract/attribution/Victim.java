package dev.lantern.extract.attribution;

import java.util.Objects;
import java.util.Optional;

/**
 * Who or what was hit: a named organisation, a country, a sector, or any combination of them.
 *
 * @param name the organisation as named in the report (canonical when the knowledge base knows it)
 * @param country ISO 3166-1 alpha-2 code of the victim's country
 * @param sector a sector id of the knowledge base ({@code sectors.tsv})
 */
public record Victim(Optional<String> name, Optional<String> country, Optional<String> sector) {

  /**
   * @throws IllegalArgumentException when all three are empty
   */
  public Victim {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    if (name.isEmpty() && country.isEmpty() && sector.isEmpty()) {
      throw new IllegalArgumentException("a victim needs a name, a country or a sector");
    }
  }
}
