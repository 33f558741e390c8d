package dev.lantern.sweep.intel;

import dev.lantern.sweep.index.IndicatorIndex;

/**
 * Somewhere indicators come from. Implementations add every indicator they can use to the builder
 * and {@linkplain IndicatorIndex.Builder#reject reject} — by id or line — every one they cannot, so
 * nothing is dropped silently.
 */
public interface IndicatorSource {
  /** The source as the user named it (a path, {@code store}). */
  String name();

  /**
   * Feeds the builder.
   *
   * @throws dev.lantern.sweep.InvalidIntelException when the source as a whole cannot be read
   * @throws dev.lantern.sweep.SourceNotAvailableException when the source does not exist in this
   *     build
   */
  void loadInto(IndicatorIndex.Builder builder);
}
