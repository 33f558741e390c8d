package dev.lantern.server.web;

import io.javalin.http.Context;

/** The frame of every page: head, navigation, main content. */
final class Layout {
  private Layout() {}

  private static final String[][] NAV = {
    {"/", "Dashboard"},
    {"/search", "Search"},
    {"/ingest", "Ingest"},
    {"/sweep", "Sweep"},
    {"/export", "Export"},
  };

  /**
   * A whole page.
   *
   * @param title plain text, escaped here
   * @param body HTML built by the pages, in which every outside string was escaped
   */
  static void send(Context ctx, String title, String active, String body) {
    StringBuilder nav = new StringBuilder();
    for (String[] item : NAV) {
      nav.append("<a href=\"")
          .append(item[0])
          .append("\"")
          .append(item[0].equals(active) ? " class=\"active\"" : "")
          .append(">")
          .append(item[1])
          .append("</a>");
    }
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.contentType("text/html; charset=utf-8")
        .result(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + Html.escape(title)
                + " · Lantern</title><link rel=\"stylesheet\" href=\"/static/lantern.css\"></head>"
                + "<body><header class=\"top\"><a class=\"brand\" href=\"/\">"
                + "<span class=\"lamp\">◉</span> Lantern</a><nav>"
                + nav
                + "</nav><form class=\"quick\" action=\"/search\" method=\"get\">"
                + "<input name=\"q\" placeholder=\"Search groups, malware, indicators…\""
                + " aria-label=\"Search\"></form></header><main>"
                + body
                + "</main><footer>Lantern — evidence-backed threat intelligence."
                + " STIX 2.1 · <a href=\"/api/openapi.json\">API</a> ·"
                + " <a href=\"/taxii2/\">TAXII 2.1</a></footer></body></html>");
  }

  /** A link to an object's page, with its label. */
  static String link(String id, String label) {
    String page = id.startsWith("report--") ? "/reports/" : "/objects/";
    return "<a href=\"" + page + Html.escape(id) + "\">" + Html.escape(label) + "</a>";
  }

  /** A small badge naming a STIX type. */
  static String type(String type) {
    return "<span class=\"type type-" + Html.escape(type) + "\">" + Html.escape(type) + "</span>";
  }
}
