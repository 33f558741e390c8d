package dev.lantern.extract.eval;

import java.util.Locale;

/** The fields {@link CorpusEvaluator} scores, each compared as a set per report. */
public enum Field {
  /**
   * Live indicators as {@code type value}; CVE ids are their own field, a URL's host is part of it.
   */
  INDICATORS,
  /** Groups (canonical names; labels mapped through the knowledge base's aliases). */
  ACTORS,
  /** States held responsible by a claim or incident (ISO2). */
  STATES,
  /** Claimant organisations (canonical names). */
  CLAIMANTS,
  /** Claims as {@code claimant | stance | state}, a group's state standing in for a missing one. */
  STANCES,
  /** Victims: each named victim by name, and each victim country. */
  VICTIMS,
  /** Victim sectors (sector ids). */
  SECTORS,
  /** Malware and tools (canonical names). */
  MALWARE,
  /** CVE ids. */
  CVES,
  /** Dates as {@code text | value}, counted as a multiset. */
  DATES;

  /** The lower-case name used in output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
