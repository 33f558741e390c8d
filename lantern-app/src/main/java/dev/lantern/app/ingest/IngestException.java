package dev.lantern.app.ingest;

/**
 * The app layer's unchecked exception family for ingest: one input could not be ingested. The
 * message names the input and the place (JSON path, attribute, byte count) and says what to do;
 * {@link Ingest} turns it into an {@link IngestOutcome.Failed}, so it never escapes the use case.
 */
class IngestException extends RuntimeException {
  IngestException(String message) {
    super(message);
  }

  IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
