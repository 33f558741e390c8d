package dev.lantern.extract.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves what a user named — a file path, an http(s) URL, or {@code -} for standard input — to a
 * {@link Document}, within the reader's size limit and the fetch policy.
 */
public final class DocumentLoader {

  private final DocumentReader reader;
  private final UrlFetcher fetcher;
  private final Supplier<InputStream> stdin;

  public DocumentLoader(DocumentReader reader, FetchPolicy policy, Supplier<InputStream> stdin) {
    this.reader = reader;
    this.fetcher = new UrlFetcher(policy.withMaxBytes(reader.maxBytes()));
    this.stdin = stdin;
  }

  /**
   * Loads one document.
   *
   * @throws UnreadableDocumentException naming the input and the reason, with what to do
   */
  public Document load(String input) {
    if (input.equals("-")) {
      return reader.read("-", readStdin(), Optional.empty());
    }
    if (UrlFetcher.isUrl(input)) {
      return fetcher.fetch(input, reader);
    }
    Path path = Path.of(input);
    try {
      if (Files.isDirectory(path)) {
        throw new UnreadableDocumentException(
            input + ": is a directory; name the files in it (e.g. " + input + "/*.txt)");
      }
      long size = Files.size(path);
      if (size > reader.maxBytes()) {
        throw reader.tooLarge(input, size);
      }
      return reader.read(input, Files.readAllBytes(path), Optional.empty());
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(input + ": no such file");
    } catch (IOException e) {
      throw new UnreadableDocumentException(input + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private byte[] readStdin() {
    try (InputStream in = stdin.get()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxBytes() + 1));
      if (bytes.length > reader.maxBytes()) {
        throw new UnreadableDocumentException(
            "-: standard input is over the " + reader.maxBytes() + "-byte limit for one document");
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          "-: cannot read standard input (" + e.getMessage() + ")");
    }
  }
}
