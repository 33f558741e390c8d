package dev.lantern.app.hunt;

import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.index.Rejection;
import java.util.List;
import java.util.Objects;

/**
 * The store's indicators compiled for a sweep.
 *
 * @param index the compiled index; hits carry the STIX indicator id as their reference
 * @param indicators how many live indicators the store holds
 * @param unsupported indicators (by id) whose pattern a sweep cannot check, with the reason
 */
public record IndicatorSet(IndicatorIndex index, int indicators, List<Rejection> unsupported) {
  public IndicatorSet {
    Objects.requireNonNull(index, "index");
    unsupported = List.copyOf(unsupported);
  }
}
