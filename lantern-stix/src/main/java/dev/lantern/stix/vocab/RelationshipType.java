package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 relationship types (STIX 2.1 section 4 and the common relationships
 * of each SDO). The named constants are the values the specification suggests; {@link #of(String)}
 * accepts any other non-blank value as well, and {@link #isSuggested()} tells the two apart (the
 * validator warns on values outside the list). Immutable and thread-safe.
 */
public record RelationshipType(String value) implements Vocabulary {
  public static final RelationshipType DERIVED_FROM = new RelationshipType("derived-from");
  public static final RelationshipType DUPLICATE_OF = new RelationshipType("duplicate-of");
  public static final RelationshipType RELATED_TO = new RelationshipType("related-to");
  public static final RelationshipType USES = new RelationshipType("uses");
  public static final RelationshipType INDICATES = new RelationshipType("indicates");
  public static final RelationshipType TARGETS = new RelationshipType("targets");
  public static final RelationshipType ATTRIBUTED_TO = new RelationshipType("attributed-to");
  public static final RelationshipType MITIGATES = new RelationshipType("mitigates");
  public static final RelationshipType VARIANT_OF = new RelationshipType("variant-of");
  public static final RelationshipType IMPERSONATES = new RelationshipType("impersonates");
  public static final RelationshipType LOCATED_AT = new RelationshipType("located-at");
  public static final RelationshipType AUTHORED_BY = new RelationshipType("authored-by");
  public static final RelationshipType BEACONS_TO = new RelationshipType("beacons-to");
  public static final RelationshipType EXFILTRATES_TO = new RelationshipType("exfiltrates-to");
  public static final RelationshipType DOWNLOADS = new RelationshipType("downloads");
  public static final RelationshipType DROPS = new RelationshipType("drops");
  public static final RelationshipType EXPLOITS = new RelationshipType("exploits");
  public static final RelationshipType COMMUNICATES_WITH =
      new RelationshipType("communicates-with");
  public static final RelationshipType CONTROLS = new RelationshipType("controls");
  public static final RelationshipType DELIVERS = new RelationshipType("delivers");
  public static final RelationshipType COMPROMISES = new RelationshipType("compromises");
  public static final RelationshipType ORIGINATES_FROM = new RelationshipType("originates-from");
  public static final RelationshipType INVESTIGATES = new RelationshipType("investigates");
  public static final RelationshipType HOSTS = new RelationshipType("hosts");
  public static final RelationshipType OWNS = new RelationshipType("owns");
  public static final RelationshipType CONSISTS_OF = new RelationshipType("consists-of");
  public static final RelationshipType HAS = new RelationshipType("has");
  public static final RelationshipType BASED_ON = new RelationshipType("based-on");
  public static final RelationshipType CHARACTERIZES = new RelationshipType("characterizes");
  public static final RelationshipType ANALYSIS_OF = new RelationshipType("analysis-of");
  public static final RelationshipType STATIC_ANALYSIS_OF =
      new RelationshipType("static-analysis-of");
  public static final RelationshipType DYNAMIC_ANALYSIS_OF =
      new RelationshipType("dynamic-analysis-of");
  public static final RelationshipType AV_ANALYSIS_OF = new RelationshipType("av-analysis-of");
  public static final RelationshipType REMEDIATES = new RelationshipType("remediates");

  private static final Set<String> SUGGESTED =
      Set.of(
          "derived-from",
          "duplicate-of",
          "related-to",
          "uses",
          "indicates",
          "targets",
          "attributed-to",
          "mitigates",
          "variant-of",
          "impersonates",
          "located-at",
          "authored-by",
          "beacons-to",
          "exfiltrates-to",
          "downloads",
          "drops",
          "exploits",
          "communicates-with",
          "controls",
          "delivers",
          "compromises",
          "originates-from",
          "investigates",
          "hosts",
          "owns",
          "consists-of",
          "has",
          "based-on",
          "characterizes",
          "analysis-of",
          "static-analysis-of",
          "dynamic-analysis-of",
          "av-analysis-of",
          "remediates");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public RelationshipType {
    value = Vocabulary.requireValue(value, "RelationshipType");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static RelationshipType of(String value) {
    return new RelationshipType(value);
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
