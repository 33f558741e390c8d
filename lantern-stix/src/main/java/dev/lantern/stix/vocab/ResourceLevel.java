package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 attack resource levels ({@code attack-resource-level-ov}). The named
 * constants are the values the specification suggests; {@link #of(String)} accepts any other
 * non-blank value as well, and {@link #isSuggested()} tells the two apart (the validator warns on
 * values outside the list). Immutable and thread-safe.
 */
public record ResourceLevel(String value) implements Vocabulary {
  public static final ResourceLevel INDIVIDUAL = new ResourceLevel("individual");
  public static final ResourceLevel CLUB = new ResourceLevel("club");
  public static final ResourceLevel CONTEST = new ResourceLevel("contest");
  public static final ResourceLevel TEAM = new ResourceLevel("team");
  public static final ResourceLevel ORGANIZATION = new ResourceLevel("organization");
  public static final ResourceLevel GOVERNMENT = new ResourceLevel("government");

  private static final Set<String> SUGGESTED =
      Set.of("individual", "club", "contest", "team", "organization", "government");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public ResourceLevel {
    value = Vocabulary.requireValue(value, "ResourceLevel");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static ResourceLevel of(String value) {
    return new ResourceLevel(value);
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
