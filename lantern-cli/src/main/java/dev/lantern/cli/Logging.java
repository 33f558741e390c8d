package dev.lantern.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps libraries' informational logging (Flyway's migration notes, PDFBox's font warnings) off
 * standard error, which belongs to Lantern's own messages. Their JDK loggers are held here, since
 * the JDK keeps only weak references to loggers.
 */
final class Logging {
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
  private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
  private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

  private Logging() {}

  static void quiet() {
    FLYWAY.setLevel(Level.WARNING);
    PDFBOX.setLevel(Level.OFF);
    FONTBOX.setLevel(Level.OFF);
  }
}
