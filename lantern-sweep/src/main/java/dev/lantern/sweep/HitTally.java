package dev.lantern.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Folds a stream of hits into one {@link Sighting} per indicator — how often, when first and last,
 * in which files — without keeping the hits: memory grows with the number of indicators seen, not
 * with the number of hits. Pass it as the sink of {@link Sweeper#sweep(List, Consumer)}.
 *
 * <p>Not thread-safe; the sweeper calls its sink on one thread.
 */
public final class HitTally implements Consumer<Hit> {
  private final Map<Indicator, Counter> byIndicator = new LinkedHashMap<>();
  private long hits;

  @Override
  public void accept(Hit hit) {
    hits++;
    byIndicator.computeIfAbsent(hit.indicator(), k -> new Counter()).add(hit);
  }

  /** Hits folded so far. */
  public long hits() {
    return hits;
  }

  /** One sighting per indicator, in the order each was first hit. */
  public List<Sighting> sightings() {
    List<Sighting> out = new ArrayList<>(byIndicator.size());
    byIndicator.forEach(
        (indicator, c) ->
            out.add(
                new Sighting(
                    indicator,
                    c.count,
                    Optional.ofNullable(c.first),
                    Optional.ofNullable(c.last),
                    List.copyOf(c.files))));
    return out;
  }

  /**
   * What a sweep saw of one indicator.
   *
   * @param indicator the indicator
   * @param count how many hits it had
   * @param firstSeen the earliest time of a hit, when any hit line had a timestamp
   * @param lastSeen the latest such time
   * @param files the inputs it was seen in, in the order first seen
   */
  public record Sighting(
      Indicator indicator,
      long count,
      Optional<Instant> firstSeen,
      Optional<Instant> lastSeen,
      List<String> files) {
    public Sighting {
      files = List.copyOf(files);
    }
  }

  private static final class Counter {
    long count;
    Instant first;
    Instant last;
    final Set<String> files = new LinkedHashSet<>();

    void add(Hit hit) {
      count++;
      files.add(hit.file());
      hit.time()
          .ifPresent(
              t -> {
                if (first == null || t.isBefore(first)) {
                  first = t;
                }
                if (last == null || t.isAfter(last)) {
                  last = t;
                }
              });
    }
  }
}
