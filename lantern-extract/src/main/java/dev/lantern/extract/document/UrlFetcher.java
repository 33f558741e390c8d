package dev.lantern.extract.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a report by URL under a {@link FetchPolicy}.
 *
 * <p>Design note: a URL handed to Lantern (on the command line, in a feed, pasted in the UI) is
 * attacker-chosen. Before every request — the first and each redirect, which we follow ourselves —
 * the host is resolved and <em>every</em> address it resolves to must be public unless the policy
 * allows private ones. The JDK caches successful lookups (30 s by default), so the HTTP client
 * connects to the address we checked; a resolver that answers differently within that window is the
 * residual risk, which an operator closes by fetching through an egress proxy. Bodies are read in
 * chunks and abandoned as soon as they pass the size limit.
 */
public final class UrlFetcher {

  private final FetchPolicy policy;
  private final HttpClient client;

  public UrlFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(policy.timeout())
            .build();
  }

  /** True for strings this fetcher would treat as a URL rather than a file name. */
  public static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /**
   * Fetches and reads a document.
   *
   * @throws UnreadableDocumentException as {@link #fetchBody}
   */
  public Document fetch(String url, DocumentReader reader) {
    Body body = fetchBody(url);
    return reader.read(url, body.bytes(), body.contentType());
  }

  /**
   * A fetched body, for callers that decide by content what it is (a STIX bundle, a report).
   *
   * @param bytes the body, at most the policy's {@code maxBytes}
   * @param contentType the declared media type, if the server sent one
   */
  public record Body(byte[] bytes, Optional<String> contentType) {}

  /**
   * Fetches a body without interpreting it.
   *
   * @throws UnreadableDocumentException when the URL is malformed, not http(s), resolves to a
   *     non-public address the policy forbids, redirects too often, answers with an error status,
   *     exceeds the size limit, or cannot be reached in time
   */
  public Body fetchBody(String url) {
    URI uri = parse(url);
    for (int hop = 0; ; hop++) {
      checkAddress(url, uri);
      HttpResponse<InputStream> response = send(url, uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
        closeQuietly(response.body());
        if (hop >= policy.maxRedirects()) {
          throw new UnreadableDocumentException(
              url + ": more than " + policy.maxRedirects() + " redirects; fetch the final URL");
        }
        uri = uri.resolve(parse(response.headers().firstValue("location").get()));
        continue;
      }
      if (status != 200) {
        closeQuietly(response.body());
        throw new UnreadableDocumentException(url + ": the server answered HTTP " + status);
      }
      byte[] body = readBounded(url, response.body());
      return new Body(body, response.headers().firstValue("content-type"));
    }
  }

  private URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new UnreadableDocumentException(
          url + ": not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() && uri.getHost() == null) {
      return uri;
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new UnreadableDocumentException(
          url + ": only http and https URLs are fetched, not '" + scheme + "'");
    }
    return uri;
  }

  private void checkAddress(String url, URI uri) {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new UnreadableDocumentException(url + ": the URL names no host");
    }
    if (policy.allowPrivate()) {
      return;
    }
    InetAddress[] addresses;
    try {
      String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      addresses = InetAddress.getAllByName(IDN.toASCII(bare));
    } catch (UnknownHostException | IllegalArgumentException e) {
      throw new UnreadableDocumentException(url + ": cannot resolve host '" + host + "'", e);
    }
    for (InetAddress address : addresses) {
      Optional<String> reason = AddressPolicy.nonPublicReason(address);
      if (reason.isPresent()) {
        throw new UnreadableDocumentException(
            url
                + ": refused to fetch from "
                + address.getHostAddress()
                + " ("
                + reason.get()
                + " for host '"
                + host
                + "'); pass --allow-private if this source is trusted");
      }
    }
  }

  private HttpResponse<InputStream> send(String url, URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(policy.timeout())
            .header("User-Agent", "Lantern (threat-intelligence reader)")
            .header("Accept", "text/html, text/plain;q=0.9, */*;q=0.5")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UnreadableDocumentException(url + ": fetch failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableDocumentException(url + ": fetch interrupted", e);
    }
  }

  private byte[] readBounded(String url, InputStream in) {
    // The request timeout covers the headers only; a body that trickles in is cut at the deadline.
    CompletableFuture.delayedExecutor(policy.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> closeQuietly(in));
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
        if (total > policy.maxBytes()) {
          throw new UnreadableDocumentException(
              url + ": body exceeds the " + policy.maxBytes() + "-byte limit; raise --max-size");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          url + ": reading the body failed: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing to do: the response is abandoned
    }
  }
}
