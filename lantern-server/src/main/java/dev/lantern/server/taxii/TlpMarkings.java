package dev.lantern.server.taxii;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.Tlp;
import dev.lantern.store.interop.TlpLevel;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The standard TLP marking definitions (1.0 and 2.0) of each {@link TlpLevel}, as the marking
 * filters of collection queries need them. An object's level is its most restrictive standard TLP
 * marking; an object with none counts as CLEAR. TAXII serves nothing above AMBER: AMBER+STRICT (the
 * recipient's organisation only) and RED never leave.
 */
final class TlpMarkings {
  private TlpMarkings() {}

  /** The marking definitions that put an object at exactly {@code level}. */
  static Set<Identifier> at(TlpLevel level) {
    return select(l -> l == level);
  }

  /** The marking definitions of every level above {@code level}. */
  static Set<Identifier> above(TlpLevel level) {
    return select(l -> l.compareTo(level) > 0);
  }

  /** The level of an object from its {@code object_marking_refs}. */
  static TlpLevel of(StixObject o) {
    TlpLevel level = TlpLevel.CLEAR;
    for (Identifier ref : o.common().objectMarkingRefs()) {
      TlpLevel l = TlpLevel.ofStandard(ref).orElse(TlpLevel.CLEAR);
      if (l.compareTo(level) > 0) {
        level = l;
      }
    }
    return level;
  }

  private static Set<Identifier> select(Predicate<TlpLevel> which) {
    return Tlp.all().stream()
        .filter(m -> TlpLevel.ofStandard(m.id()).filter(which).isPresent())
        .map(MarkingDefinition::id)
        .collect(Collectors.toUnmodifiableSet());
  }
}
