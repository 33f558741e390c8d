package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 report types ({@code report-type-ov}). The named constants are the
 * values the specification suggests; {@link #of(String)} accepts any other non-blank value as well,
 * and {@link #isSuggested()} tells the two apart (the validator warns on values outside the list).
 * Immutable and thread-safe.
 */
public record ReportType(String value) implements Vocabulary {
  public static final ReportType ATTACK_PATTERN = new ReportType("attack-pattern");
  public static final ReportType CAMPAIGN = new ReportType("campaign");
  public static final ReportType IDENTITY = new ReportType("identity");
  public static final ReportType INDICATOR = new ReportType("indicator");
  public static final ReportType INTRUSION_SET = new ReportType("intrusion-set");
  public static final ReportType MALWARE = new ReportType("malware");
  public static final ReportType OBSERVED_DATA = new ReportType("observed-data");
  public static final ReportType THREAT_ACTOR = new ReportType("threat-actor");
  public static final ReportType THREAT_REPORT = new ReportType("threat-report");
  public static final ReportType TOOL = new ReportType("tool");
  public static final ReportType VULNERABILITY = new ReportType("vulnerability");

  private static final Set<String> SUGGESTED =
      Set.of(
          "attack-pattern",
          "campaign",
          "identity",
          "indicator",
          "intrusion-set",
          "malware",
          "observed-data",
          "threat-actor",
          "threat-report",
          "tool",
          "vulnerability");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public ReportType {
    value = Vocabulary.requireValue(value, "ReportType");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static ReportType of(String value) {
    return new ReportType(value);
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
