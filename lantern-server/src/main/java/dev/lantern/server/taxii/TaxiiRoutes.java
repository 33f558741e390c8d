package dev.lantern.server.taxii;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.server.BoundedBody;
import dev.lantern.server.HttpProblem;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.AddedPage;
import dev.lantern.store.AddedQuery;
import dev.lantern.store.AddedVersion;
import dev.lantern.store.Store;
import dev.lantern.store.UpsertSummary;
import dev.lantern.store.interop.TlpLevel;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The TAXII 2.1 interface over the store: discovery, one API root ({@value #ROOT}), collections,
 * objects, manifest, versions, status, POST and DELETE.
 *
 * <p>Design note. A collection is a view of the store, not a copy: the objects whose TLP level
 * (their most restrictive TLP marking; none counts as CLEAR) is the collection's, or for the {@code
 * all} collection every object up to the user's ceiling (GREEN, or AMBER for users allowed it).
 * TLP:AMBER+STRICT and TLP:RED objects are excluded from every read. {@code date_added} is the
 * store's per-version {@code added} stamp, unique and increasing, so paging by {@code next} or by
 * {@code added_after} set to the last page's {@code X-TAXII-Date-Added-Last} misses nothing and
 * repeats nothing. The {@code next} token is that stamp, encoded. POSTs are processed before the
 * answer; their status resources are complete when first returned and kept in memory.
 *
 * <p>Checks happen in this order for every request: content negotiation (406), authentication
 * (401), then the resource (404), permission (403), media type and size of a body (415, 413),
 * parameters (400).
 */
public final class TaxiiRoutes {
  /** The one API root's name; its URL is {@code /taxii2/lantern/}. */
  public static final String ROOT = "lantern";

  private static final String BASE = "/taxii2/" + ROOT;
  private static final String USER = "lantern.taxii.user";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private final Store store;
  private final TaxiiConfig config;
  private final Authenticator authenticator;
  private final Statuses statuses = new Statuses();
  private final long maxContentLength;

  /**
   * @param maxContentLength the largest POST body accepted, announced by the API root
   */
  public TaxiiRoutes(Store store, TaxiiConfig config, long maxContentLength) {
    this.store = store;
    this.config = config;
    this.authenticator = new Authenticator(config);
    this.maxContentLength = maxContentLength;
  }

  /** Adds the TAXII routes. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.before("/taxii2", this::gate);
    routes.before("/taxii2/*", this::gate);
    routes.get("/taxii2/", this::discovery);
    routes.get(BASE + "/", this::apiRoot);
    routes.get(BASE + "/status/{status}/", this::status);
    routes.get(BASE + "/collections/", this::collections);
    routes.get(BASE + "/collections/{c}/", this::collection);
    routes.get(BASE + "/collections/{c}/objects/", this::objects);
    routes.post(BASE + "/collections/{c}/objects/", this::post);
    routes.get(BASE + "/collections/{c}/manifest/", this::manifest);
    routes.get(BASE + "/collections/{c}/objects/{o}/", this::object);
    routes.delete(BASE + "/collections/{c}/objects/{o}/", this::delete);
    routes.get(BASE + "/collections/{c}/objects/{o}/versions/", this::versions);
  }

  // -----------------------------------------------------------------------------------------
  // Gate: negotiation and authentication for every TAXII request
  // -----------------------------------------------------------------------------------------

  private void gate(Context ctx) {
    ctx.contentType(TaxiiMedia.TAXII);
    TaxiiMedia.requireAcceptable(ctx.header("Accept"));
    ctx.attribute(USER, authenticator.authenticate(ctx.header("Authorization")));
  }

  private static TaxiiConfig.User user(Context ctx) {
    return ctx.attribute(USER);
  }

  // -----------------------------------------------------------------------------------------
  // Discovery, API root, status, collections
  // -----------------------------------------------------------------------------------------

  private void discovery(Context ctx) {
    String root = ctx.scheme() + "://" + ctx.host() + BASE + "/";
    ObjectNode body = JSON.createObjectNode();
    body.put("title", config.title());
    body.put("description", "Lantern threat intelligence: reports, indicators, claims as STIX 2.1");
    body.put("default", root);
    body.putArray("api_roots").add(root);
    send(ctx, 200, body);
  }

  private void apiRoot(Context ctx) {
    ObjectNode body = JSON.createObjectNode();
    body.put("title", config.title() + ": " + ROOT);
    body.put("description", "Collections of this Lantern store, one per TLP level and one of all");
    body.putArray("versions").add(TaxiiMedia.TAXII);
    body.put("max_content_length", maxContentLength);
    send(ctx, 200, body);
  }

  private void status(Context ctx) {
    ObjectNode status =
        statuses
            .find(ctx.pathParam("status"), user(ctx).name())
            .orElseThrow(
                () ->
                    HttpProblem.notFound(
                        "no status resource " + ctx.pathParam("status") + " for this user"));
    send(ctx, 200, status);
  }

  private void collections(Context ctx) {
    TaxiiConfig.User user = user(ctx);
    ObjectNode body = JSON.createObjectNode();
    List<TaxiiConfig.Collection> visible =
        config.collections().stream().filter(c -> user.canRead(c) || user.canWrite(c)).toList();
    if (!visible.isEmpty()) {
      ArrayNode list = body.putArray("collections");
      visible.forEach(c -> list.add(describe(c, user)));
    }
    send(ctx, 200, body);
  }

  private void collection(Context ctx) {
    TaxiiConfig.Collection c = visibleCollection(ctx);
    send(ctx, 200, describe(c, user(ctx)));
  }

  private static ObjectNode describe(TaxiiConfig.Collection c, TaxiiConfig.User user) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", c.id());
    node.put("title", c.title());
    node.put("alias", c.alias());
    node.put(
        "description",
        c.level()
            .map(l -> "Objects marked TLP:" + l + (l == TlpLevel.CLEAR ? " or unmarked" : ""))
            .orElse("Every object up to TLP:" + user.ceiling() + "; never AMBER+STRICT or RED"));
    node.put("can_read", user.canRead(c));
    node.put("can_write", user.canWrite(c));
    node.putArray("media_types").add(TaxiiMedia.STIX);
    return node;
  }

  /** The collection of the path, or 404 when it does not exist or the user may not see it. */
  private TaxiiConfig.Collection visibleCollection(Context ctx) {
    String key = ctx.pathParam("c");
    TaxiiConfig.User user = user(ctx);
    return config
        .collection(key)
        .filter(c -> user.canRead(c) || user.canWrite(c))
        .orElseThrow(() -> HttpProblem.notFound("no collection " + key + " on this API root"));
  }

  private TaxiiConfig.Collection readable(Context ctx) {
    TaxiiConfig.Collection c = visibleCollection(ctx);
    if (!user(ctx).canRead(c)) {
      throw HttpProblem.forbidden("you may not read collection " + c.alias());
    }
    return c;
  }

  // -----------------------------------------------------------------------------------------
  // Reading: objects, manifest, one object, versions
  // -----------------------------------------------------------------------------------------

  private void objects(Context ctx) {
    TaxiiConfig.Collection c = readable(ctx);
    Page page = page(ctx, c, TaxiiQuery.parse(ctx.queryParamMap()), Set.of());
    sendEnvelope(ctx, page);
  }

  private void object(Context ctx) {
    TaxiiConfig.Collection c = readable(ctx);
    Identifier id = pathObject(ctx);
    Page page = page(ctx, c, TaxiiQuery.parse(ctx.queryParamMap()), Set.of(id));
    if (page.versions.isEmpty()) {
      requireInCollection(ctx, c, id);
    }
    sendEnvelope(ctx, page);
  }

  private void manifest(Context ctx) {
    TaxiiConfig.Collection c = readable(ctx);
    Page page = page(ctx, c, TaxiiQuery.parse(ctx.queryParamMap()), Set.of());
    sendList(
        ctx,
        page,
        "objects",
        (g, v) -> {
          g.writeStartObject();
          g.writeStringField("id", v.id().toString());
          g.writeStringField("date_added", TIME.format(v.added()));
          g.writeStringField("version", TIME.format(v.modified().orElse(v.added())));
          g.writeStringField("media_type", TaxiiMedia.STIX);
          g.writeEndObject();
        });
  }

  private void versions(Context ctx) {
    TaxiiConfig.Collection c = readable(ctx);
    Identifier id = pathObject(ctx);
    TaxiiQuery q = TaxiiQuery.parse(ctx.queryParamMap());
    TaxiiQuery all =
        new TaxiiQuery(
            q.limit(),
            q.after(),
            q.ids(),
            q.types(),
            AddedQuery.VersionSelection.ALL,
            q.specVersions());
    Page page = page(ctx, c, all, Set.of(id));
    if (page.versions.isEmpty()) {
      requireInCollection(ctx, c, id);
    }
    sendList(
        ctx,
        page,
        "versions",
        (g, v) -> g.writeString(TIME.format(v.modified().orElse(v.added()))));
  }

  private Identifier pathObject(Context ctx) {
    String raw = ctx.pathParam("o");
    try {
      return Identifier.parse(raw);
    } catch (StixException e) {
      throw HttpProblem.notFound("no object " + raw + " in this collection (not a STIX id)");
    }
  }

  private void requireInCollection(Context ctx, TaxiiConfig.Collection c, Identifier id) {
    AddedQuery any =
        query(
            c,
            user(ctx),
            Optional.empty(),
            Set.of(id),
            Set.of(),
            AddedQuery.VersionSelection.ALL,
            1);
    if (store.added(any).versions().isEmpty()) {
      throw HttpProblem.notFound("no object " + id + " in collection " + c.alias());
    }
  }

  /** One page, with the stamp after which the next page starts. */
  private record Page(List<AddedVersion> versions, boolean more, Optional<Instant> resumeAfter) {}

  private Page page(Context ctx, TaxiiConfig.Collection c, TaxiiQuery q, Set<Identifier> only) {
    Set<Identifier> ids = new HashSet<>(q.ids());
    if (!only.isEmpty()) {
      if (!ids.isEmpty() && !ids.containsAll(only)) {
        return new Page(List.of(), false, Optional.empty());
      }
      ids = new HashSet<>(only);
    }
    AddedPage page =
        store.added(query(c, user(ctx), q.after(), ids, q.types(), q.versions(), q.limit()));
    List<AddedVersion> kept = page.versions();
    if (!q.specVersions().isEmpty()) {
      kept = kept.stream().filter(v -> q.specVersions().contains(specVersion(v))).toList();
    }
    Optional<Instant> resume =
        page.versions().isEmpty()
            ? Optional.empty()
            : Optional.of(page.versions().get(page.versions().size() - 1).added());
    return new Page(kept, page.hasMore(), resume);
  }

  private static String specVersion(AddedVersion v) {
    try {
      JsonNode node = JSON.readTree(v.json());
      return node.path("spec_version").asText("2.1");
    } catch (JsonProcessingException e) {
      return "2.1";
    }
  }

  private static AddedQuery query(
      TaxiiConfig.Collection c,
      TaxiiConfig.User user,
      Optional<Instant> after,
      Set<Identifier> ids,
      Set<dev.lantern.stix.StixType> types,
      AddedQuery.VersionSelection versions,
      int limit) {
    Set<Identifier> anyOf = Set.of();
    Set<Identifier> noneOf;
    if (c.level().isPresent()) {
      TlpLevel level = c.level().get();
      if (level != TlpLevel.CLEAR) {
        anyOf = TlpMarkings.at(level);
      }
      noneOf = TlpMarkings.above(level);
    } else {
      noneOf = TlpMarkings.above(user.ceiling());
    }
    return new AddedQuery(after, ids, types, versions, anyOf, noneOf, false, limit);
  }

  // -----------------------------------------------------------------------------------------
  // Writing: POST objects, DELETE an object
  // -----------------------------------------------------------------------------------------

  private void post(Context ctx) {
    TaxiiConfig.Collection c = visibleCollection(ctx);
    TaxiiConfig.User user = user(ctx);
    if (!user.canWrite(c)) {
      throw HttpProblem.forbidden("you may not write to collection " + c.alias());
    }
    TaxiiMedia.requireTaxiiBody(ctx.header("Content-Type"));
    byte[] body = BoundedBody.read(ctx, maxContentLength);
    JsonNode envelope;
    try {
      envelope = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(
          "the body is not valid JSON",
          e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw HttpProblem.badRequest("the body could not be read", e.getMessage());
    }
    if (envelope == null || !envelope.isObject() || !envelope.path("objects").isArray()) {
      throw HttpProblem.badRequest(
          "the body is not a TAXII envelope", "expected {\"objects\": [...]} at $");
    }
    ArrayNode objects = (ArrayNode) envelope.get("objects");
    ArrayNode failures = JSON.createArrayNode();
    List<StixObject> accepted = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      JsonNode node = objects.get(i);
      String id = node.path("id").asText("");
      String version = node.path("modified").asText(node.path("created").asText(""));
      try {
        StixObject o = StixJson.standard().fromTree(node);
        TlpLevel level = TlpMarkings.of(o);
        if (c.level().isPresent() && c.level().get() != level) {
          failures.add(
              detail(
                  id,
                  version,
                  "marked TLP:"
                      + level
                      + ", but collection "
                      + c.alias()
                      + " holds TLP:"
                      + c.level().get()
                      + " objects; post it to that collection"));
          continue;
        }
        accepted.add(o);
      } catch (StixException e) {
        failures.add(detail(id, version, "$.objects[" + i + "]: " + e.getMessage()));
      }
    }
    ArrayNode successes = JSON.createArrayNode();
    if (!accepted.isEmpty()) {
      UpsertSummary summary = store.upsert(accepted);
      Map<Identifier, String> rejected = new java.util.HashMap<>();
      summary.rejected().forEach(r -> rejected.put(r.id(), r.reason()));
      for (StixObject o : accepted) {
        String version =
            o.common().modified().or(() -> o.common().created()).map(TIME::format).orElse("");
        if (rejected.containsKey(o.id())) {
          failures.add(detail(o.id().toString(), version, rejected.get(o.id())));
        } else {
          successes.add(detail(o.id().toString(), version, null));
        }
      }
    }
    String statusId = UUID.randomUUID().toString();
    ObjectNode status = JSON.createObjectNode();
    status.put("id", statusId);
    status.put("status", "complete");
    status.put("request_timestamp", TIME.format(Instant.now()));
    status.put("total_count", objects.size());
    status.put("success_count", successes.size());
    status.set("successes", successes);
    status.put("failure_count", failures.size());
    status.set("failures", failures);
    status.put("pending_count", 0);
    status.putArray("pendings");
    statuses.put(statusId, user.name(), status);
    send(ctx, 202, status);
  }

  private static ObjectNode detail(String id, String version, String message) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id);
    d.put("version", version);
    if (message != null) {
      d.put("message", message);
    }
    return d;
  }

  private void delete(Context ctx) {
    TaxiiConfig.Collection c = visibleCollection(ctx);
    TaxiiConfig.User user = user(ctx);
    if (!user.canRead(c) || !user.canWrite(c)) {
      throw HttpProblem.forbidden(
          "deleting from collection " + c.alias() + " needs read and write permission");
    }
    Identifier id = pathObject(ctx);
    requireInCollection(ctx, c, id);
    store.delete(id);
    ctx.status(200).contentType(TaxiiMedia.TAXII).result("");
  }

  // -----------------------------------------------------------------------------------------
  // Writing responses
  // -----------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface ItemWriter {
    void write(JsonGenerator g, AddedVersion v) throws IOException;
  }

  private static void sendEnvelope(Context ctx, Page page) {
    sendList(ctx, page, "objects", (g, v) -> g.writeRawValue(v.json()));
  }

  private static void sendList(Context ctx, Page page, String field, ItemWriter item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      if (!page.versions.isEmpty() || page.more) {
        g.writeBooleanField("more", page.more);
        if (page.more && page.resumeAfter.isPresent()) {
          g.writeStringField("next", TaxiiQuery.encodeNext(page.resumeAfter.get()));
        }
        g.writeArrayFieldStart(field);
        for (AddedVersion v : page.versions) {
          item.write(g, v);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!page.versions.isEmpty()) {
      ctx.header("X-TAXII-Date-Added-First", TIME.format(page.versions.get(0).added()));
      ctx.header(
          "X-TAXII-Date-Added-Last",
          TIME.format(page.versions.get(page.versions.size() - 1).added()));
    }
    ctx.status(200).contentType(TaxiiMedia.TAXII).result(out.toByteArray());
  }

  private static void send(Context ctx, int status, JsonNode body) {
    ctx.status(status)
        .contentType(TaxiiMedia.TAXII)
        .result(body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
