package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 tool types ({@code tool-type-ov}). The named constants are the values
 * the specification suggests; {@link #of(String)} accepts any other non-blank value as well, and
 * {@link #isSuggested()} tells the two apart (the validator warns on values outside the list).
 * Immutable and thread-safe.
 */
public record ToolType(String value) implements Vocabulary {
  public static final ToolType DENIAL_OF_SERVICE = new ToolType("denial-of-service");
  public static final ToolType EXPLOITATION = new ToolType("exploitation");
  public static final ToolType INFORMATION_GATHERING = new ToolType("information-gathering");
  public static final ToolType NETWORK_CAPTURE = new ToolType("network-capture");
  public static final ToolType CREDENTIAL_EXPLOITATION = new ToolType("credential-exploitation");
  public static final ToolType REMOTE_ACCESS = new ToolType("remote-access");
  public static final ToolType VULNERABILITY_SCANNING = new ToolType("vulnerability-scanning");
  public static final ToolType UNKNOWN = new ToolType("unknown");

  private static final Set<String> SUGGESTED =
      Set.of(
          "denial-of-service",
          "exploitation",
          "information-gathering",
          "network-capture",
          "credential-exploitation",
          "remote-access",
          "vulnerability-scanning",
          "unknown");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public ToolType {
    value = Vocabulary.requireValue(value, "ToolType");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static ToolType of(String value) {
    return new ToolType(value);
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
