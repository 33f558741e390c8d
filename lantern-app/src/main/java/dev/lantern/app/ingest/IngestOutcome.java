package dev.lantern.app.ingest;

import dev.lantern.stix.Identifier;
import dev.lantern.store.UpsertSummary;
import java.util.Objects;
import java.util.Optional;

/** What ingesting one input did. Exactly one outcome per document, in input order. */
public sealed interface IngestOutcome {

  /** The input's name (path, URL or upload name). */
  String source();

  /**
   * The document changed the store: new objects or new versions, in one transaction.
   *
   * @param source the input's name
   * @param kind what the content was
   * @param report the report object standing for the document, when it has one
   * @param summary what the upsert did, object by object
   */
  record Stored(
      String source, DocumentKind kind, Optional<Identifier> report, UpsertSummary summary)
      implements IngestOutcome {
    public Stored {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * The store already held everything the document says; nothing was written.
   *
   * @param source the input's name
   * @param kind what the content was
   * @param report the report object standing for the document, when it has one
   */
  record Unchanged(String source, DocumentKind kind, Optional<Identifier> report)
      implements IngestOutcome {
    public Unchanged {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * The input is recognisably not intelligence — today, an answer key of Lantern's own evaluation
   * corpus ({@code lantern eval}) lying beside the reports it grades — so nothing was written and
   * nothing went wrong. A batch that only skips succeeds.
   *
   * @param source the input's name
   * @param reason what the input is and where it belongs instead
   */
  record Skipped(String source, String reason) implements IngestOutcome {
    public Skipped {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The document could not be ingested and nothing of it was written.
   *
   * @param source the input's name
   * @param reason what was wrong and where (JSON path, page, byte count), and what to do
   */
  record Failed(String source, String reason) implements IngestOutcome {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
