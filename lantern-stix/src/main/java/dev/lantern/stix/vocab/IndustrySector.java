package dev.lantern.stix.vocab;

import java.util.Set;

/**
 * Open vocabulary of STIX 2.1 industry sectors ({@code industry-sector-ov}). The named constants
 * are the values the specification suggests; {@link #of(String)} accepts any other non-blank value
 * as well, and {@link #isSuggested()} tells the two apart (the validator warns on values outside
 * the list). Immutable and thread-safe.
 */
public record IndustrySector(String value) implements Vocabulary {
  public static final IndustrySector AGRICULTURE = new IndustrySector("agriculture");
  public static final IndustrySector AEROSPACE = new IndustrySector("aerospace");
  public static final IndustrySector AUTOMOTIVE = new IndustrySector("automotive");
  public static final IndustrySector CHEMICAL = new IndustrySector("chemical");
  public static final IndustrySector COMMERCIAL = new IndustrySector("commercial");
  public static final IndustrySector COMMUNICATIONS = new IndustrySector("communications");
  public static final IndustrySector CONSTRUCTION = new IndustrySector("construction");
  public static final IndustrySector DEFENSE = new IndustrySector("defense");
  public static final IndustrySector EDUCATION = new IndustrySector("education");
  public static final IndustrySector ENERGY = new IndustrySector("energy");
  public static final IndustrySector ENTERTAINMENT = new IndustrySector("entertainment");
  public static final IndustrySector FINANCIAL_SERVICES = new IndustrySector("financial-services");
  public static final IndustrySector GOVERNMENT = new IndustrySector("government");
  public static final IndustrySector EMERGENCY_SERVICES = new IndustrySector("emergency-services");
  public static final IndustrySector GOVERNMENT_LOCAL = new IndustrySector("government-local");
  public static final IndustrySector GOVERNMENT_NATIONAL =
      new IndustrySector("government-national");
  public static final IndustrySector GOVERNMENT_PUBLIC_SERVICES =
      new IndustrySector("government-public-services");
  public static final IndustrySector GOVERNMENT_REGIONAL =
      new IndustrySector("government-regional");
  public static final IndustrySector HEALTHCARE = new IndustrySector("healthcare");
  public static final IndustrySector HOSPITALITY_LEISURE =
      new IndustrySector("hospitality-leisure");
  public static final IndustrySector INFRASTRUCTURE = new IndustrySector("infrastructure");
  public static final IndustrySector DAMS = new IndustrySector("dams");
  public static final IndustrySector NUCLEAR = new IndustrySector("nuclear");
  public static final IndustrySector WATER = new IndustrySector("water");
  public static final IndustrySector INSURANCE = new IndustrySector("insurance");
  public static final IndustrySector MANUFACTURING = new IndustrySector("manufacturing");
  public static final IndustrySector MINING = new IndustrySector("mining");
  public static final IndustrySector NON_PROFIT = new IndustrySector("non-profit");
  public static final IndustrySector PHARMACEUTICALS = new IndustrySector("pharmaceuticals");
  public static final IndustrySector RETAIL = new IndustrySector("retail");
  public static final IndustrySector TECHNOLOGY = new IndustrySector("technology");
  public static final IndustrySector TELECOMMUNICATIONS = new IndustrySector("telecommunications");
  public static final IndustrySector TRANSPORTATION = new IndustrySector("transportation");
  public static final IndustrySector UTILITIES = new IndustrySector("utilities");

  private static final Set<String> SUGGESTED =
      Set.of(
          "agriculture",
          "aerospace",
          "automotive",
          "chemical",
          "commercial",
          "communications",
          "construction",
          "defense",
          "education",
          "energy",
          "entertainment",
          "financial-services",
          "government",
          "emergency-services",
          "government-local",
          "government-national",
          "government-public-services",
          "government-regional",
          "healthcare",
          "hospitality-leisure",
          "infrastructure",
          "dams",
          "nuclear",
          "water",
          "insurance",
          "manufacturing",
          "mining",
          "non-profit",
          "pharmaceuticals",
          "retail",
          "technology",
          "telecommunications",
          "transportation",
          "utilities");

  /** Rejects a blank value: open vocabularies are open, but not empty. */
  public IndustrySector {
    value = Vocabulary.requireValue(value, "IndustrySector");
  }

  /** Returns the term for {@code value}, suggested or not; throws when it is blank. */
  public static IndustrySector of(String value) {
    return new IndustrySector(value);
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
