package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 threat-actor types ({@code threat-actor-type-ov}). The named
 * constants are the values the specification suggests; {@link #of(String)} accepts any other
 * non-blank value as well, and {@link #isSuggested()} tells the two apart (the validator warns on
 * values outside the list). Immutable and thread-safe.
 */
public record ThreatActorType(String value) implements Vocabulary {
  public static final ThreatActorType ACTIVIST = new ThreatActorType("activist");
  public static final ThreatActorType COMPETITOR = new ThreatActorType("competitor");
  public static final ThreatActorType CRIME_SYNDICATE = new ThreatActorType("crime-syndicate");
  public static final ThreatActorType CRIMINAL = new ThreatActorType("criminal");
  public static final ThreatActorType HACKER = new ThreatActorType("hacker");
  public static final ThreatActorType INSIDER_ACCIDENTAL =
      new ThreatActorType("insider-accidental");
  public static final ThreatActorType INSIDER_DISGRUNTLED =
      new ThreatActorType("insider-disgruntled");
  public static final ThreatActorType NATION_STATE = new ThreatActorType("nation-state");
  public static final ThreatActorType SENSATIONALIST = new ThreatActorType("sensationalist");
  public static final ThreatActorType SPY = new ThreatActorType("spy");
  public static final ThreatActorType TERRORIST = new ThreatActorType("terrorist");
  public static final ThreatActorType UNKNOWN = new ThreatActorType("unknown");

  private static final Set<String> SUGGESTED =
      Set.of(
          "activist",
          "competitor",
          "crime-syndicate",
          "criminal",
          "hacker",
          "insider-accidental",
          "insider-disgruntled",
          "nation-state",
          "sensationalist",
          "spy",
          "terrorist",
          "unknown");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public ThreatActorType {
    value = Vocabulary.requireValue(value, "ThreatActorType");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static ThreatActorType of(String value) {
    return new ThreatActorType(value);
  }

  /** The values the specification suggests, in no particular order. */
  public static Set<String> suggestedValues() {
    return SUGGESTED;
  }

  @Override
  public boolean isSuggested() {
    return SUGGESTED.contains(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
