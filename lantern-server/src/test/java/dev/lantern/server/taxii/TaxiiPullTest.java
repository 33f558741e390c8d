package dev.lantern.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lantern.stix.Identifier;
import dev.lantern.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TaxiiPull} against a scripted TAXII server on loopback: page {@code n} is asked with
 * {@code next=n}, so the script decides each page's content and whether it fails.
 */
class TaxiiPullTest {
  private static final int PER_PAGE = 3;

  @TempDir Path dir;
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** Serves pages 1..pages; {@code page} gives a page's body, or null to answer HTTP 500. */
  private URI serve(int pages, IntFunction<String> page) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/root/collections/c/objects/",
        exchange -> {
          String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
          int n = 1;
          for (String part : query.split("&")) {
            if (part.startsWith("next=")) {
              n = Integer.parseInt(part.substring(5));
            }
          }
          String body = page.apply(n);
          if (body == null) {
            answer(exchange, 500, "{\"title\": \"scripted failure\"}");
            return;
          }
          String more = n < pages ? ", \"more\": true, \"next\": \"" + (n + 1) + "\"" : "";
          answer(exchange, 200, "{\"objects\": [" + body + "]" + more + "}");
        });
    server.start();
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/root/collections/c/objects/");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", TaxiiMedia.TAXII);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String id(int page, int i) {
    return String.format("indicator--00000000-0000-4000-8000-%06d%06d", page, i);
  }

  private static String indicator(String id, String modified, String ip) {
    return "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \""
        + id
        + "\", \"created\": \"2026-01-01T00:00:00.000Z\", \"modified\": \""
        + modified
        + "\", \"pattern\": \"[ipv4-addr:value = '"
        + ip
        + "']\", \"pattern_type\": \"stix\", \"valid_from\": \"2026-01-01T00:00:00Z\"}";
  }

  private static String page(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < PER_PAGE; i++) {
      b.append(i == 0 ? "" : ", ")
          .append(indicator(id(n, i), "2026-01-01T00:00:00.000Z", "203.0.113." + (n * 10 + i)));
    }
    return b.toString();
  }

  @Test
  void pull_storesEveryPageInOrderAndReportsTheLastPage() throws IOException {
    // Page 9 brings a newer version of an object from page 1: stored after it, it wins.
    String newer = indicator(id(1, 0), "2026-06-01T00:00:00.000Z", "198.51.100.7");
    URI objects = serve(9, n -> n == 9 ? page(9) + ", " + newer : page(n));
    List<TaxiiPull.Progress> reported = new CopyOnWriteArrayList<>();

    try (Store store = Store.open(dir.resolve("pull.db").toString())) {
      TaxiiPull.Result r =
          new TaxiiPull(Optional.empty(), true)
              .pull(objects, Optional.empty(), store, PER_PAGE, reported::add);

      assertThat(r.received()).isEqualTo(9 * PER_PAGE + 1);
      assertThat(r.stored()).isEqualTo(9 * PER_PAGE + 1);
      assertThat(r.pages()).isEqualTo(9);
      assertThat(reported).isNotEmpty();
      assertThat(reported.get(reported.size() - 1).pages()).isEqualTo(9);
      assertThat(reported).extracting(TaxiiPull.Progress::pages).isSorted();
      assertThat(store.versions(Identifier.parse(id(1, 0)))).hasSize(2);
      assertThat(store.objectsWithValue("198.51.100.7"))
          .containsExactly(Identifier.parse(id(1, 0)));
      assertThat(store.objectsWithValue("203.0.113.10")).isEmpty();
    }
  }

  @Test
  void pull_keepsThePagesBeforeAFailedOneAndReportsNothingPastThem() throws IOException {
    CountDownLatch failed = new CountDownLatch(1);
    URI objects =
        serve(
            6,
            n -> {
              if (n == 4) {
                failed.countDown();
                return null;
              }
              return page(n);
            });
    List<TaxiiPull.Progress> reported = new CopyOnWriteArrayList<>();
    // The first stored transaction waits until page 4 has failed, so pages 2 and 3 are fetched
    // but not yet stored when the failure arrives: they must still be stored before it surfaces.
    Consumer<TaxiiPull.Progress> slowFirst =
        p -> {
          if (reported.isEmpty()) {
            try {
              failed.await(10, TimeUnit.SECONDS);
              Thread.sleep(200);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          reported.add(p);
        };

    try (Store store = Store.open(dir.resolve("pull.db").toString())) {
      TaxiiPull client = new TaxiiPull(Optional.empty(), true);
      assertThatThrownBy(() -> client.pull(objects, Optional.empty(), store, PER_PAGE, slowFirst))
          .isInstanceOf(TaxiiClientException.class)
          .hasMessageContaining("/root/collections/c/objects/")
          .hasMessageContaining("HTTP 500")
          .hasMessageContaining("scripted failure");

      assertThat(reported).isNotEmpty();
      assertThat(reported.get(reported.size() - 1).pages()).isEqualTo(3);
      for (int page = 1; page <= 3; page++) {
        assertThat(store.contains(Identifier.parse(id(page, 0)))).as("page " + page).isTrue();
      }
      assertThat(store.contains(Identifier.parse(id(5, 0)))).isFalse();
    }
  }
}
