package dev.lantern.cli.show;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.AliasLink;
import dev.lantern.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code show} prints about one object, gathered from the store's indexes: the object,
 * its relationships in both directions, what other objects say about it (claims, opinions, notes,
 * sightings), its alias links with their sources, and the reports that mention it.
 *
 * @param object the latest version
 * @param versions how many versions are stored
 * @param outgoing relationships from it, with the object at the other end when stored
 * @param incoming relationships to it, with the object at the other end when stored
 * @param about other objects referencing it that are not relationships or reports
 * @param aliases alias links reachable from it
 * @param reports reports whose latest version mentions it
 */
record ObjectView(
    StixObject object,
    int versions,
    List<Edge> outgoing,
    List<Edge> incoming,
    List<StixObject> about,
    List<AliasLink> aliases,
    List<StixObject> reports) {

  /** A relationship and the object at its other end, if the store holds it. */
  record Edge(ObjectNode relationship, Identifier other, Optional<StixObject> otherObject) {}

  static ObjectView of(Store store, StixObject object) {
    Identifier id = object.id();
    List<Edge> outgoing = new ArrayList<>();
    List<Edge> incoming = new ArrayList<>();
    List<StixObject> about = new ArrayList<>();
    List<StixObject> reports = new ArrayList<>();
    List<Identifier> reporting = store.reportsMentioning(id);
    for (Identifier ref : store.referencing(id)) {
      Optional<StixObject> from = store.find(ref);
      if (from.isEmpty()) {
        continue;
      }
      ObjectNode tree = tree(from.get());
      if (from.get().type().value().equals("relationship")) {
        String source = tree.path("source_ref").asText();
        String target = tree.path("target_ref").asText();
        if (source.equals(id.toString())) {
          Identifier other = Identifier.parse(target);
          outgoing.add(new Edge(tree, other, store.find(other)));
        }
        if (target.equals(id.toString())) {
          Identifier other = Identifier.parse(source);
          incoming.add(new Edge(tree, other, store.find(other)));
        }
      } else if (reporting.contains(ref)) {
        reports.add(from.get());
      } else {
        about.add(from.get());
      }
    }
    return new ObjectView(
        object, store.versions(id).size(), outgoing, incoming, about, store.aliases(id), reports);
  }

  static ObjectNode tree(StixObject o) {
    return StixJson.standard().toTree(o);
  }

  /** The name an analyst knows the object by: name, value, or the id. */
  static String label(StixObject o) {
    JsonNode t = tree(o);
    for (String field : List.of("name", "value", "pattern", "explanation", "abstract")) {
      if (t.path(field).isTextual()) {
        return t.path(field).asText();
      }
    }
    if (t.path("number").isNumber()) {
      return "AS" + t.path("number").asText();
    }
    if (t.path("hashes").isObject() && !t.path("hashes").isEmpty()) {
      var e = t.path("hashes").properties().iterator().next();
      return e.getKey() + " " + e.getValue().asText();
    }
    return o.id().toString();
  }
}
