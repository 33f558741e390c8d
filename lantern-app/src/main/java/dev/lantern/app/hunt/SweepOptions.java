package dev.lantern.app.hunt;

import dev.lantern.sweep.LogFormat;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How a hunt sweeps its logs.
 *
 * @param threads scanner threads, at least 1
 * @param format how logs are read
 * @param clock supplies the year of syslog timestamps and the {@code modified} of sightings
 */
public record SweepOptions(int threads, LogFormat format, InstantSource clock) {
  public SweepOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(clock, "clock");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  /** One thread per core, formats sniffed, system clock. */
  public static SweepOptions standard() {
    return new SweepOptions(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        LogFormat.AUTO,
        InstantSource.system());
  }
}
