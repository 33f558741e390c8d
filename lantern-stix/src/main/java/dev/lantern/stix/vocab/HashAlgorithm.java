package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 hash algorithms ({@code hash-algorithm-ov}). The named constants are
 * the values the specification suggests; {@link #of(String)} accepts any other non-blank value as
 * well, and {@link #isSuggested()} tells the two apart (the validator warns on values outside the
 * list). Immutable and thread-safe.
 */
public record HashAlgorithm(String value) implements Vocabulary {
  public static final HashAlgorithm MD5 = new HashAlgorithm("MD5");
  public static final HashAlgorithm SHA_1 = new HashAlgorithm("SHA-1");
  public static final HashAlgorithm SHA_256 = new HashAlgorithm("SHA-256");
  public static final HashAlgorithm SHA_512 = new HashAlgorithm("SHA-512");
  public static final HashAlgorithm SHA3_256 = new HashAlgorithm("SHA3-256");
  public static final HashAlgorithm SHA3_512 = new HashAlgorithm("SHA3-512");
  public static final HashAlgorithm SSDEEP = new HashAlgorithm("SSDEEP");
  public static final HashAlgorithm TLSH = new HashAlgorithm("TLSH");

  private static final Set<String> SUGGESTED =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP", "TLSH");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public HashAlgorithm {
    value = Vocabulary.requireValue(value, "HashAlgorithm");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static HashAlgorithm of(String value) {
    return new HashAlgorithm(value);
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
