package dev.lantern.extract.attribution;

import java.util.List;

/**
 * The claims and incidents read from one report.
 *
 * @param claims claims in text order
 * @param incidents incidents in text order; the main one is flagged
 */
public record Attribution(List<Claim> claims, List<Incident> incidents) {

  public Attribution {
    claims = List.copyOf(claims);
    incidents = List.copyOf(incidents);
  }

  /** Nothing found. */
  public static Attribution none() {
    return new Attribution(List.of(), List.of());
  }
}
