package dev.lantern.server.taxii;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.Tlp;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Traffic Light Protocol levels, in increasing restriction, with the TLP 1.0 and 2.0 marking
 * definitions of each. An object's level is its most restrictive TLP marking; an object with none
 * counts as {@link #CLEAR}. TLP 2.0 AMBER+STRICT counts as AMBER.
 */
public enum TlpLevel {
  CLEAR(List.of(Tlp.V1_WHITE, Tlp.V2_CLEAR)),
  GREEN(List.of(Tlp.V1_GREEN, Tlp.V2_GREEN)),
  AMBER(List.of(Tlp.V1_AMBER, Tlp.V2_AMBER, Tlp.V2_AMBER_STRICT)),
  RED(List.of(Tlp.V1_RED, Tlp.V2_RED));

  private final Set<Identifier> markings;

  TlpLevel(List<MarkingDefinition> definitions) {
    this.markings =
        definitions.stream().map(MarkingDefinition::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The marking definitions that put an object at this level. */
  public Set<Identifier> markings() {
    return markings;
  }

  /** The marking definitions of every level above this one. */
  public Set<Identifier> markingsAbove() {
    return Stream.of(values())
        .filter(l -> l.ordinal() > ordinal())
        .flatMap(l -> l.markings.stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The level of an object from its {@code object_marking_refs}. */
  public static TlpLevel of(StixObject o) {
    return of(o.common().objectMarkingRefs());
  }

  /** The most restrictive level among these markings; {@link #CLEAR} when none is TLP. */
  public static TlpLevel of(List<Identifier> markingRefs) {
    TlpLevel level = CLEAR;
    for (Identifier ref : markingRefs) {
      for (TlpLevel l : values()) {
        if (l.markings.contains(ref) && l.ordinal() > level.ordinal()) {
          level = l;
        }
      }
    }
    return level;
  }
}
