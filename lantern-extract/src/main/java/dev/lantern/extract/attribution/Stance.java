package dev.lantern.extract.attribution;

/** What a claimant says about an attribution. */
public enum Stance {
  /** The claimant holds the actor or state responsible. */
  ATTRIBUTES("attributes"),
  /** The accused (or someone speaking for it) says it was not involved. */
  DENIES("denies"),
  /** A third party doubts or contests someone else's attribution. */
  DISPUTES("disputes");

  private final String label;

  Stance(String label) {
    this.label = label;
  }

  /** The name written in JSON and STIX output. */
  public String label() {
    return label;
  }
}
