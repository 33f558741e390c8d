package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 attack motivations ({@code attack-motivation-ov}). The named
 * constants are the values the specification suggests; {@link #of(String)} accepts any other
 * non-blank value as well, and {@link #isSuggested()} tells the two apart (the validator warns on
 * values outside the list). Immutable and thread-safe.
 */
public record AttackMotivation(String value) implements Vocabulary {
  public static final AttackMotivation ACCIDENTAL = new AttackMotivation("accidental");
  public static final AttackMotivation COERCION = new AttackMotivation("coercion");
  public static final AttackMotivation DOMINANCE = new AttackMotivation("dominance");
  public static final AttackMotivation IDEOLOGY = new AttackMotivation("ideology");
  public static final AttackMotivation NOTORIETY = new AttackMotivation("notoriety");
  public static final AttackMotivation ORGANIZATIONAL_GAIN =
      new AttackMotivation("organizational-gain");
  public static final AttackMotivation PERSONAL_GAIN = new AttackMotivation("personal-gain");
  public static final AttackMotivation PERSONAL_SATISFACTION =
      new AttackMotivation("personal-satisfaction");
  public static final AttackMotivation REVENGE = new AttackMotivation("revenge");
  public static final AttackMotivation UNPREDICTABLE = new AttackMotivation("unpredictable");

  private static final Set<String> SUGGESTED =
      Set.of(
          "accidental",
          "coercion",
          "dominance",
          "ideology",
          "notoriety",
          "organizational-gain",
          "personal-gain",
          "personal-satisfaction",
          "revenge",
          "unpredictable");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public AttackMotivation {
    value = Vocabulary.requireValue(value, "AttackMotivation");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static AttackMotivation of(String value) {
    return new AttackMotivation(value);
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
