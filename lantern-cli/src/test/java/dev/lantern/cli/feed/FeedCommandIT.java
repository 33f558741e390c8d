package dev.lantern.cli.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code ./lantern feed} against RSS and Atom feeds served on loopback. */
class FeedCommandIT {
  private static final Path ROOT =
      Path.of(System.getProperty("lantern.root", "..")).toAbsolutePath();

  @TempDir Path dir;
  HttpServer server;
  String base;

  private static String page(String title, String body) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, String[]> routes =
        Map.of(
            "/rss.xml",
            new String[] {
              "application/rss+xml",
              "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Advisories</title>"
                  + "<link>"
                  + base
                  + "/</link><description>d</description>"
                  + "<item><title>One</title><link>"
                  + base
                  + "/a1.html</link><guid>a1</guid></item>"
                  + "<item><title>Two</title><link>"
                  + base
                  + "/a2.html</link><guid>a2</guid></item>"
                  + "</channel></rss>"
            },
            "/atom.xml",
            new String[] {
              "application/atom+xml",
              "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title>"
                  + "<id>urn:news</id><updated>2024-02-06T10:00:00Z</updated>"
                  + "<entry><title>Three</title><id>urn:b1</id><updated>2024-02-06T10:00:00Z</updated>"
                  + "<link href=\""
                  + base
                  + "/b1.html\"/></entry></feed>"
            },
            "/broken.xml",
            new String[] {"application/rss+xml", "<rss><channel><item>"},
            "/a1.html",
            new String[] {
              "text/html", page("COATHANGER on FortiGate", "The implant beacons to 195.58.39.1.")
            },
            "/a2.html",
            new String[] {
              "text/html", page("Volt Typhoon", "Traffic to update-fortinet.com seen.")
            },
            "/b1.html",
            new String[] {
              "text/html", page("Sellafield", "Hashes 2e7f12a3b4c5d6e7f8091a2b3c4d5e6f.")
            });
    server.createContext(
        "/",
        exchange -> {
          String[] r = routes.get(exchange.getRequestURI().getPath());
          byte[] body = (r == null ? "not found" : r[1]).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", r == null ? "text/plain" : r[0]);
          exchange.sendResponseHeaders(r == null ? 404 : 200, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private record Run(int exit, String out, String err) {}

  private Run lantern(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("lantern").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    String jar = System.getProperty("lantern.jar");
    if (jar != null) {
      builder.environment().put("LANTERN_JAR", jar);
    }
    builder.environment().put("LANTERN_DB", dir.resolve("store/lantern.db").toString());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("lantern finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void poll_ingestsNewEntriesOfRssAndAtomOnceAndPollingAgainAddsNothing() throws Exception {
    assertThat(lantern("feed", "add", base + "/rss.xml", "--name", "advisories").exit()).isZero();
    assertThat(lantern("feed", "add", base + "/atom.xml").exit()).isZero();
    assertThat(lantern("feed", "add", base + "/rss.xml").out()).contains("advisories");

    Run first = lantern("feed", "poll", "--allow-private");
    Run second = lantern("feed", "poll", "--allow-private");
    Run list = lantern("feed", "list");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("feed advisories <" + base + "/rss.xml>: 2 entries, 2 new, 2 ingested, 0 failed")
        .contains("/atom.xml>: 1 entries, 1 new, 1 ingested, 0 failed");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("2 entries, 0 new, 0 ingested").contains("1 entries, 0 new");
    assertThat(list.out()).contains("advisories").contains("2 entries").contains("polled ");
    Run search = lantern("export", "--format", "stix", "--query", "COATHANGER", "--type", "report");
    assertThat(search.out()).contains("COATHANGER on FortiGate");
  }

  @Test
  void poll_refusesLoopbackWithoutAllowPrivateAndNamesAMalformedFeed() throws Exception {
    lantern("feed", "add", base + "/broken.xml", "--name", "broken-one");
    lantern("feed", "add", base + "/atom.xml", "--name", "news");

    Run refused = lantern("feed", "poll");
    Run malformed = lantern("feed", "poll", "--allow-private");

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("feed broken-one").contains("cannot fetch");
    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.err())
        .contains("feed broken-one <" + base + "/broken.xml>")
        .contains("not a valid RSS or Atom feed");
    assertThat(malformed.out()).contains("feed news").contains("1 ingested");
  }
}
