package dev.lantern.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.taxii.TaxiiConfig;
import dev.lantern.store.Store;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A full Lantern server (TAXII, API, UI) on loopback over a fresh SQLite store, and a browser-ish
 * client with cookies.
 */
public final class ServerFixture implements AutoCloseable {
  public static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
  public static final ObjectMapper JSON = new ObjectMapper();

  public final Store store;
  public final LanternServer server;
  public final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public ServerFixture(Path dir) {
    store = Store.open(dir.resolve("ui.db").toString());
    server =
        LanternServer.start(
            store,
            ServerConfig.local(0, TaxiiConfig.withSingleUser("u", "p", true)),
            EXTRACTOR,
            FetchPolicy.standard());
  }

  public URI uri(String path) {
    return server.url().resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A multipart body with text fields and one file part. */
  public HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file,
      Map<String, String> headers) {
    String boundary = "----lantern" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (k, v) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    byte[] a = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] c = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + file.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(file, 0, all, a.length, file.length);
    System.arraycopy(c, 0, all, a.length + file.length, c.length);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(all));
    headers.forEach(b::header);
    return send(b.build());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(r.uri() + ": " + e, e);
    }
  }

  /** The CSRF token of the first form on a page. */
  public static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in page");
    }
    return m.group(1);
  }

  public static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
