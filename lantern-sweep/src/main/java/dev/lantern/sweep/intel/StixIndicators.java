package dev.lantern.sweep.intel;

import dev.lantern.sweep.index.IndicatorIndex;

/**
 * STIX indicators that do not come from a bundle file (the knowledge store, an API request),
 * compiled with the same rules as {@code --intel bundle.json}: see the sweepable comparisons of
 * {@link IntelSources}' STIX source.
 */
public final class StixIndicators {
  private StixIndicators() {}

  /**
   * Adds the sweepable values of one indicator's pattern to {@code builder}, or {@linkplain
   * IndicatorIndex.Builder#reject rejects} it by {@code id} with the reason.
   *
   * @param source where the indicator comes from, as rejections name it (e.g. {@code store})
   * @param id the indicator's STIX id, which hits carry as their reference
   * @param patternType its {@code pattern_type}; only {@code stix} (or empty) is swept
   * @param pattern its {@code pattern}
   */
  public static void add(
      IndicatorIndex.Builder builder,
      String source,
      String id,
      String patternType,
      String pattern) {
    StixBundleSource.indicator(builder, source, id, patternType, pattern);
  }
}
