package dev.lantern.app.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing to ingest: a file or folder, a URL, or bytes already in hand (an upload). What it holds
 * is decided by its content, never by its name.
 */
public sealed interface IngestInput {

  /**
   * The input as reported in outcomes and errors: the path, the URL, or the given name. For paths
   * and URLs it is also the document's identity in the store: ingesting the same name again with
   * other content makes a new version of the same report.
   */
  String name();

  /** A file, or a folder whose files are ingested recursively in name order. */
  record FromPath(Path path) implements IngestInput {
    public FromPath {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
      return path.toString();
    }
  }

  /** A document fetched over http(s) under the ingest's {@code FetchPolicy}. */
  record FromUrl(URI url) implements IngestInput {
    public FromUrl {
      Objects.requireNonNull(url, "url");
    }

    @Override
    public String name() {
      return url.toString();
    }
  }

  /**
   * Bytes received some other way (an HTTP upload). {@code name} identifies the document: give the
   * same name for a new edition of the same document, and different names for different documents.
   */
  record FromBytes(String name, byte[] bytes) implements IngestInput {
    public FromBytes {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
      if (name.isBlank()) {
        throw new IllegalArgumentException("an ingested upload needs a name; give its file name");
      }
    }
  }
}
