package dev.lantern.store.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The conformance material in ../shared (system property lantern.shared); tests skip without it.
 */
final class Shared {
  private Shared() {}

  static Path kb(String relative) {
    Path p =
        Path.of(System.getProperty("lantern.shared", "../shared"))
            .resolve("conformance/kb")
            .resolve(relative);
    assumeTrue(
        Files.exists(p), "skipped: " + p + " is absent (the ../shared conformance material)");
    return p;
  }
}
