package dev.lantern.server.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.extract.document.AddressPolicy;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.Store;
import dev.lantern.store.UpsertSummary;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A TAXII 2.1 client that pulls one collection into a store, page by page, resumable: each page is
 * asked with {@code added_after} set to the previous page's {@code X-TAXII-Date-Added-Last} (or,
 * from servers that do not send it, by {@code next}), and pages are stored in order, whole pages
 * per transaction, so an interrupted pull resumes from the last stored page. Later pages are
 * fetched while earlier ones are stored.
 *
 * <p>Hostile servers: the host must resolve to public addresses only unless private ones are
 * allowed; redirects are not followed; every response must be TAXII JSON of bounded size; an
 * invalid object is counted and named, and the page goes on.
 */
public final class TaxiiPull {
  /** The largest response body read. */
  public static final long MAX_RESPONSE = 64L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final Optional<String> authorization;
  private final boolean allowPrivate;

  /**
   * @param authorization the {@code Authorization} header value (Basic or Bearer), if any
   * @param allowPrivate whether loopback and private addresses may be contacted
   */
  public TaxiiPull(Optional<String> authorization, boolean allowPrivate) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.authorization = authorization;
    this.allowPrivate = allowPrivate;
  }

  /** HTTP Basic header value. */
  public static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** What a pull did. */
  public record Result(
      long received,
      long stored,
      long failed,
      int pages,
      Optional<Instant> lastAdded,
      List<String> problems) {}

  /** Progress after each stored transaction: its last page, and counts so far. */
  public record Progress(int pages, long received, Optional<Instant> lastAdded) {}

  /**
   * The objects URL of a collection: {@code url} is a discovery URL ({@code …/taxii2/}), an API
   * root, or a collection URL; {@code collection} names the collection by id or alias (needed
   * unless the root offers exactly one readable collection, or the URL already names one).
   *
   * @throws TaxiiClientException naming the URL and what went wrong
   */
  public URI objectsUrl(String url, Optional<String> collection) {
    URI base = slash(parse(url));
    if (base.getPath().matches(".*/collections/[^/]+/$")) {
      return base.resolve("objects/");
    }
    JsonNode first = get(base);
    URI root = base;
    if (first.has("api_roots") || first.has("default")) {
      String d = first.path("default").asText(first.path("api_roots").path(0).asText(""));
      if (d.isEmpty()) {
        throw new TaxiiClientException(url + " lists no API root; give an API root URL");
      }
      root = slash(base.resolve(d));
    }
    JsonNode list = get(root.resolve("collections/")).path("collections");
    List<JsonNode> readable = new ArrayList<>();
    for (JsonNode c : list) {
      if (collection.isPresent()
          ? collection.get().equals(c.path("id").asText())
              || collection.get().equals(c.path("alias").asText())
          : c.path("can_read").asBoolean(false)) {
        readable.add(c);
      }
    }
    if (readable.size() != 1) {
      StringBuilder names = new StringBuilder();
      list.forEach(c -> names.append(' ').append(c.path("alias").asText(c.path("id").asText())));
      throw new TaxiiClientException(
          (collection.isPresent()
                  ? "no collection " + collection.get() + " at " + root
                  : readable.size() + " readable collections at " + root)
              + "; choose one with --collection:"
              + names);
    }
    return root.resolve("collections/" + readable.get(0).path("id").asText() + "/objects/");
  }

  /**
   * The most objects stored in one transaction. When pages arrive faster than they are stored, the
   * pages already waiting are stored together: a page of random-id objects dirties about one index
   * page per object, and a larger transaction writes each hot index page once instead of once per
   * TAXII page.
   */
  static final int MAX_OBJECTS_PER_TRANSACTION = 10_000;

  /**
   * Pulls every object added after {@code after} (everything when empty) into {@code store}.
   *
   * <p>A second thread asks for the pages one after the other (each query depends only on the
   * headers of the page before) and parses them, while this thread stores them, so network, JSON
   * parsing and the store's writes overlap. Pages are stored in order; the pages waiting when a
   * transaction starts go into it together, up to {@link #MAX_OBJECTS_PER_TRANSACTION} objects
   * (always at least one page), and at most that many more are read ahead. {@code progress} is
   * called only after a transaction commits, with its last page: a pull interrupted anywhere
   * resumes from the last page reported.
   *
   * @param pageSize the {@code limit} asked for (servers may send fewer)
   * @param progress called after each stored transaction, e.g. to save the resume point
   */
  public Result pull(
      URI objects,
      Optional<Instant> after,
      Store store,
      int pageSize,
      Consumer<Progress> progress) {
    long received = 0;
    long stored = 0;
    long failed = 0;
    List<String> problems = new ArrayList<>();
    Optional<Instant> last = after;
    ReadAhead ahead = new ReadAhead(MAX_OBJECTS_PER_TRANSACTION);
    Thread fetcher =
        new Thread(() -> fetchAll(objects, pageSize, after, ahead), "taxii-pull-fetch");
    fetcher.setDaemon(true);
    fetcher.start();
    try {
      while (true) {
        List<Page> pages = ahead.take(objects);
        List<StixObject> batch = new ArrayList<>();
        pages.forEach(page -> batch.addAll(page.objects()));
        List<String> found = new ArrayList<>();
        for (Page page : pages) {
          received += page.received();
          failed += page.failed();
          found.addAll(page.problems());
          if (page.lastAdded().isPresent()) {
            last = page.lastAdded();
          }
        }
        if (!batch.isEmpty()) {
          UpsertSummary summary = store.upsert(batch);
          stored += summary.created().size() + summary.newVersions().size();
          failed += summary.rejected().size();
          summary.rejected().forEach(r -> found.add(r.id() + ": " + r.reason()));
        }
        for (String problem : found) {
          if (problems.size() < 100) {
            problems.add(problem);
          }
        }
        Page end = pages.get(pages.size() - 1);
        progress.accept(new Progress(end.number(), received, last));
        if (end.nextQuery().isEmpty()) {
          return new Result(received, stored, failed, end.number(), last, problems);
        }
      }
    } finally {
      fetcher.interrupt();
    }
  }

  /** The fetch thread: every page in order into {@code ahead}, or the failure that stopped it. */
  private void fetchAll(URI objects, int pageSize, Optional<Instant> after, ReadAhead ahead) {
    try {
      String query = query(pageSize, after, Optional.empty());
      for (int number = 1; ; number++) {
        Page page = fetch(objects, pageSize, query, number);
        ahead.put(page);
        if (page.nextQuery().isEmpty()) {
          return;
        }
        query = page.nextQuery().get();
      }
    } catch (RuntimeException e) {
      ahead.fail(e);
    } catch (InterruptedException e) {
      // the pull ended (or failed) before this page was wanted
    }
  }

  /**
   * One page as received and parsed.
   *
   * @param number 1 for the first page
   * @param objects the objects that parsed
   * @param received how many the page held
   * @param failed how many did not parse
   * @param problems what was wrong with them (then with the store's rejections)
   * @param lastAdded the page's {@code X-TAXII-Date-Added-Last}
   * @param nextQuery the query for the page after, empty when this is the last
   */
  private record Page(
      int number,
      List<StixObject> objects,
      int received,
      int failed,
      List<String> problems,
      Optional<Instant> lastAdded,
      Optional<String> nextQuery) {}

  /**
   * Pages fetched but not yet stored, bounded by their objects: the fetch thread waits while the
   * next page would take the waiting objects past the bound (a single page always fits).
   */
  private static final class ReadAhead {
    private final int maxObjects;
    private final ArrayDeque<Page> pages = new ArrayDeque<>();
    private int waitingObjects;
    private RuntimeException failure;

    ReadAhead(int maxObjects) {
      this.maxObjects = maxObjects;
    }

    synchronized void put(Page page) throws InterruptedException {
      while (!pages.isEmpty() && waitingObjects + page.objects().size() > maxObjects) {
        wait();
      }
      pages.add(page);
      waitingObjects += page.objects().size();
      notifyAll();
    }

    synchronized void fail(RuntimeException e) {
      failure = e;
      notifyAll();
    }

    /**
     * The next page, waiting for it, with the pages after it already here while their objects fit
     * in one transaction; once every page fetched is taken, the fetch thread's failure.
     */
    synchronized List<Page> take(URI objects) {
      try {
        while (pages.isEmpty() && failure == null) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TaxiiClientException("interrupted while asking " + objects);
      }
      if (pages.isEmpty()) {
        throw failure;
      }
      List<Page> taken = new ArrayList<>();
      int n = 0;
      while (!pages.isEmpty()
          && (taken.isEmpty() || n + pages.peek().objects().size() <= maxObjects)) {
        Page page = pages.poll();
        n += page.objects().size();
        taken.add(page);
      }
      waitingObjects -= n;
      notifyAll();
      return taken;
    }
  }

  private static String query(int pageSize, Optional<Instant> after, Optional<String> next) {
    StringBuilder q = new StringBuilder("?limit=").append(pageSize);
    next.ifPresent(n -> q.append("&next=").append(URLEncoder.encode(n, StandardCharsets.UTF_8)));
    after.ifPresent(
        t ->
            q.append("&added_after=")
                .append(URLEncoder.encode(t.toString(), StandardCharsets.UTF_8)));
    return q.toString();
  }

  private Page fetch(URI objects, int pageSize, String query, int number) {
    HttpResponse<InputStream> response = request(objects.resolve(query));
    JsonNode envelope = body(objects, response);
    List<StixObject> batch = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonNode items = envelope.path("objects");
    int failed = 0;
    for (int i = 0; i < items.size(); i++) {
      try {
        batch.add(StixJson.standard().fromTree(items.get(i)));
      } catch (StixException e) {
        failed++;
        problems.add(
            "page "
                + number
                + " $.objects["
                + i
                + "] "
                + items.get(i).path("id").asText("(no id)")
                + ": "
                + e.getMessage());
      }
    }
    Optional<Instant> lastAdded = Optional.empty();
    Optional<String> header = response.headers().firstValue("X-TAXII-Date-Added-Last");
    if (header.isPresent()) {
      try {
        lastAdded = Optional.of(Instant.parse(header.get()));
      } catch (DateTimeParseException e) {
        throw new TaxiiClientException(
            objects + " sent an invalid X-TAXII-Date-Added-Last: " + header.get());
      }
    }
    boolean more = envelope.path("more").asBoolean(false) && !items.isEmpty();
    Optional<String> next =
        Optional.of(envelope.path("next").asText("")).filter(token -> !token.isEmpty());
    Optional<String> nextQuery = Optional.empty();
    if (more && lastAdded.isPresent()) {
      nextQuery = Optional.of(query(pageSize, lastAdded, Optional.empty()));
    } else if (more && next.isPresent()) {
      nextQuery = Optional.of(query(pageSize, Optional.empty(), next));
    } else if (more) {
      problems.add(
          objects + " said more=true but gave neither next nor X-TAXII-Date-Added-Last; stopped");
    }
    return new Page(number, batch, items.size(), failed, problems, lastAdded, nextQuery);
  }

  // -----------------------------------------------------------------------------------------
  // HTTP
  // -----------------------------------------------------------------------------------------

  private JsonNode get(URI uri) {
    return body(uri, request(uri));
  }

  private HttpResponse<InputStream> request(URI uri) {
    checkHost(uri);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(2))
            .header("Accept", TaxiiMedia.TAXII)
            .GET();
    authorization.ifPresent(a -> b.header("Authorization", a));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new TaxiiClientException("cannot reach " + uri + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaxiiClientException("interrupted while asking " + uri);
    }
  }

  private static JsonNode body(URI uri, HttpResponse<InputStream> response) {
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readNBytes((int) MAX_RESPONSE + 1);
    } catch (IOException e) {
      throw new TaxiiClientException("reading the answer of " + uri + " failed: " + e.getMessage());
    }
    if (bytes.length > MAX_RESPONSE) {
      throw new TaxiiClientException(uri + " answered with more than " + MAX_RESPONSE + " bytes");
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new TaxiiClientException(
          uri + " answered HTTP " + response.statusCode() + " with a body that is not JSON");
    }
    if (response.statusCode() != 200) {
      String title = node == null ? "" : node.path("title").asText("");
      throw new TaxiiClientException(
          uri
              + " answered HTTP "
              + response.statusCode()
              + (title.isEmpty() ? "" : ": " + title)
              + (response.statusCode() == 401 ? "; give --user/--password or --token" : ""));
    }
    if (node == null || !node.isObject()) {
      throw new TaxiiClientException(uri + " answered with JSON that is not an object");
    }
    return node;
  }

  private void checkHost(URI uri) {
    if (allowPrivate) {
      return;
    }
    String host = uri.getHost();
    if (host == null) {
      throw new TaxiiClientException(uri + " has no host");
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    try {
      for (InetAddress a : InetAddress.getAllByName(IDN.toASCII(bare))) {
        Optional<String> reason = AddressPolicy.nonPublicReason(a);
        if (reason.isPresent()) {
          throw new TaxiiClientException(
              uri
                  + " resolves to "
                  + a.getHostAddress()
                  + " ("
                  + reason.get()
                  + "); pass --allow-private to pull from private or loopback servers");
        }
      }
    } catch (UnknownHostException e) {
      throw new TaxiiClientException("cannot resolve the host of " + uri);
    }
  }

  private static URI parse(String url) {
    try {
      URI u = URI.create(url.strip());
      if (u.getScheme() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
        throw new TaxiiClientException(url + " is not an http(s) URL");
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new TaxiiClientException(url + " is not a valid URL: " + e.getMessage());
    }
  }

  private static URI slash(URI u) {
    String s = u.toString();
    return s.endsWith("/") ? u : URI.create(s + "/");
  }
}
