package dev.lantern.app.ingest;

/** What an ingested input turned out to be, judged by its content. */
public enum DocumentKind {
  /** A web page: its visible article text is extracted. */
  HTML,
  /** A PDF file: its text layer is extracted. */
  PDF,
  /** Plain text in any common encoding. */
  TEXT,
  /** A STIX 2.x bundle, stored object by object as it is (2.0 bundles upgraded to 2.1). */
  STIX_BUNDLE,
  /** A MISP event ({@code {"Event": {…}}}), converted to STIX before it is stored. */
  MISP_EVENT,
  /**
   * An answer key of Lantern's evaluation corpus ({@code {"language": …, "indicators": […],
   * "claims": […], …}}, the format {@code lantern eval} reads): not a report, so never stored.
   */
  EVALUATION_LABELS
}
