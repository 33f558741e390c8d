package dev.lantern.server.web;

import static dev.lantern.server.web.Html.escape;
import static dev.lantern.server.web.Layout.link;
import static dev.lantern.server.web.Layout.type;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.app.hunt.HuntResult;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.HttpProblem;
import dev.lantern.server.read.Knowledge;
import dev.lantern.server.work.Workbench;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.store.SearchHit;
import dev.lantern.store.SearchPage;
import dev.lantern.store.SearchQuery;
import dev.lantern.store.StoreException;
import dev.lantern.sweep.Hit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The analyst's web UI, rendered on the server: dashboard, report, entity, graph, search, ingest,
 * sweep and export pages. Every string from the store or the request is escaped with {@link
 * Html#escape}; every form is CSRF-protected ({@link Csrf}).
 */
public final class WebRoutes implements Consumer<JavalinDefaultRoutingApi> {
  /** Hits listed on a sweep's result page; the sightings count every hit. */
  private static final int MAX_HITS_SHOWN = 500;

  private final Knowledge knowledge;
  private final Workbench workbench;
  private final ReportExtractor extractor;
  private final long maxUpload;

  public WebRoutes(
      Knowledge knowledge, Workbench workbench, ReportExtractor extractor, long maxUpload) {
    this.knowledge = knowledge;
    this.workbench = workbench;
    this.extractor = extractor;
    this.maxUpload = maxUpload;
  }

  @Override
  public void accept(JavalinDefaultRoutingApi r) {
    r.get("/", this::dashboard);
    r.get("/reports/{id}", this::report);
    r.get("/objects/{id}", this::entity);
    r.get("/graph/{id}", this::graph);
    r.get("/search", this::search);
    r.get("/ingest", this::ingestForm);
    r.post("/ingest", this::ingest);
    r.get("/sweep", this::sweepForm);
    r.post("/sweep", this::sweep);
    r.get("/export", this::exportForm);
  }

  // -----------------------------------------------------------------------------------------
  // Dashboard
  // -----------------------------------------------------------------------------------------

  private void dashboard(Context ctx) {
    StringBuilder b = new StringBuilder("<h1>Dashboard</h1><div class=\"grid\">");
    List<JsonNode> reports = knowledge.recent(Set.of(StixType.REPORT), 1000);

    b.append("<section class=\"card wide\"><h2>Recent reports</h2>");
    if (reports.isEmpty()) {
      b.append("<p class=\"empty\">No reports yet. <a href=\"/ingest\">Ingest one</a>.</p>");
    } else {
      b.append("<table><thead><tr><th>Report</th><th>Language</th><th>Published</th>")
          .append("<th>Objects</th></tr></thead><tbody>");
      for (JsonNode r : reports.subList(0, Math.min(10, reports.size()))) {
        b.append("<tr><td>")
            .append(link(r.path("id").asText(), Knowledge.label(r)))
            .append("</td><td>")
            .append(escape(r.path("lang").asText("—")))
            .append("</td><td>")
            .append(escape(day(r.path("published").asText())))
            .append("</td><td>")
            .append(r.path("object_refs").size())
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append("</section>");

    ranking(b, "Most-reported actors", Knowledge.ACTORS, "No groups named yet.");
    attributions(b);
    ranking(b, "Countries in reports", Set.of(StixType.LOCATION), "No countries named yet.");
    ranking(
        b, "Organisations and sectors", Set.of(StixType.IDENTITY), "No organisations named yet.");
    ranking(
        b, "Malware and tools", Set.of(StixType.MALWARE, StixType.TOOL), "No malware named yet.");
    timeline(b, reports);
    sightings(b);
    b.append("</div>");
    Layout.send(ctx, "Dashboard", "/", b.toString());
  }

  private void ranking(StringBuilder b, String title, Set<StixType> types, String empty) {
    b.append("<section class=\"card\"><h2>").append(escape(title)).append("</h2>");
    List<Knowledge.Counted> top = knowledge.mostReported(types, 8);
    if (top.isEmpty()) {
      b.append("<p class=\"empty\">").append(escape(empty)).append("</p>");
    } else {
      int max = top.get(0).reports();
      b.append("<ol class=\"bars\">");
      for (Knowledge.Counted c : top) {
        b.append("<li><span class=\"bar\" style=\"--w:")
            .append(100 * c.reports() / max)
            .append("%\"></span>")
            .append(link(c.object().path("id").asText(), Knowledge.label(c.object())))
            .append(" <span class=\"count\">")
            .append(c.reports())
            .append(c.reports() == 1 ? " report" : " reports")
            .append("</span></li>");
      }
      b.append("</ol>");
    }
    b.append("</section>");
  }

  private void attributions(StringBuilder b) {
    b.append("<section class=\"card\"><h2>Attributions claimed</h2>");
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode o : knowledge.recent(Set.of(), 2000)) {
      for (Claims.Claim c : Claims.of(o)) {
        counts.merge(
            c.claimant() + " " + c.stance() + " " + c.subject().orElse("?"), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      b.append("<p class=\"empty\">No attribution claims stored yet.</p>");
    } else {
      b.append("<ul>");
      counts.forEach(
          (k, v) ->
              b.append("<li>")
                  .append(escape(k))
                  .append(" <span class=\"count\">")
                  .append(v)
                  .append("</span></li>"));
      b.append("</ul>");
    }
    b.append("</section>");
  }

  private static void timeline(StringBuilder b, List<JsonNode> reports) {
    b.append("<section class=\"card wide\"><h2>Timeline of reports</h2>");
    TreeMap<String, Integer> months = new TreeMap<>();
    for (JsonNode r : reports) {
      String p = r.path("published").asText();
      if (p.length() >= 7) {
        months.merge(p.substring(0, 7), 1, Integer::sum);
      }
    }
    if (months.isEmpty()) {
      b.append("<p class=\"empty\">No dated reports yet.</p>");
    } else {
      int max = months.values().stream().mapToInt(Integer::intValue).max().orElse(1);
      b.append("<div class=\"timeline\">");
      months.forEach(
          (m, n) ->
              b.append("<div class=\"month\" title=\"")
                  .append(escape(m + ": " + n + " reports"))
                  .append("\"><span class=\"col\" style=\"--h:")
                  .append(100 * n / max)
                  .append("%\"></span><span class=\"m\">")
                  .append(escape(m))
                  .append("</span></div>"));
      b.append("</div>");
    }
    b.append("</section>");
  }

  private void sightings(StringBuilder b) {
    b.append("<section class=\"card wide\"><h2>Recent sightings</h2>");
    List<JsonNode> list = knowledge.recent(Set.of(StixType.SIGHTING), 10);
    if (list.isEmpty()) {
      b.append("<p class=\"empty\">No sightings yet. <a href=\"/sweep\">Sweep a log</a>.</p>");
    } else {
      b.append("<table><thead><tr><th>Indicator</th><th>Seen</th><th>First</th><th>Last</th>")
          .append("</tr></thead><tbody>");
      for (JsonNode s : list) {
        String of = s.path("sighting_of_ref").asText();
        String label = knowledge.find(Knowledge.id(of)).map(Knowledge::label).orElse(of);
        b.append("<tr><td>")
            .append(link(of, label))
            .append("</td><td>")
            .append(s.path("count").asInt(1))
            .append("×</td><td>")
            .append(escape(s.path("first_seen").asText("—")))
            .append("</td><td>")
            .append(escape(s.path("last_seen").asText("—")))
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append("</section>");
  }

  // -----------------------------------------------------------------------------------------
  // Report page
  // -----------------------------------------------------------------------------------------

  private void report(Context ctx) {
    Identifier id = Knowledge.id(ctx.pathParam("id"));
    JsonNode r = knowledge.get(id);
    if (!r.path("type").asText().equals("report")) {
      ctx.redirect("/objects/" + id);
      return;
    }
    Map<String, List<JsonNode>> refs = knowledge.refsByType(r);
    List<Claims.Claim> claims = new ArrayList<>(Claims.of(r));
    refs.values().forEach(list -> list.forEach(o -> claims.addAll(Claims.of(o))));

    StringBuilder b = new StringBuilder();
    b.append("<article class=\"report\"><h1>").append(escape(Knowledge.label(r))).append("</h1>");
    b.append("<p class=\"meta\">")
        .append(type("report"))
        .append(" Language: <strong class=\"lang\">")
        .append(escape(r.path("lang").asText("unknown")))
        .append("</strong> · Published ")
        .append(escape(day(r.path("published").asText())))
        .append(" · <a href=\"/graph/")
        .append(escape(id.toString()))
        .append("\">Graph</a> · <a href=\"/api/objects/")
        .append(escape(id.toString()))
        .append("\">STIX</a></p>");
    editions(b, id);

    b.append("<div class=\"columns\"><section class=\"text\"><h2>Text</h2>");
    Optional<String> text = Knowledge.text(r);
    if (text.isPresent()) {
      List<Highlights.Span> marks =
          Highlights.entitiesAndIndicators(text.get(), extractor, knowledge.store());
      List<Highlights.Span> claimSpans = new ArrayList<>();
      for (Claims.Claim c : claims) {
        if (c.start().isPresent()
            && c.end().isPresent()
            && c.report().map(id.toString()::equals).orElse(true)) {
          claimSpans.add(
              new Highlights.Span(
                  c.start().get(),
                  c.end().get(),
                  "claim",
                  Optional.empty(),
                  c.claimant() + " " + c.stance() + " " + c.subject().orElse("")));
        }
      }
      b.append("<p class=\"legend\">")
          .append(legend())
          .append("</p><div class=\"doc\">")
          .append(Highlights.render(text.get(), marks, claimSpans))
          .append("</div>");
    } else {
      b.append("<p class=\"empty\">This report came as STIX without its text.")
          .append(" Its objects are listed beside.</p>");
    }
    b.append("</section><aside>");
    claimsSection(b, claims);
    for (Map.Entry<String, List<JsonNode>> e : refs.entrySet()) {
      if (e.getKey().equals("relationship")) {
        continue;
      }
      b.append("<h3>")
          .append(type(e.getKey()))
          .append(" ")
          .append(e.getValue().size())
          .append("</h3><ul class=\"refs\">");
      for (JsonNode o : e.getValue()) {
        b.append("<li>").append(link(o.path("id").asText(), Knowledge.label(o))).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</aside></div></article>");
    Layout.send(ctx, Knowledge.label(r), "", b.toString());
  }

  private static String legend() {
    StringBuilder b = new StringBuilder();
    for (String k :
        List.of(
            "actor",
            "malware",
            "country",
            "organisation",
            "sector",
            "indicator",
            "vulnerability",
            "technique")) {
      b.append("<mark class=\"hl hl-").append(k).append("\">").append(k).append("</mark> ");
    }
    return b.append("<span class=\"hl-claim\">claim</span>").toString();
  }

  private void editions(StringBuilder b, Identifier id) {
    List<String> links = new ArrayList<>();
    for (Identifier ref : knowledge.store().referencing(id)) {
      knowledge
          .find(ref)
          .filter(o -> o.path("type").asText().equals("language-content"))
          .ifPresent(
              o ->
                  o.path("contents")
                      .fieldNames()
                      .forEachRemaining(lang -> links.add(escape(lang))));
    }
    if (!links.isEmpty()) {
      b.append("<p class=\"editions\">Also in: ").append(String.join(", ", links)).append("</p>");
    }
  }

  private void claimsSection(StringBuilder b, List<Claims.Claim> claims) {
    b.append("<h3>Claims</h3>");
    if (claims.isEmpty()) {
      b.append("<p class=\"empty\">No claims recorded for this report.</p>");
      return;
    }
    b.append("<ul class=\"claims\">");
    for (Claims.Claim c : claims) {
      b.append("<li class=\"claim stance-")
          .append(escape(c.stance()))
          .append("\"><strong>")
          .append(name(c.claimant()))
          .append("</strong> <em>")
          .append(escape(c.stance()))
          .append("</em> ")
          .append(c.relation().map(r -> escape(r) + " ").orElse(""))
          .append(c.subject().map(this::name).orElse(""));
      c.basis()
          .ifPresent(
              x -> b.append(" <span class=\"basis\">basis: ").append(escape(x)).append("</span>"));
      c.confidence()
          .ifPresent(
              x -> b.append(" <span class=\"count\">confidence ").append(x).append("</span>"));
      c.quote().ifPresent(q -> b.append("<blockquote>").append(escape(q)).append("</blockquote>"));
      b.append("</li>");
    }
    b.append("</ul>");
  }

  /** The label of an id-or-name, as plain text. */
  private String plain(String idOrName) {
    if (idOrName.contains("--")) {
      try {
        return knowledge.find(Identifier.parse(idOrName)).map(Knowledge::label).orElse(idOrName);
      } catch (RuntimeException e) {
        return idOrName;
      }
    }
    return idOrName;
  }

  /** A name for an id-or-name: the object's label as a link when it is a stored id. */
  private String name(String idOrName) {
    if (idOrName.contains("--")) {
      try {
        Identifier id = Identifier.parse(idOrName);
        return knowledge
            .find(id)
            .map(o -> link(idOrName, Knowledge.label(o)))
            .orElse(escape(idOrName));
      } catch (RuntimeException e) {
        return escape(idOrName);
      }
    }
    return escape(idOrName);
  }

  // -----------------------------------------------------------------------------------------
  // Entity page
  // -----------------------------------------------------------------------------------------

  private void entity(Context ctx) {
    Identifier id = Knowledge.id(ctx.pathParam("id"));
    JsonNode o = knowledge.get(id);
    if (o.path("type").asText().equals("report")) {
      ctx.redirect("/reports/" + id);
      return;
    }
    String label = Knowledge.label(o);
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"entity\"><h1>")
        .append(escape(label))
        .append("</h1><p class=\"meta\">")
        .append(type(o.path("type").asText()))
        .append(" <code>")
        .append(escape(id.toString()))
        .append("</code> · <a href=\"/graph/")
        .append(escape(id.toString()))
        .append("\">Graph</a> · <a href=\"/api/objects/")
        .append(escape(id.toString()))
        .append("\">STIX</a></p>");
    if (o.path("description").isTextual()) {
      b.append("<p class=\"description\">")
          .append(escape(o.path("description").asText()))
          .append("</p>");
    }
    if (o.path("pattern").isTextual()) {
      b.append("<p>Pattern: <code>")
          .append(escape(o.path("pattern").asText()))
          .append("</code></p>");
    }
    b.append("<p class=\"note\">Related objects come from its relationships (targets, uses,")
        .append(" attributed-to, sightings) and from the reports that mention it.</p>");
    b.append("<div class=\"grid\">");

    b.append("<section class=\"card\"><h2>Aliases</h2><ul class=\"aliases\">");
    boolean any = false;
    for (JsonNode a : o.path("aliases")) {
      any = true;
      b.append("<li>")
          .append(escape(a.asText()))
          .append(" <span class=\"source\">named in the object</span></li>");
    }
    for (dev.lantern.store.AliasLink l : knowledge.store().aliases(id)) {
      any = true;
      String other = l.left().equals(id) ? l.right().toString() : l.left().toString();
      String otherLabel = knowledge.find(Knowledge.id(other)).map(Knowledge::label).orElse(other);
      b.append("<li>")
          .append(link(other, otherLabel))
          .append(" <span class=\"source\">according to ")
          .append(escape(l.source()))
          .append("</span></li>");
    }
    if (!any) {
      b.append("<li class=\"empty\">No aliases recorded.</li>");
    }
    b.append("</ul></section>");

    List<Claims.Claim> claims = new ArrayList<>();
    List<JsonNode> reports = knowledge.reportsMentioning(id);
    claims.addAll(Claims.of(o));
    for (Identifier ref : knowledge.store().referencing(id)) {
      if (ref.type().equals(StixType.RELATIONSHIP)) {
        knowledge.find(ref).ifPresent(rel -> claims.addAll(Claims.of(rel)));
      }
    }
    for (JsonNode r : reports) {
      Claims.of(r).stream()
          .filter(c -> c.subject().map(id.toString()::equals).orElse(false))
          .forEach(claims::add);
    }
    b.append("<section class=\"card\"><h2>Claims for and against</h2>");
    if (claims.isEmpty()) {
      b.append("<p class=\"empty\">No claims recorded about it.</p>");
    } else {
      b.append("<ul class=\"claims\">");
      for (Claims.Claim c : claims) {
        b.append("<li class=\"claim stance-")
            .append(escape(c.stance()))
            .append("\"><strong>")
            .append(name(c.claimant()))
            .append("</strong> <em>")
            .append(escape(c.stance()))
            .append("</em>");
        c.quote()
            .ifPresent(q -> b.append("<blockquote>").append(escape(q)).append("</blockquote>"));
        b.append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>");

    Map<String, Map<String, JsonNode>> related = new TreeMap<>();
    Knowledge.Neighbourhood n = knowledge.neighbourhood(id, 200);
    for (JsonNode x : n.nodes()) {
      related
          .computeIfAbsent(group(x.path("type").asText()), k -> new LinkedHashMap<>())
          .put(x.path("id").asText(), x);
    }
    for (JsonNode r : reports) {
      for (Map.Entry<String, List<JsonNode>> e : knowledge.refsByType(r).entrySet()) {
        for (JsonNode x : e.getValue()) {
          if (!x.path("id").asText().equals(id.toString()) && !e.getKey().equals("relationship")) {
            related
                .computeIfAbsent(group(e.getKey()), k -> new LinkedHashMap<>())
                .putIfAbsent(x.path("id").asText(), x);
          }
        }
      }
    }
    for (Map.Entry<String, Map<String, JsonNode>> e : related.entrySet()) {
      if (e.getKey().equals("reports")) {
        continue;
      }
      b.append("<section class=\"card\"><h2>")
          .append(escape(e.getKey()))
          .append("</h2><ul class=\"refs\">");
      int shown = 0;
      for (JsonNode x : e.getValue().values()) {
        if (shown++ == 30) {
          b.append("<li>… and ").append(e.getValue().size() - 30).append(" more</li>");
          break;
        }
        b.append("<li>").append(link(x.path("id").asText(), Knowledge.label(x))).append("</li>");
      }
      b.append("</ul></section>");
    }

    b.append("<section class=\"card wide\"><h2>Timeline</h2>");
    if (reports.isEmpty()) {
      b.append("<p class=\"empty\">No report mentions it.</p>");
    } else {
      b.append("<ol class=\"events\">");
      for (JsonNode r : reports) {
        b.append("<li><time>")
            .append(escape(day(r.path("published").asText())))
            .append("</time> ")
            .append(link(r.path("id").asText(), Knowledge.label(r)))
            .append(" <span class=\"lang\">")
            .append(escape(r.path("lang").asText("")))
            .append("</span></li>");
      }
      b.append("</ol>");
    }
    b.append("</section></div></article>");
    Layout.send(ctx, label, "", b.toString());
  }

  private static String group(String type) {
    return switch (type) {
      case "intrusion-set", "threat-actor", "campaign" -> "Other actors and campaigns";
      case "malware", "tool" -> "Malware and tools";
      case "location" -> "Countries";
      case "identity" -> "Organisations";
      case "vulnerability" -> "CVEs";
      case "attack-pattern" -> "Techniques";
      case "indicator" -> "Indicators";
      case "sighting" -> "Sightings";
      case "report" -> "reports";
      default -> "Observables and other objects";
    };
  }

  // -----------------------------------------------------------------------------------------
  // Graph view
  // -----------------------------------------------------------------------------------------

  private void graph(Context ctx) {
    Identifier id = Knowledge.id(ctx.pathParam("id"));
    Knowledge.Neighbourhood n = knowledge.neighbourhood(id, 40);
    String body =
        "<h1>Graph: "
            + escape(Knowledge.label(n.centre()))
            + "</h1><p class=\"meta\">The object and its neighbours (relationships, sightings,"
            + " reports). Click a node to open it. JSON: <a href=\"/api/graph/"
            + escape(id.toString())
            + "\">/api/graph/…</a></p>"
            + GraphSvg.render(n);
    Layout.send(ctx, "Graph", "", body);
  }

  // -----------------------------------------------------------------------------------------
  // Search
  // -----------------------------------------------------------------------------------------

  private void search(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    String typeFilter = Optional.ofNullable(ctx.queryParam("type")).orElse("");
    String lang = Optional.ofNullable(ctx.queryParam("lang")).orElse("");
    StringBuilder b = new StringBuilder("<h1>Search</h1>");
    b.append("<form class=\"search\" method=\"get\" action=\"/search\"><input name=\"q\" value=\"")
        .append(escape(q))
        .append("\" placeholder=\"words\" autofocus> <select name=\"type\">");
    for (String t :
        List.of(
            "",
            "report",
            "intrusion-set",
            "threat-actor",
            "malware",
            "tool",
            "location",
            "identity",
            "indicator",
            "vulnerability",
            "attack-pattern",
            "sighting")) {
      option(b, t, typeFilter, "any type");
    }
    b.append("</select> <select name=\"lang\">");
    for (String l : List.of("", "en", "uk", "ru")) {
      option(b, l, lang, "any language");
    }
    b.append("</select> <button>Search</button></form>");
    if (!q.isEmpty()) {
      SearchQuery query = SearchQuery.of(q).withPage(0, 100);
      if (!typeFilter.isEmpty()) {
        query = query.withTypes(Set.of(StixType.of(typeFilter)));
      }
      if (!lang.isEmpty()) {
        query = query.withLang(lang);
      }
      SearchPage page;
      try {
        page = knowledge.store().search(query);
      } catch (StoreException e) {
        throw HttpProblem.badRequest("the search has no words", "type letters or digits");
      }
      if (page.hits().isEmpty()) {
        b.append("<p class=\"empty\">Nothing matches.</p>");
      } else {
        b.append("<ul class=\"hits\">");
        for (SearchHit h : page.hits()) {
          b.append("<li>")
              .append(type(h.type().value()))
              .append(" ")
              .append(link(h.id().toString(), h.name().orElse(h.id().toString())))
              .append("</li>");
        }
        b.append("</ul>");
      }
    }
    Layout.send(ctx, "Search", "/search", b.toString());
  }

  // -----------------------------------------------------------------------------------------
  // Ingest
  // -----------------------------------------------------------------------------------------

  private void ingestForm(Context ctx) {
    String csrf = Csrf.field(ctx);
    Layout.send(
        ctx,
        "Ingest",
        "/ingest",
        "<h1>Ingest</h1><div class=\"grid\">"
            + "<section class=\"card wide\"><h2>Paste a report</h2>"
            + "<form method=\"post\" action=\"/ingest\" class=\"stack\">"
            + csrf
            + "<input type=\"hidden\" name=\"mode\" value=\"text\">"
            + "<label>Title <input name=\"title\" placeholder=\"e.g. MIVD advisory, 6 Feb 2024\">"
            + "</label><label>Text <textarea name=\"text\" rows=\"14\" required></textarea></label>"
            + "<button id=\"ingest-text\">Ingest text</button></form></section>"
            + "<section class=\"card\"><h2>From a URL</h2>"
            + "<form method=\"post\" action=\"/ingest\" class=\"stack\">"
            + csrf
            + "<input type=\"hidden\" name=\"mode\" value=\"url\">"
            + "<label>URL <input name=\"url\" type=\"url\" placeholder=\"https://…\" required>"
            + "</label><button>Fetch and ingest</button><p class=\"note\">Only public addresses"
            + " are fetched.</p></form></section>"
            + "<section class=\"card\"><h2>Upload a file</h2>"
            + "<form method=\"post\" action=\"/ingest\" enctype=\"multipart/form-data\""
            + " class=\"stack\">"
            + csrf
            + "<input type=\"hidden\" name=\"mode\" value=\"file\">"
            + "<label>HTML, PDF, text, STIX bundle or MISP event <input type=\"file\""
            + " name=\"file\" required></label><button>Upload and ingest</button></form>"
            + "</section></div>");
  }

  private void ingest(Context ctx) {
    Csrf.check(ctx, ctx.formParam(Csrf.FIELD));
    String mode = Optional.ofNullable(ctx.formParam("mode")).orElse("text");
    IngestOutcome outcome =
        switch (mode) {
          case "url" -> workbench.ingestUrl(ctx.formParam("url"));
          case "file" -> {
            UploadedFile f = ctx.uploadedFile("file");
            if (f == null) {
              throw HttpProblem.badRequest("no file was uploaded", "choose a file");
            }
            yield workbench.ingestBytes(f.filename(), read(f));
          }
          default -> {
            String title = Optional.ofNullable(ctx.formParam("title")).orElse("").strip();
            String text = ctx.formParam("text");
            String name =
                title.isEmpty()
                    ? "pasted text " + Integer.toHexString(String.valueOf(text).hashCode())
                    : title;
            yield workbench.ingestText(name, text);
          }
        };
    Optional<Identifier> report = Workbench.report(outcome);
    if (report.isPresent()) {
      ctx.redirect("/reports/" + report.get());
      return;
    }
    String message;
    if (outcome instanceof IngestOutcome.Failed f) {
      message = f.reason();
    } else if (outcome instanceof IngestOutcome.Skipped k) {
      message = "skipped: " + k.reason();
    } else if (outcome instanceof IngestOutcome.Stored s) {
      message = "stored: " + s.summary();
    } else {
      message = "nothing new: the store already holds it";
    }
    ctx.status(outcome instanceof IngestOutcome.Failed ? 400 : 200);
    Layout.send(
        ctx,
        "Ingest",
        "/ingest",
        "<h1>Ingest</h1><p class=\""
            + (outcome instanceof IngestOutcome.Failed ? "error" : "ok")
            + "\">"
            + escape(outcome.source())
            + ": "
            + escape(message)
            + "</p><p><a href=\"/ingest\">Ingest another</a></p>");
  }

  private byte[] read(UploadedFile f) {
    if (f.size() > maxUpload) {
      throw new HttpProblem(
          HttpProblem.Kind.TOO_LARGE,
          "the upload is too large",
          f.size() + " bytes; the limit is " + maxUpload);
    }
    try (InputStream in = f.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw HttpProblem.badRequest("the upload could not be read", e.getMessage());
    }
  }

  // -----------------------------------------------------------------------------------------
  // Sweep
  // -----------------------------------------------------------------------------------------

  private void sweepForm(Context ctx) {
    Layout.send(
        ctx,
        "Sweep",
        "/sweep",
        "<h1>Sweep a log</h1><section class=\"card wide\"><p>Upload a log (plain, JSON lines,"
            + " Zeek, CSV, syslog; gzip allowed). Every stored indicator is looked for; hits are"
            + " recorded as sightings.</p><form method=\"post\" action=\"/sweep\""
            + " enctype=\"multipart/form-data\" class=\"stack\">"
            + Csrf.field(ctx)
            + "<label>Log file <input type=\"file\" name=\"log\" required></label>"
            + "<button id=\"sweep-upload\">Sweep</button></form></section>");
  }

  /** One {@code <option>} of a filter; the empty value stands for "any". */
  private static void option(StringBuilder b, String value, String selected, String anyLabel) {
    b.append("<option value=\"")
        .append(value)
        .append("\"")
        .append(value.equals(selected) ? " selected" : "")
        .append(">")
        .append(value.isEmpty() ? anyLabel : value)
        .append("</option>");
  }

  private void sweep(Context ctx) {
    Csrf.check(ctx, ctx.formParam(Csrf.FIELD));
    UploadedFile f = ctx.uploadedFile("log");
    if (f == null) {
      throw HttpProblem.badRequest("no log was uploaded", "choose a log file");
    }
    HuntResult result = workbench.sweepUpload(f.filename(), read(f));
    StringBuilder b = new StringBuilder("<h1>Sweep results</h1><p class=\"meta\">");
    b.append(escape(f.filename()))
        .append(": ")
        .append(result.sweep().lines())
        .append(" lines, ")
        .append(result.sweep().hits())
        .append(" hits of ")
        .append(result.sightingCount())
        .append(" indicators");
    result.sightings().ifPresent(s -> b.append("; sightings: ").append(escape(s.toString())));
    b.append("</p>");
    if (result.sweep().hits() == 0) {
      b.append("<p class=\"empty\">No stored indicator appears in this log.</p>");
    } else {
      b.append("<table class=\"hits\"><thead><tr><th>Line</th><th>Value</th><th>Indicator</th>")
          .append("<th>Reports</th></tr></thead><tbody>");
      int shown = 0;
      for (Hit h : result.firstHits()) {
        if (shown++ == MAX_HITS_SHOWN) {
          break;
        }
        String ref = h.indicator().reference();
        b.append("<tr><td>")
            .append(h.line())
            .append("</td><td><code>")
            .append(escape(h.value()))
            .append("</code></td><td>");
        List<JsonNode> reports = List.of();
        if (ref.contains("--")) {
          try {
            Identifier ind = Identifier.parse(ref);
            b.append(link(ref, h.type() + " " + h.indicator().value()));
            reports = knowledge.reportsMentioning(ind);
          } catch (RuntimeException e) {
            b.append(escape(ref));
          }
        } else {
          b.append(escape(ref));
        }
        b.append("</td><td>");
        for (JsonNode r : reports) {
          b.append(link(r.path("id").asText(), Knowledge.label(r))).append("<br>");
        }
        b.append("</td></tr>");
      }
      b.append("</tbody></table>");
      if (result.sweep().hits() > MAX_HITS_SHOWN) {
        b.append("<p class=\"meta\">The first ")
            .append(MAX_HITS_SHOWN)
            .append(" of ")
            .append(result.sweep().hits())
            .append(" hits are shown; the sightings count them all.</p>");
      }
    }
    if (!result.sweep().problems().isEmpty()) {
      b.append("<h2>Problems</h2><ul>");
      result
          .sweep()
          .problems()
          .forEach(p -> b.append("<li>").append(escape(p.message())).append("</li>"));
      b.append("</ul>");
    }
    Layout.send(ctx, "Sweep results", "/sweep", b.toString());
  }

  // -----------------------------------------------------------------------------------------
  // Export
  // -----------------------------------------------------------------------------------------

  private void exportForm(Context ctx) {
    StringBuilder b = new StringBuilder("<h1>Export</h1><section class=\"card wide\">");
    b.append("<p>Download the store's latest objects to share. Objects marked above the TLP level")
        .append(" you choose are withheld, and so is whatever would disclose them.</p>")
        .append("<form method=\"get\" action=\"/api/export\" class=\"stack\">")
        .append("<label>Search (empty for everything) <input name=\"q\" placeholder=\"Sandworm\">")
        .append("</label><label>Types (comma-separated, empty for all)")
        .append(" <input name=\"types\" placeholder=\"indicator,intrusion-set\"></label>")
        .append(
            "<label>Highest TLP <select name=\"tlp\"><option>clear</option><option>green</option>")
        .append(
            "<option selected>amber</option><option value=\"amber+strict\">amber+strict</option>")
        .append("<option>red</option></select></label><label>Format <select name=\"format\">")
        .append("<option value=\"stix\">STIX 2.1 bundle</option><option value=\"misp\">MISP event")
        .append("</option></select></label><button>Download</button></form>")
        .append(
            "<p>Partners can also pull with TAXII 2.1 from <code>/taxii2/</code>.</p></section>");
    Layout.send(ctx, "Export", "/export", b.toString());
  }

  private static String day(String timestamp) {
    return timestamp.length() >= 10
        ? timestamp.substring(0, 10)
        : (timestamp.isEmpty() ? "—" : timestamp);
  }
}
