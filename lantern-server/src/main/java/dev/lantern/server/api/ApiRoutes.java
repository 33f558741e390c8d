package dev.lantern.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.app.hunt.HuntResult;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.server.BoundedBody;
import dev.lantern.server.HttpProblem;
import dev.lantern.server.read.Knowledge;
import dev.lantern.server.web.Claims;
import dev.lantern.server.work.Workbench;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.AddedQuery;
import dev.lantern.store.SearchHit;
import dev.lantern.store.SearchPage;
import dev.lantern.store.SearchQuery;
import dev.lantern.store.StoreException;
import dev.lantern.store.StoredVersion;
import dev.lantern.store.interop.Exporter;
import dev.lantern.store.interop.TlpLevel;
import dev.lantern.sweep.Hit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The JSON API under {@code /api/}, documented by {@code /api/openapi.json} (a hand-written
 * resource; {@code OpenApiTest} checks that every route it lists answers).
 *
 * <p>Writes ({@code POST /api/ingest}, {@code POST /api/sweep}) accept only requests a web page of
 * another site cannot forge: JSON bodies, or uploads carrying an {@code X-Lantern-Request} header
 * (either forces a CORS preflight, which this server never grants).
 */
public final class ApiRoutes implements Consumer<JavalinDefaultRoutingApi> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Knowledge knowledge;
  private final Workbench workbench;
  private final long maxBody;

  public ApiRoutes(Knowledge knowledge, Workbench workbench, long maxBody) {
    this.knowledge = knowledge;
    this.workbench = workbench;
    this.maxBody = maxBody;
  }

  @Override
  public void accept(JavalinDefaultRoutingApi r) {
    r.get("/api/openapi.json", this::openapi);
    r.get("/api/reports", this::reports);
    r.get("/api/reports/{id}", this::report);
    r.get("/api/objects/{id}", this::object);
    r.get("/api/objects/{id}/versions", this::versions);
    r.get("/api/search", this::search);
    r.get("/api/graph/{id}", this::graph);
    r.get("/api/claims", this::claims);
    r.get("/api/sightings", this::sightings);
    r.post("/api/ingest", this::ingest);
    r.post("/api/sweep", this::sweep);
    r.get("/api/export", this::export);
  }

  private void openapi(Context ctx) throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  // -----------------------------------------------------------------------------------------
  // Reading
  // -----------------------------------------------------------------------------------------

  private void reports(Context ctx) {
    int limit = intParam(ctx, "limit", 50, 1, 1000);
    ArrayNode list = JSON.createArrayNode();
    for (JsonNode r : knowledge.recent(Set.of(StixType.REPORT), limit)) {
      ObjectNode s = list.addObject();
      s.put("id", r.path("id").asText());
      s.put("name", Knowledge.label(r));
      s.set("lang", r.path("lang").isMissingNode() ? null : r.get("lang"));
      s.set("published", r.path("published").isMissingNode() ? null : r.get("published"));
      s.put("objects", r.path("object_refs").size());
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("reports", list);
    json(ctx, body);
  }

  private void report(Context ctx) {
    Identifier id = Knowledge.id(ctx.pathParam("id"));
    JsonNode r = knowledge.get(id);
    if (!r.path("type").asText().equals("report")) {
      throw HttpProblem.notFound(id + " is a " + r.path("type").asText() + ", not a report");
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("report", r);
    Knowledge.text(r).ifPresentOrElse(t -> body.put("text", t), () -> body.putNull("text"));
    ObjectNode objects = body.putObject("objects");
    ArrayNode claims = body.putArray("claims");
    Claims.of(r).forEach(c -> claims.add(Claims.json(c)));
    for (Map.Entry<String, List<JsonNode>> e : knowledge.refsByType(r).entrySet()) {
      ArrayNode a = objects.putArray(e.getKey());
      e.getValue().forEach(a::add);
      e.getValue().forEach(o -> Claims.of(o).forEach(c -> claims.add(Claims.json(c))));
    }
    json(ctx, body);
  }

  private void object(Context ctx) {
    json(ctx, knowledge.get(Knowledge.id(ctx.pathParam("id"))));
  }

  private void versions(Context ctx) {
    Identifier id = Knowledge.id(ctx.pathParam("id"));
    List<StoredVersion> versions = knowledge.store().versions(id);
    if (versions.isEmpty()) {
      throw HttpProblem.notFound("there is no object " + id + " in this store");
    }
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("versions");
    for (StoredVersion v : versions) {
      ObjectNode n = list.addObject();
      n.put("sequence", v.sequence());
      n.put("modified", v.modified().map(Object::toString).orElse(null));
      n.put("revoked", v.revoked());
      n.set("object", Knowledge.tree(v.json()));
    }
    json(ctx, body);
  }

  private void search(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 20, 1, SearchQuery.MAX_LIMIT);
    SearchQuery query = SearchQuery.of(q).withPage(offset, limit);
    String type = ctx.queryParam("type");
    if (type != null && !type.isBlank()) {
      Set<StixType> types = new LinkedHashSet<>();
      for (String t : type.split(",")) {
        types.add(StixType.of(t.strip()));
      }
      query = query.withTypes(types);
    }
    String lang = ctx.queryParam("lang");
    if (lang != null && !lang.isBlank()) {
      query = query.withLang(lang.strip());
    }
    SearchPage page;
    try {
      page = knowledge.store().search(query);
    } catch (StoreException e) {
      throw HttpProblem.badRequest("invalid search", e.getMessage());
    }
    ObjectNode body = JSON.createObjectNode();
    ArrayNode hits = body.putArray("hits");
    for (SearchHit h : page.hits()) {
      ObjectNode n = hits.addObject();
      n.put("id", h.id().toString());
      n.put("type", h.type().value());
      n.put("name", h.name().orElse(null));
      n.put("score", h.score());
    }
    body.put("offset", page.offset());
    body.put("more", page.hasMore());
    json(ctx, body);
  }

  private void graph(Context ctx) {
    Identifier id = Knowledge.id(ctx.pathParam("id"));
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    Knowledge.Neighbourhood n = knowledge.neighbourhood(id, limit);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode nodes = body.putArray("nodes");
    node(nodes, n.centre(), true);
    n.nodes().forEach(x -> node(nodes, x, false));
    ArrayNode edges = body.putArray("edges");
    for (Knowledge.Edge e : n.edges()) {
      edges.addObject().put("source", e.source()).put("target", e.target()).put("label", e.label());
    }
    json(ctx, body);
  }

  private static void node(ArrayNode nodes, JsonNode o, boolean centre) {
    nodes
        .addObject()
        .put("id", o.path("id").asText())
        .put("type", o.path("type").asText())
        .put("label", Knowledge.label(o))
        .put("centre", centre);
  }

  private void claims(Context ctx) {
    int limit = intParam(ctx, "limit", 5000, 1, AddedQuery.MAX_LIMIT);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("claims");
    for (JsonNode o : knowledge.recent(Set.of(), limit)) {
      Claims.of(o).forEach(c -> list.add(Claims.json(c)));
    }
    json(ctx, body);
  }

  private void sightings(Context ctx) {
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("sightings");
    knowledge.recent(Set.of(StixType.SIGHTING), limit).forEach(list::add);
    json(ctx, body);
  }

  // -----------------------------------------------------------------------------------------
  // Writing
  // -----------------------------------------------------------------------------------------

  private void ingest(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    IngestOutcome outcome;
    if (type.startsWith("application/json")) {
      JsonNode req = parse(BoundedBody.read(ctx, maxBody));
      if (req.path("url").isTextual()) {
        outcome = workbench.ingestUrl(req.get("url").asText());
      } else if (req.path("text").isTextual()) {
        String title = req.path("title").asText("");
        outcome =
            workbench.ingestText(
                title.isBlank()
                    ? "api text " + Integer.toHexString(req.get("text").asText().hashCode())
                    : title,
                req.get("text").asText());
      } else {
        throw HttpProblem.badRequest(
            "nothing to ingest", "send {\"text\": \"…\", \"title\": \"…\"} or {\"url\": \"…\"}");
      }
    } else {
      requireLanternHeader(ctx);
      UploadedFile f = ctx.uploadedFile("file");
      if (f == null) {
        throw HttpProblem.badRequest(
            "no file to ingest", "send a multipart/form-data upload with a part named file");
      }
      outcome = workbench.ingestBytes(f.filename(), read(f));
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("source", outcome.source());
    Workbench.report(outcome).ifPresent(r -> body.put("report", r.toString()));
    if (outcome instanceof IngestOutcome.Stored s) {
      body.put("outcome", "stored");
      body.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      body.put("summary", s.summary().toString());
      ctx.status(201);
    } else if (outcome instanceof IngestOutcome.Unchanged u) {
      body.put("outcome", "unchanged");
      body.put("kind", u.kind().name().toLowerCase(Locale.ROOT));
    } else if (outcome instanceof IngestOutcome.Skipped k) {
      body.put("outcome", "skipped");
      body.put("reason", k.reason());
    } else if (outcome instanceof IngestOutcome.Failed f) {
      throw HttpProblem.badRequest("the input could not be ingested", f.reason());
    }
    json(ctx, body);
  }

  private void sweep(Context ctx) {
    requireLanternHeader(ctx);
    String name;
    byte[] log;
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      UploadedFile f = ctx.uploadedFile("log");
      if (f == null) {
        throw HttpProblem.badRequest("no log to sweep", "send a part named log");
      }
      name = f.filename();
      log = read(f);
    } else {
      name = Optional.ofNullable(ctx.queryParam("name")).orElse("upload.log");
      log = BoundedBody.read(ctx, maxBody);
    }
    HuntResult result = workbench.sweepUpload(name, log);
    ObjectNode body = JSON.createObjectNode();
    body.put("lines", result.sweep().lines());
    body.put("bytes", result.sweep().bytes());
    body.put("hit_count", result.sweep().hits());
    body.put("hits_truncated", result.sweep().hits() > result.firstHits().size());
    ArrayNode hits = body.putArray("hits");
    for (Hit h : result.firstHits()) {
      ObjectNode n = hits.addObject();
      n.put("line", h.line());
      n.put("value", h.value());
      n.put("type", h.type().name().toLowerCase(Locale.ROOT));
      n.put("indicator", h.indicator().reference());
      ArrayNode reports = n.putArray("reports");
      if (h.indicator().reference().contains("--")) {
        try {
          knowledge
              .store()
              .reportsMentioning(Identifier.parse(h.indicator().reference()))
              .forEach(r -> reports.add(r.toString()));
        } catch (RuntimeException e) {
          // A reference that is not a STIX id names no report.
        }
      }
    }
    result.sightings().ifPresent(s -> body.put("sightings", s.toString()));
    ArrayNode problems = body.putArray("problems");
    result.sweep().problems().forEach(p -> problems.add(p.message()));
    json(ctx, body);
  }

  // -----------------------------------------------------------------------------------------
  // Export
  // -----------------------------------------------------------------------------------------

  private void export(Context ctx) {
    Set<StixType> types = new LinkedHashSet<>();
    String t = ctx.queryParam("types");
    if (t != null && !t.isBlank()) {
      for (String s : t.split(",")) {
        if (!s.isBlank()) {
          types.add(StixType.of(s.strip()));
        }
      }
    }
    TlpLevel max;
    try {
      max = TlpLevel.of(Optional.ofNullable(ctx.queryParam("tlp")).orElse("amber"));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("invalid tlp", e.getMessage());
    }
    Optional<String> query = Optional.ofNullable(ctx.queryParam("q")).filter(q -> !q.isBlank());
    Exporter.Selection selection = new Exporter.Selection(query, types, Optional.of(max));
    Exporter exporter = new Exporter(knowledge.store());
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("stix");
    try {
      switch (format) {
        case "stix" -> {
          ctx.header("Content-Disposition", "attachment; filename=\"lantern-export.json\"");
          ctx.contentType("application/stix+json;version=2.1")
              .result(
                  StixJson.standard()
                      .write(exporter.stix(selection))
                      .getBytes(StandardCharsets.UTF_8));
        }
        case "misp" -> {
          ctx.header("Content-Disposition", "attachment; filename=\"lantern-misp-event.json\"");
          ctx.contentType("application/json")
              .result(
                  exporter
                      .misp(selection, "Lantern export")
                      .toString()
                      .getBytes(StandardCharsets.UTF_8));
        }
        default ->
            throw HttpProblem.badRequest(
                "invalid format", "format=" + format + " is not known; use stix or misp");
      }
    } catch (StoreException e) {
      throw HttpProblem.badRequest("invalid export query", e.getMessage());
    }
  }

  // -----------------------------------------------------------------------------------------
  // Plumbing
  // -----------------------------------------------------------------------------------------

  private static void requireLanternHeader(Context ctx) {
    if (ctx.header("X-Lantern-Request") == null) {
      throw HttpProblem.forbidden(
          "uploads to the API must carry an X-Lantern-Request header (any value); it keeps"
              + " other web sites from posting here through your browser");
    }
  }

  private byte[] read(UploadedFile f) {
    if (f.size() > maxBody) {
      throw new HttpProblem(
          HttpProblem.Kind.TOO_LARGE,
          "the upload is too large",
          f.size() + " bytes; limit " + maxBody);
    }
    try (InputStream in = f.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw HttpProblem.badRequest("the upload could not be read", e.getMessage());
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode n = JSON.readTree(new String(body, StandardCharsets.UTF_8));
      if (n == null || !n.isObject()) {
        throw HttpProblem.badRequest("the body is not a JSON object", "send {\"text\": \"…\"}");
      }
      return n;
    } catch (IOException e) {
      throw HttpProblem.badRequest("the body is not valid JSON", e.getMessage());
    }
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v < min || v > max) {
        throw HttpProblem.badRequest(
            "invalid " + name, name + "=" + raw + " is out of range; use " + min + " to " + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("invalid " + name, name + "=" + raw + " is not a whole number");
    }
  }

  private static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
