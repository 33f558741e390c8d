package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 indicator pattern languages ({@code pattern-type-ov}). The named
 * constants are the values the specification suggests; {@link #of(String)} accepts any other
 * non-blank value as well, and {@link #isSuggested()} tells the two apart (the validator warns on
 * values outside the list). Immutable and thread-safe.
 */
public record PatternType(String value) implements Vocabulary {
  public static final PatternType STIX = new PatternType("stix");
  public static final PatternType PCRE = new PatternType("pcre");
  public static final PatternType SIGMA = new PatternType("sigma");
  public static final PatternType SNORT = new PatternType("snort");
  public static final PatternType SURICATA = new PatternType("suricata");
  public static final PatternType YARA = new PatternType("yara");

  private static final Set<String> SUGGESTED =
      Set.of("stix", "pcre", "sigma", "snort", "suricata", "yara");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public PatternType {
    value = Vocabulary.requireValue(value, "PatternType");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static PatternType of(String value) {
    return new PatternType(value);
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
