package dev.lantern.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.stix.Identifier;
import dev.lantern.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest by URL against a real HTTP server on loopback (allowed explicitly, as an operator would).
 */
class UrlIngestTest {
  @TempDir Path dir;
  private HttpServer server;
  private Store store;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/advisory", "text/plain", IngestTest.REPORT_TEXT);
    serve(
        "/feed.txt",
        "text/plain",
        IngestTest.bundle(IngestTest.indicatorJson("indicator--" + IngestTest.uuid(77))));
    server.start();
    store = Store.open(dir.resolve("lantern.db").toString());
  }

  @AfterEach
  void stop() {
    server.stop(0);
    store.close();
  }

  private void serve(String path, String type, String body) {
    server.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", type);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void ingest_fetchesADocumentAndABundleByUrlAndTellsThemApartByContent() {
    Ingest ingest =
        new Ingest(
            store, ReportExtractor.standard(), FetchPolicy.standard().withAllowPrivate(true));

    IngestOutcome doc = ingest.ingest(new IngestInput.FromUrl(url("/advisory")));
    IngestOutcome bundle = ingest.ingest(new IngestInput.FromUrl(url("/feed.txt")));

    assertThat(((IngestOutcome.Stored) doc).kind()).isEqualTo(DocumentKind.TEXT);
    assertThat(((IngestOutcome.Stored) bundle).kind()).isEqualTo(DocumentKind.STIX_BUNDLE);
    assertThat(store.contains(Identifier.parse("indicator--" + IngestTest.uuid(77)))).isTrue();
    assertThat(ingest.ingest(new IngestInput.FromUrl(url("/advisory"))))
        .isInstanceOf(IngestOutcome.Unchanged.class);
  }

  @Test
  void ingest_refusesLoopbackByDefaultAndWritesNothing() {
    Ingest ingest = new Ingest(store, ReportExtractor.standard(), FetchPolicy.standard());

    IngestOutcome outcome = ingest.ingest(new IngestInput.FromUrl(url("/advisory")));

    assertThat(((IngestOutcome.Failed) outcome).reason())
        .contains("refused to fetch from 127.0.0.1")
        .contains("--allow-private");
    assertThat(store.contains(Documents.reportId(url("/advisory").toString()))).isFalse();
  }

  @Test
  void ingest_answerOfAnErrorStatusFailsNamingIt() {
    Ingest ingest =
        new Ingest(
            store, ReportExtractor.standard(), FetchPolicy.standard().withAllowPrivate(true));

    IngestOutcome outcome = ingest.ingest(new IngestInput.FromUrl(url("/missing")));

    assertThat(((IngestOutcome.Failed) outcome).reason()).contains("HTTP 404");
  }
}
