package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 grouping contexts ({@code grouping-context-ov}). The named constants
 * are the values the specification suggests; {@link #of(String)} accepts any other non-blank value
 * as well, and {@link #isSuggested()} tells the two apart (the validator warns on values outside
 * the list). Immutable and thread-safe.
 */
public record GroupingContext(String value) implements Vocabulary {
  public static final GroupingContext SUSPICIOUS_ACTIVITY =
      new GroupingContext("suspicious-activity");
  public static final GroupingContext MALWARE_ANALYSIS = new GroupingContext("malware-analysis");
  public static final GroupingContext UNSPECIFIED = new GroupingContext("unspecified");

  private static final Set<String> SUGGESTED =
      Set.of("suspicious-activity", "malware-analysis", "unspecified");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public GroupingContext {
    value = Vocabulary.requireValue(value, "GroupingContext");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static GroupingContext of(String value) {
    return new GroupingContext(value);
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
