package dev.lantern.app.hunt;

import dev.lantern.stix.Indicator;
import dev.lantern.stix.StixType;
import dev.lantern.store.Store;
import dev.lantern.store.UpsertOptions;
import dev.lantern.store.UpsertSummary;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.HitTally;
import dev.lantern.sweep.SweepSummary;
import dev.lantern.sweep.Sweeper;
import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.intel.IndicatorSource;
import dev.lantern.sweep.intel.StixIndicators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The hunt use case: the store's indicators swept through logs, and what was seen written back as
 * STIX sightings. Shared by the CLI ({@code lantern sweep --intel store --store}) and the server.
 *
 * <p>Thread-safe as far as the store is; each call builds its own index.
 */
public final class Hunt {
  /** How rejections name the store as the source of an indicator. */
  public static final String SOURCE_NAME = "store";

  /** The organisation named in sightings when the caller names none. */
  public static final String DEFAULT_ORGANISATION = "Lantern user";

  private final Store store;

  public Hunt(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Every stored, non-revoked indicator compiled into a sweep index; indicators whose patterns a
   * sweep cannot check are listed by id in {@link IndicatorSet#unsupported()}.
   */
  public IndicatorSet fromStore() {
    IndicatorIndex.Builder builder = IndicatorIndex.builder();
    int count = source().load(builder);
    IndicatorIndex index = builder.build();
    return new IndicatorSet(index, count, index.rejected());
  }

  /** The store as one indicator source among others (for {@code --intel store --intel file}). */
  public IndicatorSource asSource() {
    StoreIndicators s = source();
    return new IndicatorSource() {
      @Override
      public String name() {
        return SOURCE_NAME;
      }

      @Override
      public void loadInto(IndicatorIndex.Builder builder) {
        s.load(builder);
      }
    };
  }

  /**
   * Sweeps {@code logs} for the store's indicators. See {@link #sweep(IndicatorIndex, List,
   * SweepOptions, Optional, boolean)}.
   */
  public HuntResult sweep(
      List<Path> logs, SweepOptions options, Optional<String> org, boolean writeSightings) {
    return sweep(
        fromStore().index(),
        logs.stream().map(Path::toString).toList(),
        options,
        org,
        writeSightings);
  }

  /**
   * Sweeps {@code inputs} (files, folders, {@code -}) for the indicators of {@code index} and, when
   * {@code writeSightings}, upserts one sighting per indicator seen, in one transaction,
   * idempotently (see {@link Sightings}). Hits are tallied as they stream past, not collected.
   *
   * @param org the sweeping organisation, named in sightings; {@value #DEFAULT_ORGANISATION} when
   *     empty
   */
  public HuntResult sweep(
      IndicatorIndex index,
      List<String> inputs,
      SweepOptions options,
      Optional<String> org,
      boolean writeSightings) {
    return sweep(index, inputs, options, org, writeSightings, hit -> {});
  }

  /**
   * As {@link #sweep(IndicatorIndex, List, SweepOptions, Optional, boolean)}, also handing every
   * hit, in log order, to {@code alsoTo} (for instance to write it out as it is found).
   */
  public HuntResult sweep(
      IndicatorIndex index,
      List<String> inputs,
      SweepOptions options,
      Optional<String> org,
      boolean writeSightings,
      Consumer<? super Hit> alsoTo) {
    HitTally tally = new HitTally();
    List<Hit> first = new ArrayList<>();
    SweepSummary summary =
        Sweeper.builder(index)
            .threads(options.threads())
            .format(options.format())
            .clock(options.clock())
            .build()
            .sweep(
                inputs,
                hit -> {
                  tally.accept(hit);
                  if (first.size() < HuntResult.FIRST_HITS_KEPT) {
                    first.add(hit);
                  }
                  alsoTo.accept(hit);
                });
    List<HitTally.Sighting> seen = tally.sightings();
    if (!writeSightings) {
      return new HuntResult(summary, seen, first, Optional.empty());
    }
    List<String> logKey = inputs.stream().map(Hunt::absolute).toList();
    UpsertSummary written =
        store.upsert(
            Sightings.forStore(
                seen,
                org.filter(o -> !o.isBlank()).orElse(DEFAULT_ORGANISATION),
                logKey,
                options.clock().instant(),
                store),
            UpsertOptions.CHECK_REFERENCES);
    return new HuntResult(summary, seen, first, Optional.of(written));
  }

  private static String absolute(String input) {
    return input.equals("-") ? input : Path.of(input).toAbsolutePath().normalize().toString();
  }

  private StoreIndicators source() {
    return new StoreIndicators(store);
  }

  /** Feeds the store's live indicators to an index builder. */
  private record StoreIndicators(Store store) {
    int load(IndicatorIndex.Builder builder) {
      int[] count = {0};
      store.forEachLatest(
          StixType.INDICATOR,
          false,
          o -> {
            if (o instanceof Indicator i) {
              count[0]++;
              StixIndicators.add(
                  builder, SOURCE_NAME, i.id().toString(), i.patternType().value(), i.pattern());
            }
          });
      return count[0];
    }
  }
}
