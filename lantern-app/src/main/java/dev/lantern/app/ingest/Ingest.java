package dev.lantern.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.extract.ExtractException;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.document.DocumentReader;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.document.UrlFetcher;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixObject;
import dev.lantern.store.DanglingReferenceException;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.UpsertOptions;
import dev.lantern.store.UpsertSummary;
import dev.lantern.store.interop.InvalidMispException;
import dev.lantern.store.interop.Misp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The ingest use case, shared by the CLI and the server: reads files, folders, URLs or uploads,
 * decides by content what each is (HTML, PDF, text, STIX 2.x bundle, MISP event), and stores it.
 *
 * <ul>
 *   <li>Documents are extracted ({@link ReportExtractor}), mapped to STIX ({@code ExtractionStix})
 *       and stored as a report with the objects it names.
 *   <li>STIX bundles are stored as they are; one with a reference to an object neither in the
 *       bundle nor in the store fails, naming the reference, and writes nothing.
 *   <li>MISP events are converted to STIX by the store's MISP converter ({@link Misp}) and stored
 *       like a bundle.
 * </ul>
 *
 * <p>Contract: one store transaction per document, so a document is stored entirely or not at all,
 * also when the process is killed. Ingesting the same document again writes nothing ({@link
 * IngestOutcome.Unchanged}); a document whose text changed under the same path, URL or upload name
 * writes a new version of its report. Bad input never throws: it is an {@link IngestOutcome.Failed}
 * naming the input, the place and the reason, and nothing of it is written. URLs are fetched under
 * the {@link FetchPolicy} (size, time, no private addresses unless allowed).
 *
 * <p>Thread-safety: an instance may be shared; the store serialises writes.
 */
public final class Ingest {
  private final Store store;
  private final DocumentReader reader;
  private final UrlFetcher fetcher;
  private final Documents documents;
  private final long maxBytes;

  /** An ingest into {@code store} with the system clock stamping new objects. */
  public Ingest(Store store, ReportExtractor extractor, FetchPolicy fetchPolicy) {
    this(store, extractor, fetchPolicy, InstantSource.system());
  }

  /** Like {@link #Ingest(Store, ReportExtractor, FetchPolicy)}, with the clock injected. */
  public Ingest(
      Store store, ReportExtractor extractor, FetchPolicy fetchPolicy, InstantSource clock) {
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(fetchPolicy, "fetchPolicy");
    this.maxBytes = fetchPolicy.maxBytes();
    this.reader = DocumentReader.withMaxBytes(maxBytes);
    this.fetcher = new UrlFetcher(fetchPolicy);
    this.documents = new Documents(store, extractor, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Ingests one input; a folder is refused here (see {@link #ingestAll}).
   *
   * @return what happened; never throws for bad input
   */
  public IngestOutcome ingest(IngestInput input) {
    String source = input.name();
    try {
      return store(load(input));
    } catch (IngestException | ExtractException | StixException | InvalidMispException e) {
      return new IngestOutcome.Failed(source, reason(source, e.getMessage()));
    } catch (DanglingReferenceException e) {
      return new IngestOutcome.Failed(source, e.getMessage());
    } catch (StoreException e) {
      return new IngestOutcome.Failed(source, "the store refused it: " + e.getMessage());
    } catch (RuntimeException e) {
      return new IngestOutcome.Failed(
          source,
          "internal error (a bug in Lantern; please report it with the input): "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  /**
   * Ingests every input in order, folders expanded (see {@link #expand}). A bad document is
   * reported through {@code progress} and the returned list like any other; the batch goes on.
   *
   * @param progress called after each document, in order, with its outcome
   */
  public List<IngestOutcome> ingestAll(List<IngestInput> inputs, Consumer<IngestOutcome> progress) {
    List<IngestOutcome> outcomes = new ArrayList<>();
    for (IngestInput input : expand(inputs)) {
      IngestOutcome outcome = ingest(input);
      outcomes.add(outcome);
      progress.accept(outcome);
    }
    return outcomes;
  }

  /**
   * The inputs with every folder replaced by its regular files, recursively, in path order (so
   * repeated runs visit the same files in the same order). A folder that cannot be listed stays as
   * it is and fails when ingested.
   */
  public static List<IngestInput> expand(List<IngestInput> inputs) {
    List<IngestInput> out = new ArrayList<>();
    for (IngestInput input : inputs) {
      if (input instanceof IngestInput.FromPath p && Files.isDirectory(p.path())) {
        try (Stream<Path> walk = Files.walk(p.path())) {
          walk.filter(Files::isRegularFile)
              .sorted()
              .forEach(f -> out.add(new IngestInput.FromPath(f)));
        } catch (IOException | UncheckedIOException e) {
          out.add(input);
        }
      } else {
        out.add(input);
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  private Loaded load(IngestInput input) {
    if (input instanceof IngestInput.FromPath p) {
      return loadFile(p.path());
    }
    if (input instanceof IngestInput.FromUrl u) {
      UrlFetcher.Body body = fetcher.fetchBody(u.url().toString());
      return new Loaded(u.name(), u.url().toString(), body.bytes(), body.contentType());
    }
    IngestInput.FromBytes b = (IngestInput.FromBytes) input;
    checkSize(b.name(), b.bytes().length);
    return new Loaded(b.name(), "upload:" + b.name(), b.bytes(), Optional.empty());
  }

  private Loaded loadFile(Path path) {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new IngestException(
            source + ": is a folder; ingest it with ingestAll (the CLI does), or name its files");
      }
      checkSize(source, Files.size(path));
      byte[] bytes = Files.readAllBytes(path);
      String identity = path.toAbsolutePath().normalize().toString();
      return new Loaded(source, identity, bytes, Optional.empty());
    } catch (NoSuchFileException e) {
      throw new IngestException(source + ": no such file");
    } catch (IOException e) {
      throw new IngestException(source + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private void checkSize(String source, long size) {
    if (size > maxBytes) {
      throw new IngestException(
          String.format(
              Locale.ROOT,
              "%s: %,d bytes, over the %,d-byte limit for one document; nothing was read. Split it"
                  + " or raise the limit",
              source,
              size,
              maxBytes));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Storing
  // -------------------------------------------------------------------------------------------

  private IngestOutcome store(Loaded loaded) {
    Sniffed sniffed = Sniffed.of(loaded.source(), loaded.bytes());
    if (sniffed.kind().isPresent()) {
      DocumentKind kind = sniffed.kind().get();
      if (kind == DocumentKind.EVALUATION_LABELS) {
        return new IngestOutcome.Skipped(
            loaded.source(),
            "an answer key of Lantern's evaluation corpus, not a report; grade extraction with"
                + " it by running: lantern eval DIR");
      }
      JsonNode json = sniffed.json().orElseThrow();
      List<StixObject> objects =
          kind == DocumentKind.STIX_BUNDLE
              ? StixBundles.read(json).objects()
              : Misp.toStix(json, loaded.source()).objects();
      return outcome(loaded.source(), kind, firstReport(objects), objects);
    }
    Document document = reader.read(loaded.source(), loaded.bytes(), loaded.contentType());
    DocumentKind kind =
        switch (document.format()) {
          case HTML -> DocumentKind.HTML;
          case PDF -> DocumentKind.PDF;
          case TEXT -> DocumentKind.TEXT;
        };
    Optional<Identifier> report = Optional.of(Documents.reportId(loaded.identity()));
    Optional<List<StixObject>> batch = documents.batch(loaded, document);
    if (batch.isEmpty()) {
      return new IngestOutcome.Unchanged(loaded.source(), kind, report);
    }
    return outcome(loaded.source(), kind, report, batch.get());
  }

  private IngestOutcome outcome(
      String source, DocumentKind kind, Optional<Identifier> report, List<StixObject> objects) {
    UpsertSummary summary = store.upsert(objects, UpsertOptions.CHECK_REFERENCES);
    if (!summary.changedAnything() && summary.rejected().isEmpty()) {
      return new IngestOutcome.Unchanged(source, kind, report);
    }
    return new IngestOutcome.Stored(source, kind, report, summary);
  }

  private static Optional<Identifier> firstReport(List<StixObject> objects) {
    return objects.stream().filter(o -> o instanceof Report).map(StixObject::id).findFirst();
  }

  /** The message without a leading "source: ", which the outcome already carries. */
  private static String reason(String source, String message) {
    String m = message == null ? "(no message)" : message;
    return m.startsWith(source + ": ") ? m.substring(source.length() + 2) : m;
  }
}
