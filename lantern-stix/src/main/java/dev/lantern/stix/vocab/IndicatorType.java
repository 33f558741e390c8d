package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 indicator types ({@code indicator-type-ov}). The named constants are
 * the values the specification suggests; {@link #of(String)} accepts any other non-blank value as
 * well, and {@link #isSuggested()} tells the two apart (the validator warns on values outside the
 * list). Immutable and thread-safe.
 */
public record IndicatorType(String value) implements Vocabulary {
  public static final IndicatorType ANOMALOUS_ACTIVITY = new IndicatorType("anomalous-activity");
  public static final IndicatorType ANONYMIZATION = new IndicatorType("anonymization");
  public static final IndicatorType BENIGN = new IndicatorType("benign");
  public static final IndicatorType COMPROMISED = new IndicatorType("compromised");
  public static final IndicatorType MALICIOUS_ACTIVITY = new IndicatorType("malicious-activity");
  public static final IndicatorType ATTRIBUTION = new IndicatorType("attribution");
  public static final IndicatorType UNKNOWN = new IndicatorType("unknown");

  private static final Set<String> SUGGESTED =
      Set.of(
          "anomalous-activity",
          "anonymization",
          "benign",
          "compromised",
          "malicious-activity",
          "attribution",
          "unknown");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public IndicatorType {
    value = Vocabulary.requireValue(value, "IndicatorType");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static IndicatorType of(String value) {
    return new IndicatorType(value);
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
