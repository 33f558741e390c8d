package dev.lantern.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.server.read.Knowledge;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An object's neighbourhood drawn as SVG on the server: the object in the centre, its neighbours on
 * a ring (two rings past 16), edges labelled, nodes coloured by type and linked to their pages. No
 * script runs in the browser.
 */
final class GraphSvg {
  private static final int W = 960;
  private static final int H = 640;

  private GraphSvg() {}

  static String render(Knowledge.Neighbourhood n) {
    Map<String, double[]> at = new HashMap<>();
    String centre = n.centre().path("id").asText();
    at.put(centre, new double[] {W / 2.0, H / 2.0});
    List<JsonNode> nodes = n.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      boolean outer = nodes.size() > 16 && i % 2 == 1;
      double r = outer ? 280 : 190;
      double a = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
      at.put(
          nodes.get(i).path("id").asText(),
          new double[] {W / 2.0 + r * Math.cos(a) * 1.3, H / 2.0 + r * Math.sin(a) * 0.95});
    }
    StringBuilder b =
        new StringBuilder("<svg class=\"graph\" viewBox=\"0 0 " + W + " " + H + "\" role=\"img\"")
            .append(" aria-label=\"neighbourhood graph\">");
    for (Knowledge.Edge e : n.edges()) {
      double[] s = at.get(e.source());
      double[] t = at.get(e.target());
      if (s == null || t == null) {
        continue;
      }
      b.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"edge\"/>",
                  s[0],
                  s[1],
                  t[0],
                  t[1]))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%.1f\" y=\"%.1f\" class=\"edge-label\">",
                  (s[0] + t[0]) / 2,
                  (s[1] + t[1]) / 2))
          .append(Html.escape(e.label()))
          .append("</text>");
    }
    node(b, n.centre(), at.get(centre), true);
    for (JsonNode x : nodes) {
      node(b, x, at.get(x.path("id").asText()), false);
    }
    return b.append("</svg>").toString();
  }

  private static void node(StringBuilder b, JsonNode o, double[] p, boolean centre) {
    String id = o.path("id").asText();
    String type = o.path("type").asText();
    String label = Knowledge.label(o);
    if (label.length() > 28) {
      label = label.substring(0, 27) + "…";
    }
    String page = type.equals("report") ? "/reports/" : "/graph/";
    b.append("<a href=\"")
        .append(page)
        .append(Html.escape(id))
        .append("\"><g class=\"node t-")
        .append(Html.escape(type))
        .append(centre ? " centre" : "")
        .append("\">")
        .append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"/>",
                p[0],
                p[1],
                centre ? 26 : 16))
        .append(
            String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">", p[0], p[1] + (centre ? 44 : 32)))
        .append(Html.escape(label))
        .append("</text><title>")
        .append(Html.escape(type + ": " + Knowledge.label(o)))
        .append("</title></g></a>");
  }
}
