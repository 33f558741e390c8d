package dev.lantern.sweep;

import java.util.Objects;

/**
 * One compiled indicator, as it appears in hits.
 *
 * @param type what kind of value it is
 * @param value the canonical value (lower-case domain, normalised URL, {@code 10.0.0.0/8}, …)
 * @param reference who names it: the STIX indicator id or MISP attribute uuid, or the value itself
 *     for plain lists
 */
public record Indicator(IndicatorType type, String value, String reference) {
  public Indicator {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reference, "reference");
  }
}
