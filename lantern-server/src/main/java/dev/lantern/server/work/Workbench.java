package dev.lantern.server.work;

import dev.lantern.app.hunt.Hunt;
import dev.lantern.app.hunt.HuntResult;
import dev.lantern.app.hunt.SweepOptions;
import dev.lantern.app.ingest.Ingest;
import dev.lantern.app.ingest.IngestInput;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.HttpProblem;
import dev.lantern.stix.Identifier;
import dev.lantern.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the analyst's write actions do, for the web UI and the JSON API alike: ingest through the
 * shared {@link Ingest} use case (keeping the document text of pasted and uploaded documents so
 * their report page can show evidence in context), and sweep uploaded logs through {@link Hunt},
 * writing sightings.
 *
 * <p>Thread-safe: the store serialises writes; each sweep uses its own temporary file.
 */
public final class Workbench {
  private final Store store;
  private final Ingest ingest;
  private final Hunt hunt;

  public Workbench(Store store, ReportExtractor extractor, FetchPolicy fetchPolicy) {
    this.store = store;
    this.ingest = new Ingest(store, extractor, fetchPolicy);
    this.hunt = new Hunt(store);
  }

  /** Ingests pasted text under {@code name} (a title the analyst gave, or a generated one). */
  public IngestOutcome ingestText(String name, String text) {
    if (text == null || text.isBlank()) {
      throw HttpProblem.badRequest("there is no text to ingest", "paste the report's text");
    }
    return ingestBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Ingests an uploaded file or pasted text (as UTF-8 bytes) under {@code name}. */
  public IngestOutcome ingestBytes(String name, byte[] bytes) {
    String n = name == null || name.isBlank() ? "upload" : name.strip();
    return ingest.ingest(new IngestInput.FromBytes(n, bytes));
  }

  /** Fetches and ingests a URL under the fetch policy (public addresses only by default). */
  public IngestOutcome ingestUrl(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw HttpProblem.badRequest("the URL is malformed", e.getMessage());
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equalsIgnoreCase("http")
            || uri.getScheme().equalsIgnoreCase("https"))) {
      throw HttpProblem.badRequest(
          "only http and https URLs can be ingested", "the URL given was: " + url);
    }
    return ingest.ingest(new IngestInput.FromUrl(uri));
  }

  /** Sweeps an uploaded log for the store's indicators and writes sightings. */
  public HuntResult sweepUpload(String name, byte[] log) {
    Path file = null;
    try {
      file = Files.createTempFile("lantern-sweep-", suffix(name));
      Files.write(file, log);
      return hunt.sweep(List.of(file), SweepOptions.standard(), Optional.empty(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the uploaded log: " + e.getMessage(), e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // A temporary file left behind is harmless.
        }
      }
    }
  }

  /** The report an outcome stands for, if any. */
  public static Optional<Identifier> report(IngestOutcome outcome) {
    if (outcome instanceof IngestOutcome.Stored s) {
      return s.report();
    }
    if (outcome instanceof IngestOutcome.Unchanged u) {
      return u.report();
    }
    return Optional.empty();
  }

  private static String suffix(String name) {
    if (name != null && name.endsWith(".gz")) {
      return ".log.gz";
    }
    return ".log";
  }
}
