package dev.lantern.extract.attribution;

/** What a claim rests on, when the report says or the claimant's kind implies it. */
public enum Basis {
  TECHNICAL_REPORT("technical-report"),
  INDICTMENT("indictment"),
  POLITICAL_STATEMENT("political-statement"),
  VENDOR_ANALYSIS("vendor-analysis"),
  MEDIA("media");

  private final String label;

  Basis(String label) {
    this.label = label;
  }

  /** The name written in JSON and STIX output. */
  public String label() {
    return label;
  }
}
