package dev.lantern.server.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.server.HttpProblem;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixType;
import dev.lantern.store.AddedQuery;
import dev.lantern.store.AddedVersion;
import dev.lantern.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read model behind the UI and the JSON API: stored objects as JSON trees (any type, known or
 * not), and the questions the pages ask of the store — recent reports, most-mentioned entities, an
 * object's reports, relationships and neighbourhood.
 *
 * <p>Counts are computed on request by index lookups; they suit stores of the size an analyst
 * browses (tens of thousands of objects), not a feed archive.
 */
public final class Knowledge {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Types shown as actors. */
  public static final Set<StixType> ACTORS = Set.of(StixType.INTRUSION_SET, StixType.THREAT_ACTOR);

  private final Store store;

  public Knowledge(Store store) {
    this.store = store;
  }

  public Store store() {
    return store;
  }

  /** Parses a path or query id, or 404s naming it. */
  public static Identifier id(String raw) {
    try {
      return Identifier.parse(raw);
    } catch (StixException e) {
      throw HttpProblem.notFound("there is no object " + raw + " (not a STIX id)");
    }
  }

  /** The latest version of an object as JSON. */
  public Optional<JsonNode> find(Identifier id) {
    return store.find(id).map(o -> tree(dev.lantern.stix.json.StixJson.standard().write(o)));
  }

  /** The latest version of an object as JSON, or 404. */
  public JsonNode get(Identifier id) {
    return find(id)
        .orElseThrow(() -> HttpProblem.notFound("there is no object " + id + " in this store"));
  }

  /** The latest versions of objects of these types, most recently added first. */
  public List<JsonNode> recent(Set<StixType> types, int limit) {
    List<JsonNode> out = new ArrayList<>();
    for (AddedVersion v :
        store.added(AddedQuery.latest(limit).withTypes(types).reversed()).versions()) {
      out.add(tree(v.json()));
    }
    return out;
  }

  /** An object with how many reports mention it. */
  public record Counted(JsonNode object, int reports) {}

  /** Objects of these types ordered by the number of reports that mention them. */
  public List<Counted> mostReported(Set<StixType> types, int limit) {
    List<Counted> out = new ArrayList<>();
    for (JsonNode o : recent(types, AddedQuery.MAX_LIMIT)) {
      int n = store.reportsMentioning(Identifier.parse(o.path("id").asText())).size();
      if (n > 0) {
        out.add(new Counted(o, n));
      }
    }
    out.sort(
        Comparator.comparingInt(Counted::reports).reversed().thenComparing(c -> label(c.object)));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  /** The objects a report lists, grouped by type, in type order. */
  public Map<String, List<JsonNode>> refsByType(JsonNode report) {
    Map<String, List<JsonNode>> out = new LinkedHashMap<>();
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode ref : report.path("object_refs")) {
      try {
        find(Identifier.parse(ref.asText())).ifPresent(all::add);
      } catch (StixException e) {
        // A malformed reference in stored data is skipped, not fatal to the page.
      }
    }
    all.sort(
        Comparator.comparing((JsonNode n) -> n.path("type").asText())
            .thenComparing(Knowledge::label));
    for (JsonNode n : all) {
      out.computeIfAbsent(n.path("type").asText(), k -> new ArrayList<>()).add(n);
    }
    return out;
  }

  /** The reports that list the object, newest published first. */
  public List<JsonNode> reportsMentioning(Identifier id) {
    List<JsonNode> out = new ArrayList<>();
    for (Identifier r : store.reportsMentioning(id)) {
      find(r).ifPresent(out::add);
    }
    out.sort(Comparator.comparing((JsonNode n) -> n.path("published").asText()).reversed());
    return out;
  }

  /** An edge of the neighbourhood: a relationship, a sighting or a report listing. */
  public record Edge(String source, String target, String label) {}

  /** An object's neighbourhood: it, the objects linked to it, and the links. */
  public record Neighbourhood(JsonNode centre, List<JsonNode> nodes, List<Edge> edges) {}

  /**
   * The objects one step from {@code id}: relationship ends, sighting targets, the reports listing
   * it (or, for a report, the objects it lists), at most {@code limit} neighbours.
   */
  public Neighbourhood neighbourhood(Identifier id, int limit) {
    JsonNode centre = get(id);
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    String me = id.toString();
    for (Identifier ref : store.referencing(id)) {
      if (nodes.size() >= limit) {
        break;
      }
      Optional<JsonNode> o = find(ref);
      if (o.isEmpty()) {
        continue;
      }
      JsonNode n = o.get();
      String type = n.path("type").asText();
      if (type.equals("relationship")) {
        String s = n.path("source_ref").asText();
        String t = n.path("target_ref").asText();
        String other = s.equals(me) ? t : s;
        try {
          find(Identifier.parse(other)).ifPresent(x -> nodes.put(other, x));
        } catch (StixException e) {
          continue;
        }
        edges.add(new Edge(s, t, n.path("relationship_type").asText()));
      } else if (type.equals("sighting")) {
        nodes.put(ref.toString(), n);
        edges.add(new Edge(ref.toString(), me, "sighting of"));
      } else {
        nodes.put(ref.toString(), n);
        edges.add(new Edge(ref.toString(), me, type.equals("report") ? "mentions" : "refers to"));
      }
    }
    if (centre.path("type").asText().equals("report")) {
      for (JsonNode ref : centre.path("object_refs")) {
        if (nodes.size() >= limit) {
          break;
        }
        try {
          String r = ref.asText();
          find(Identifier.parse(r))
              .filter(x -> !x.path("type").asText().equals("relationship"))
              .ifPresent(
                  x -> {
                    nodes.put(r, x);
                    edges.add(new Edge(me, r, "mentions"));
                  });
        } catch (StixException e) {
          // skipped
        }
      }
    }
    nodes.remove(me);
    return new Neighbourhood(centre, List.copyOf(nodes.values()), edges);
  }

  /**
   * The text of the document behind a report, into which its evidence offsets point: Lantern's
   * ingest stores it as the report's {@code description}. Empty for reports that came as STIX
   * without one.
   */
  public static Optional<String> text(JsonNode report) {
    JsonNode d = report.path("description");
    return d.isTextual() && !d.asText().isBlank() ? Optional.of(d.asText()) : Optional.empty();
  }

  /** A short human label: name, value, pattern, or the id. */
  public static String label(JsonNode o) {
    for (String f : List.of("name", "value", "pattern", "relationship_type")) {
      if (o.path(f).isTextual() && !o.path(f).asText().isBlank()) {
        return o.path(f).asText();
      }
    }
    if (o.path("hashes").isObject() && o.path("hashes").size() > 0) {
      return o.path("hashes").elements().next().asText();
    }
    if (o.path("type").asText().equals("sighting")) {
      return "sighting (" + o.path("count").asInt(1) + "×)";
    }
    return o.path("id").asText();
  }

  public static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
