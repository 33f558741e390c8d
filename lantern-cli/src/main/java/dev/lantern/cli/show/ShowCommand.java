package dev.lantern.cli.show;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.cli.Terminal;
import dev.lantern.stix.StixObject;
import dev.lantern.store.AliasLink;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern show}: one object with everything the store knows around it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an object (by id, or by name or alias, case-insensitively) with its relationships in"
          + " both directions, the claims, opinions, notes and sightings about it, its alias links"
          + " with their sources, and the reports that mention it.",
      "Exit status: 0 shown, 2 nothing by that id or name."
    },
    footer = {
      "",
      "Examples:",
      "  lantern show APT28",
      "  lantern show intrusion-set--… --format json"
    })
public final class ShowCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID|NAME", description = "The object's STIX id, name or alias.")
  String target;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = KnowledgeStore.open(Main.db(spec))) {
      List<StixObject> found = KnowledgeStore.resolve(store, target);
      ObjectView view = ObjectView.of(store, found.get(0));
      List<StixObject> others = found.subList(1, found.size());
      if (format == Format.json) {
        out.println(json(view, others).toPrettyString());
      } else {
        text(view, others, out);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (StoreException e) {
      err.println("lantern show: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Text
  // -------------------------------------------------------------------------------------------

  private static void text(ObjectView v, List<StixObject> others, PrintWriter out) {
    StixObject o = v.object();
    ObjectNode t = ObjectView.tree(o);
    out.println(p(ObjectView.label(o)) + "  (" + o.type().value() + ")");
    out.println("  id         " + o.id());
    o.common().modified().ifPresent(m -> out.println("  modified   " + m));
    out.println("  versions   " + v.versions() + (o.common().revoked() ? "  REVOKED" : ""));
    o.common().lang().ifPresent(l -> out.println("  lang       " + p(l)));
    if (!o.common().objectMarkingRefs().isEmpty()) {
      out.println("  markings   " + o.common().objectMarkingRefs());
    }
    if (t.path("aliases").isArray() && !t.path("aliases").isEmpty()) {
      out.println("  aliases    " + p(join(t.path("aliases"))));
    }
    if (t.path("description").isTextual()) {
      out.println("  " + p(excerpt(t.path("description").asText(), 300)));
    }
    section(out, "Relationships", v.outgoing().size() + v.incoming().size());
    // Each report states its own relationship, so the same edge can come once per report: it is
    // printed once, with how many relationships say it.
    Map<String, Integer> edges = new LinkedHashMap<>();
    for (ObjectView.Edge e : v.outgoing()) {
      edges.merge(
          "  → "
              + p(e.relationship().path("relationship_type").asText())
              + " "
              + other(e)
              + stance(e.relationship()),
          1,
          Integer::sum);
    }
    for (ObjectView.Edge e : v.incoming()) {
      edges.merge(
          "  ← "
              + other(e)
              + " "
              + p(e.relationship().path("relationship_type").asText())
              + " it"
              + stance(e.relationship()),
          1,
          Integer::sum);
    }
    edges.forEach((line, n) -> out.println(n == 1 ? line : line + "  (" + n + " relationships)"));
    claims(v, out);
    section(out, "Opinions, notes and sightings about it", v.about().size());
    for (StixObject a : v.about()) {
      ObjectNode at = ObjectView.tree(a);
      String detail =
          at.path("opinion").isTextual()
              ? " [" + at.path("opinion").asText() + "]"
              : at.path("count").isNumber() ? " [count " + at.path("count").asText() + "]" : "";
      out.println(
          "  "
              + a.type().value()
              + " "
              + a.id()
              + p(detail)
              + "  "
              + p(excerpt(ObjectView.label(a), 120))
              + stance(at));
    }
    section(out, "Aliases", v.aliases().size());
    for (AliasLink link : v.aliases()) {
      out.println(
          "  #"
              + link.linkId()
              + " "
              + link.left()
              + " = "
              + link.right()
              + "  source: "
              + p(link.source())
              + link.evidence().map(e -> "  evidence: " + p(excerpt(e, 120))).orElse(""));
    }
    section(out, "Reports that mention it", v.reports().size());
    for (StixObject r : v.reports()) {
      ObjectNode rt = ObjectView.tree(r);
      out.println(
          "  "
              + r.id()
              + "  "
              + p(excerpt(ObjectView.label(r), 100))
              + (rt.path("published").isTextual()
                  ? "  (" + rt.path("published").asText().substring(0, 10) + ")"
                  : ""));
    }
    if (!others.isEmpty()) {
      out.println();
      out.println("Also named so:");
      for (StixObject other : others) {
        out.println("  " + other.type().value() + " " + other.id());
      }
    }
  }

  /**
   * Claims for and against, from Lantern's claim extension on the object's relationships (who
   * attributes it, who denies or disputes it), each with its claimant, basis, confidence and quote.
   */
  private static void claims(ObjectView v, PrintWriter out) {
    List<String> pro = new java.util.ArrayList<>();
    List<String> contra = new java.util.ArrayList<>();
    for (List<ObjectView.Edge> edges : List.of(v.outgoing(), v.incoming())) {
      for (ObjectView.Edge e : edges) {
        for (Map.Entry<String, JsonNode> ext : e.relationship().path("extensions").properties()) {
          for (JsonNode claim : ext.getValue().path("claims")) {
            String stance = claim.path("stance").asText("");
            String line =
                "  "
                    + p(claim.path("claimant").asText("(unnamed)"))
                    + " "
                    + p(stance.isEmpty() ? "claims" : stance)
                    + (claim.path("hedged").asBoolean(false) ? " (hedged)" : "")
                    + ": "
                    + p(e.relationship().path("relationship_type").asText())
                    + " "
                    + other(e)
                    + (claim.path("basis").isTextual()
                        ? "; basis " + p(claim.path("basis").asText())
                        : "")
                    + (claim.path("confidence").isNumber()
                        ? "; confidence " + claim.path("confidence").asInt()
                        : "")
                    + (claim.path("evidence").path("quote").isTextual()
                        ? "\n      \""
                            + p(excerpt(claim.path("evidence").path("quote").asText(), 200))
                            + "\" ("
                            + p(claim.path("evidence").path("report_ref").asText(""))
                            + ")"
                        : "");
            (stance.equals("attributes") || stance.isEmpty() ? pro : contra).add(line);
          }
        }
      }
    }
    section(out, "Claims for", pro.size());
    pro.forEach(out::println);
    section(out, "Claims against (denials, disputes)", contra.size());
    contra.forEach(out::println);
  }

  private static void section(PrintWriter out, String title, int count) {
    out.println();
    out.println(title + " (" + count + ")" + (count == 0 ? ": none" : ":"));
  }

  private static String other(ObjectView.Edge e) {
    return e.otherObject()
        .map(o -> p(ObjectView.label(o)) + " (" + o.type().value() + ", " + o.id() + ")")
        .orElse(e.other() + " (not stored)");
  }

  /** A claim's stance, when the object carries one in an extension (attributes, denies…). */
  private static String stance(JsonNode node) {
    JsonNode ext = node.path("extensions");
    for (Map.Entry<String, JsonNode> entry : ext.properties()) {
      JsonNode body = entry.getValue();
      if (body.path("stance").isTextual()) {
        return "  stance: " + p(body.path("stance").asText());
      }
    }
    return "";
  }

  private static String join(JsonNode array) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode n : array) {
      sb.append(sb.length() == 0 ? "" : ", ").append(n.asText());
    }
    return sb.toString();
  }

  private static String excerpt(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String p(String s) {
    return Terminal.printable(s);
  }

  // -------------------------------------------------------------------------------------------
  // JSON
  // -------------------------------------------------------------------------------------------

  private static ObjectNode json(ObjectView v, List<StixObject> others) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.set("object", ObjectView.tree(v.object()));
    root.put("versions", v.versions());
    ArrayNode rels = root.putArray("relationships");
    for (ObjectView.Edge e : v.outgoing()) {
      edge(rels, e, "outgoing");
    }
    for (ObjectView.Edge e : v.incoming()) {
      edge(rels, e, "incoming");
    }
    ArrayNode about = root.putArray("about");
    v.about().forEach(a -> about.add(ObjectView.tree(a)));
    ArrayNode aliases = root.putArray("aliases");
    for (AliasLink link : v.aliases()) {
      ObjectNode n = aliases.addObject();
      n.put("link_id", link.linkId());
      n.put("left", link.left().toString());
      n.put("right", link.right().toString());
      n.put("source", link.source());
      link.evidence().ifPresent(ev -> n.put("evidence", ev));
      n.put("created_at", link.createdAt().toString());
    }
    ArrayNode reports = root.putArray("reports");
    for (StixObject r : v.reports()) {
      ObjectNode n = reports.addObject();
      n.put("id", r.id().toString());
      n.put("name", ObjectView.label(r));
    }
    ArrayNode also = root.putArray("also_named_so");
    others.forEach(o -> also.add(o.id().toString()));
    return root;
  }

  private static void edge(ArrayNode rels, ObjectView.Edge e, String direction) {
    ObjectNode n = rels.addObject();
    n.put("direction", direction);
    n.set("relationship", e.relationship());
    n.put("other", e.other().toString());
    Optional<StixObject> other = e.otherObject();
    other.ifPresent(o -> n.put("other_name", ObjectView.label(o)));
  }
}
