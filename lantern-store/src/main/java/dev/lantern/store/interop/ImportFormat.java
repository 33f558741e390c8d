package dev.lantern.store.interop;

import java.util.Locale;

/** What an import file holds; {@link #AUTO} decides by content. */
public enum ImportFormat {
  /** Decide by content: a MISP event, a galaxy cluster file, or a STIX bundle (ATT&CK included). */
  AUTO,
  /** A STIX 2.1 bundle, or a 2.0 bundle upgraded on the way in. */
  STIX,
  /** One MISP event ({@code {"Event": …}}), or a {@code {"response": [...]}} list of events. */
  MISP,
  /** A MITRE ATT&CK bundle: a STIX bundle stored as it is, {@code x_mitre_*} properties kept. */
  ATTACK,
  /** A MISP galaxy cluster file ({@code {"type", "uuid", "values": [...]}}). */
  GALAXY;

  /** Parses {@code auto|stix|misp|attack|galaxy}, case-insensitively. */
  public static ImportFormat of(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown import format '" + text + "'; use auto, stix, misp, attack or galaxy", e);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
