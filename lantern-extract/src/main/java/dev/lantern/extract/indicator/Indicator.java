package dev.lantern.extract.indicator;

import java.util.Objects;
import java.util.Optional;

/**
 * One indicator found in a text.
 *
 * @param type what kind of indicator
 * @param value the canonical value: refanged, host and scheme lower case, IPv6 in RFC 5952 form,
 *     hashes lower case, CVE and ATT&amp;CK ids upper case
 * @param defanged whether the matched text was defanged ({@code hxxp}, {@code [.]}, …)
 * @param start offset of the first char of the match in the input, inclusive
 * @param end offset after the last char of the match, exclusive; the span covers the original
 *     (possibly defanged) text
 * @param suppressed why this is not a live indicator ({@code "private-range"}, {@code
 *     "documentation-range"}, {@code "warning-list:<name>"}, …), or empty when it is one
 */
public record Indicator(
    IndicatorType type,
    String value,
    boolean defanged,
    int start,
    int end,
    Optional<String> suppressed) {

  /** Checks the span and that no component is null. */
  public Indicator {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(suppressed, "suppressed");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "indicator span must satisfy 0 <= start < end, was [" + start + ", " + end + ")");
    }
  }

  /** Whether this indicator is live, that is not suppressed. */
  public boolean live() {
    return suppressed.isEmpty();
  }

  Indicator withSuppressed(String reason) {
    return new Indicator(type, value, defanged, start, end, Optional.of(reason));
  }
}
