package dev.lantern.store.internal;

import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.StixTimestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text with nine fractional digits, so that text order equals time
 * order in every database and no precision STIX allows is lost.
 */
public final class TimeKey {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private TimeKey() {}

  /** The sortable key of {@code instant}. */
  public static String of(Instant instant) {
    try {
      return StixTimestamp.format(instant, 9);
    } catch (InvalidStixException beyondYear9999) {
      // Not a STIX time (those are in 0000-9999), but still a key that sorts correctly.
      return FORMAT.format(instant);
    }
  }

  /** The instant a key stands for. */
  public static Instant parse(String key) {
    return key.length() == 30 ? StixTimestamp.parse(key) : Instant.parse(key);
  }
}
