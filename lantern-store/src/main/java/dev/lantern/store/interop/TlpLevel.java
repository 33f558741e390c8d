package dev.lantern.store.interop;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.Tlp;
import java.util.Locale;
import java.util.Optional;

/** Traffic Light Protocol levels in increasing restriction; TLP 1.0 WHITE counts as CLEAR. */
public enum TlpLevel {
  CLEAR,
  GREEN,
  AMBER,
  AMBER_STRICT,
  RED;

  /** Parses {@code CLEAR|WHITE|GREEN|AMBER|AMBER+STRICT|RED}, case-insensitively. */
  public static TlpLevel of(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace("TLP:", "");
    return switch (t) {
      case "CLEAR", "WHITE" -> CLEAR;
      case "GREEN" -> GREEN;
      case "AMBER" -> AMBER;
      case "AMBER+STRICT", "AMBER_STRICT" -> AMBER_STRICT;
      case "RED" -> RED;
      default ->
          throw new IllegalArgumentException(
              "unknown TLP level '" + text + "'; use CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
    };
  }

  /** The level of a standard TLP marking definition (1.0 or 2.0), by its fixed id. */
  public static Optional<TlpLevel> ofStandard(Identifier marking) {
    return Tlp.find(marking).flatMap(TlpLevel::ofDefinition);
  }

  /**
   * The level a marking definition states: a TLP 1.0 {@code definition} {@code {"tlp": …}}, a TLP
   * 2.0 extension {@code tlp_2_0}, or a name {@code TLP:…}; empty for other markings (statements).
   */
  public static Optional<TlpLevel> ofDefinition(MarkingDefinition m) {
    Optional<String> level =
        m.definition()
            .map(RawJson::node)
            .filter(n -> n.path("tlp").isTextual())
            .map(n -> n.get("tlp").textValue());
    if (level.isEmpty()) {
      level =
          m.common().extensions().values().stream()
              .map(RawJson::node)
              .filter(n -> n.path("tlp_2_0").isTextual())
              .map(n -> n.get("tlp_2_0").textValue())
              .findFirst();
    }
    if (level.isEmpty()) {
      level = m.name().filter(n -> n.toUpperCase(Locale.ROOT).startsWith("TLP:"));
    }
    try {
      return level.map(TlpLevel::of);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code AMBER+STRICT} for {@link #AMBER_STRICT}, the name otherwise. */
  @Override
  public String toString() {
    return this == AMBER_STRICT ? "AMBER+STRICT" : name();
  }
}
