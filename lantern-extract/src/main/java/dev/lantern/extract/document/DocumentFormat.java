package dev.lantern.extract.document;

/** How a document's bytes were read. */
public enum DocumentFormat {
  TEXT,
  HTML,
  /** The text layer of a PDF file. */
  PDF
}
