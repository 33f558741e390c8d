package dev.lantern.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetches from a real HTTP server on loopback, which the default policy must refuse. */
class UrlFetcherTest {

  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/report.html",
        exchange -> {
          byte[] body =
              "<html><body><p>C2 at 185.220.101[.]47</p></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/loop",
        exchange -> {
          exchange.getResponseHeaders().set("Location", "/loop");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(new byte[4096]);
          }
        });
    server.createContext(
        "/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void fetch_refusesLoopbackByDefaultAndSaysHowToAllowIt() {
    UrlFetcher fetcher = new UrlFetcher(FetchPolicy.standard());

    assertThatThrownBy(() -> fetcher.fetch(base + "/report.html", DocumentReader.standard()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("127.0.0.1")
        .hasMessageContaining("loopback")
        .hasMessageContaining("--allow-private");
  }

  @Test
  void fetch_refusesLocalhostNameAsWellAsLiteral() {
    UrlFetcher fetcher = new UrlFetcher(FetchPolicy.standard());
    String byName = "http://localhost:" + server.getAddress().getPort() + "/report.html";

    assertThatThrownBy(() -> fetcher.fetch(byName, DocumentReader.standard()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("loopback");
  }

  @Test
  void fetch_readsHtmlWhenPrivateAddressesAreAllowed() {
    UrlFetcher fetcher = new UrlFetcher(FetchPolicy.standard().withAllowPrivate(true));

    Document doc = fetcher.fetch(base + "/report.html", DocumentReader.standard());

    assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(doc.text()).isEqualTo("C2 at 185.220.101[.]47\n");
    assertThat(doc.source()).isEqualTo(base + "/report.html");
  }

  @Test
  void fetch_stopsRedirectLoops() {
    UrlFetcher fetcher = new UrlFetcher(FetchPolicy.standard().withAllowPrivate(true));

    assertThatThrownBy(() -> fetcher.fetch(base + "/loop", DocumentReader.standard()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("redirects");
  }

  @Test
  void fetch_abandonsBodiesOverTheLimit() {
    UrlFetcher fetcher =
        new UrlFetcher(FetchPolicy.standard().withAllowPrivate(true).withMaxBytes(1000));

    assertThatThrownBy(() -> fetcher.fetch(base + "/big", DocumentReader.standard()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("1000-byte limit");
  }

  @Test
  void fetch_reportsHttpErrors() {
    UrlFetcher fetcher = new UrlFetcher(FetchPolicy.standard().withAllowPrivate(true));

    assertThatThrownBy(() -> fetcher.fetch(base + "/missing", DocumentReader.standard()))
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void fetch_refusesSchemesOtherThanHttp() {
    UrlFetcher fetcher = new UrlFetcher(FetchPolicy.standard().withAllowPrivate(true));

    assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd", DocumentReader.standard()))
        .hasMessageContaining("only http and https");
  }
}
