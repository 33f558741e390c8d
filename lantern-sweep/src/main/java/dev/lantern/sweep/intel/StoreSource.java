package dev.lantern.sweep.intel;

import dev.lantern.sweep.SourceNotAvailableException;
import dev.lantern.sweep.index.IndicatorIndex;

/**
 * The knowledge store as an indicator source. The store module does not exist yet; this class holds
 * the place so that the command line and callers already speak of it, and answers with a clear
 * error until it does.
 */
final class StoreSource implements IndicatorSource {
  static final String MESSAGE =
      "the knowledge store is not available yet in this build of Lantern; pass indicator files"
          + " instead (--intel FILE: STIX bundle, MISP event JSON, CSV or a plain list)";

  @Override
  public String name() {
    return "store";
  }

  @Override
  public void loadInto(IndicatorIndex.Builder builder) {
    throw new SourceNotAvailableException(MESSAGE);
  }
}
