package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.stix.validate.StixValidator;
import dev.lantern.stix.validate.Violation;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.UpsertSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports STIX bundles (2.0 upgraded), MITRE ATT&CK bundles, MISP events and MISP galaxy cluster
 * files into a store.
 *
 * <p>Contract: an input is checked whole before anything is written — JSON syntax, conversion,
 * every object against {@link StixValidator} (errors refuse the input; warnings do not), every
 * relationship's and sighting's references against the input and the store — so a bad input is
 * refused with an {@link InvalidImportException} naming the file and the place and the store is
 * left as it was. A good input is then written in transactions of {@value #BATCH} objects (one per
 * MISP event), so a 25,000-object ATT&CK bundle needs no giant transaction; importing the same
 * input again creates nothing. Galaxy synonyms become alias links with the galaxy as source.
 *
 * <p>Not thread-safe beyond what {@link Store} is; one importer per command.
 */
public final class Importer {
  /** Objects per transaction. */
  public static final int BATCH = 1000;

  private static final int SHOWN = 5;

  private final Store store;

  public Importer(Store store) {
    this.store = store;
  }

  /**
   * Reads and imports one file.
   *
   * @throws InvalidImportException or {@link InvalidMispException} when the file is unreadable,
   *     malformed, of another format than asked, or holds invalid STIX; nothing of it is stored
   * @throws StoreException when the database fails mid-way (earlier batches stay stored; importing
   *     again completes the rest, as re-imports change nothing that is already there)
   */
  public ImportResult importFile(Path file, ImportFormat format) {
    return importJson(file.toString(), JsonFile.read(file), format);
  }

  /**
   * Reads a downloaded document from {@code in} (not closed) and imports it; see {@link
   * #importFile}.
   */
  public ImportResult importStream(String source, java.io.InputStream in, ImportFormat format) {
    try {
      return importJson(source, JsonFile.read(source, in), format);
    } catch (java.io.IOException e) {
      throw new InvalidImportException(source, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Imports an already parsed document; see {@link #importFile}. */
  public ImportResult importJson(String source, JsonNode root, ImportFormat format) {
    ImportFormat kind = format == ImportFormat.AUTO ? detect(source, root) : format;
    return switch (kind) {
      case STIX, ATTACK -> stix(source, root, kind);
      case MISP -> misp(source, root);
      case GALAXY -> galaxy(source, root);
      case AUTO -> throw new IllegalStateException("detect never answers AUTO");
    };
  }

  /**
   * What a document holds, by its shape.
   *
   * @throws InvalidImportException when it is none of the importable kinds
   */
  public static ImportFormat detect(String source, JsonNode root) {
    if (root.isObject()) {
      if (root.has("Event") || root.has("response")) {
        return ImportFormat.MISP;
      }
      if (root.path("values").isArray() && root.has("uuid") && !root.has("objects")) {
        return ImportFormat.GALAXY;
      }
      if ("bundle".equals(root.path("type").asText())) {
        for (JsonNode o : root.path("objects")) {
          if (o.path("type").asText("").startsWith("x-mitre-")) {
            return ImportFormat.ATTACK;
          }
        }
        return ImportFormat.STIX;
      }
    }
    throw new InvalidImportException(
        source,
        "$",
        "is neither a STIX bundle, a MISP event nor a MISP galaxy cluster file;"
            + " give --format if it is one of them");
  }

  // -----------------------------------------------------------------------------------------
  // STIX and ATT&CK
  // -----------------------------------------------------------------------------------------

  private ImportResult stix(String source, JsonNode root, ImportFormat kind) {
    if (!root.isObject() || !"bundle".equals(root.path("type").asText())) {
      throw new InvalidImportException(
          source, "$.type", "is not a STIX bundle (expected \"type\": \"bundle\")");
    }
    ObjectNode tree = (ObjectNode) root;
    if (Stix20.isStix20(tree)) {
      Stix20.upgrade(tree);
    }
    JsonNode array = tree.path("objects");
    if (!array.isArray()) {
      throw new InvalidImportException(source, "$.objects", "the bundle has no objects list");
    }
    List<StixObject> objects = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        objects.add(StixJson.standard().fromTree(array.get(i)));
      } catch (InvalidStixException e) {
        throw new InvalidImportException(
            source,
            "$.objects[" + i + "]" + e.path().map(p -> p.substring(1)).orElse(""),
            "object " + e.objectId().orElse("") + " is not valid STIX: " + e.getMessage(),
            e);
      }
    }
    check(source, objects);
    return write(source, kind, objects);
  }

  /** Validator errors and dangling relationship ends refuse the whole input. */
  private void check(String source, List<StixObject> objects) {
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < objects.size(); i++) {
      for (Violation v : StixValidator.standard().validate(objects.get(i))) {
        if (v.severity() == Violation.Severity.ERROR) {
          count++;
          if (problems.size() < SHOWN) {
            problems.add(
                "$.objects[" + i + "]" + pathOf(v) + " (" + v.objectId() + "): " + v.message());
          }
        }
      }
    }
    if (count > 0) {
      throw new InvalidImportException(
          source,
          problems.get(0).substring(0, problems.get(0).indexOf(' ')),
          count
              + " STIX error(s), nothing was stored: "
              + String.join("; ", problems)
              + (count > SHOWN ? "; and " + (count - SHOWN) + " more" : ""));
    }
    Set<Identifier> present = new HashSet<>();
    objects.forEach(o -> present.add(o.id()));
    for (int i = 0; i < objects.size(); i++) {
      StixObject o = objects.get(i);
      Map<String, Identifier> ends =
          o instanceof Relationship r
              ? Map.of("source_ref", r.sourceRef(), "target_ref", r.targetRef())
              : o instanceof Sighting s ? Map.of("sighting_of_ref", s.sightingOfRef()) : Map.of();
      for (Map.Entry<String, Identifier> end : new java.util.TreeMap<>(ends).entrySet()) {
        Identifier target = end.getValue();
        if (!present.contains(target) && !store.contains(target)) {
          throw new InvalidImportException(
              source,
              "$.objects[" + i + "]." + end.getKey(),
              o.id()
                  + " points at "
                  + target
                  + ", which is neither in the input nor in the store; nothing was stored."
                  + " Add the object to the bundle or import it first");
        }
        present.add(target);
      }
    }
  }

  private static String pathOf(Violation v) {
    String p = v.path();
    return p == null || p.isEmpty() || p.equals("$")
        ? ""
        : p.startsWith("$") ? p.substring(1) : "." + p;
  }

  private ImportResult write(String source, ImportFormat kind, List<StixObject> objects) {
    Tally t = new Tally();
    for (int from = 0; from < objects.size(); from += BATCH) {
      t.add(store.upsert(objects.subList(from, Math.min(objects.size(), from + BATCH))));
    }
    return t.result(source, kind, objects.size(), 0);
  }

  // -----------------------------------------------------------------------------------------
  // MISP events and galaxies
  // -----------------------------------------------------------------------------------------

  private ImportResult misp(String source, JsonNode root) {
    List<Bundle> events = new ArrayList<>();
    JsonNode list = root.has("response") ? root.get("response") : null;
    if (list != null) {
      if (!list.isArray()) {
        throw new InvalidImportException(source, "$.response", "expected a list of events");
      }
      for (int i = 0; i < list.size(); i++) {
        events.add(Misp.toStix(list.get(i), source + " $.response[" + i + "]"));
      }
    } else {
      events.add(Misp.toStix(root, source));
    }
    Tally t = new Tally();
    int objects = 0;
    for (Bundle b : events) {
      objects += b.objects().size();
      t.add(store.upsert(b));
    }
    return t.result(source, ImportFormat.MISP, objects, 0);
  }

  private ImportResult galaxy(String source, JsonNode root) {
    GalaxyClusters.Converted c = GalaxyClusters.convert(root, source);
    Tally t = new Tally();
    List<StixObject> objects = c.objects();
    for (int from = 0; from < objects.size(); from += BATCH) {
      t.add(store.upsert(objects.subList(from, Math.min(objects.size(), from + BATCH))));
    }
    int links = 0;
    for (GalaxyClusters.Alias a : c.aliases()) {
      store.alias(a.a(), a.b(), a.source(), java.util.Optional.of(a.evidence()));
      links++;
    }
    for (GalaxyClusters.Alias a : c.attackLinks()) {
      if (store.contains(a.b())) {
        store.alias(a.a(), a.b(), a.source(), java.util.Optional.of(a.evidence()));
        links++;
      }
    }
    return t.result(source, ImportFormat.GALAXY, objects.size(), links);
  }

  /** Sums upsert summaries. */
  private static final class Tally {
    int created;
    int newVersions;
    int unchanged;
    int transactions;
    final List<String> rejected = new ArrayList<>();

    void add(UpsertSummary s) {
      created += s.created().size();
      newVersions += s.newVersions().size();
      unchanged += s.unchanged().size();
      s.rejected().forEach(r -> rejected.add(r.id() + ": " + r.reason()));
      transactions++;
    }

    ImportResult result(String source, ImportFormat kind, int objects, int links) {
      return new ImportResult(
          source,
          kind,
          objects,
          created,
          newVersions,
          unchanged,
          rejected,
          links,
          transactions + links);
    }
  }
}
