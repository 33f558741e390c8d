package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 identity classes ({@code identity-class-ov}). The named constants are
 * the values the specification suggests; {@link #of(String)} accepts any other non-blank value as
 * well, and {@link #isSuggested()} tells the two apart (the validator warns on values outside the
 * list). Immutable and thread-safe.
 */
public record IdentityClass(String value) implements Vocabulary {
  public static final IdentityClass INDIVIDUAL = new IdentityClass("individual");
  public static final IdentityClass GROUP = new IdentityClass("group");
  public static final IdentityClass SYSTEM = new IdentityClass("system");
  public static final IdentityClass ORGANIZATION = new IdentityClass("organization");
  public static final IdentityClass CLASS = new IdentityClass("class");
  public static final IdentityClass UNKNOWN = new IdentityClass("unknown");

  private static final Set<String> SUGGESTED =
      Set.of("individual", "group", "system", "organization", "class", "unknown");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public IdentityClass {
    value = Vocabulary.requireValue(value, "IdentityClass");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static IdentityClass of(String value) {
    return new IdentityClass(value);
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
