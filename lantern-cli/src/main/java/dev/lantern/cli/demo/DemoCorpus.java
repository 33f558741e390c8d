package dev.lantern.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo's built-in documents: the labelled reports of {@code corpus/labelled} (English,
 * Ukrainian, Russian) and {@code docs/examples/advisory.txt}, packaged into the jar at build time
 * (see the CLI's pom), and the sample log written for the demo.
 */
final class DemoCorpus {
  static final String ROOT = "dev/lantern/cli/demo/corpus";

  /** One packaged document. */
  record Doc(String name, byte[] bytes) {}

  private DemoCorpus() {}

  /** Every packaged document, in name order. */
  static List<Doc> documents() {
    URL url = DemoCorpus.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException(
          ROOT + " is missing from the jar; rebuild it with ./mvnw package -pl lantern-cli -am");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(fs.getPath(ROOT));
        }
      }
      return read(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list the demo corpus: " + e.getMessage(), e);
    }
  }

  private static List<Doc> read(Path root) throws IOException {
    List<Doc> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        out.add(new Doc("demo/" + name, Files.readAllBytes(p)));
      }
    }
    return out;
  }

  /** The sample log in which some of the advisory's indicators appear. */
  static byte[] sampleLog() {
    try (InputStream in = DemoCorpus.class.getResourceAsStream("sample.log")) {
      if (in == null) {
        throw new IllegalStateException("sample.log is missing from the jar; rebuild it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
