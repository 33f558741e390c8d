package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.GenericObject;
import dev.lantern.stix.GranularMarking;
import dev.lantern.stix.Grouping;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.Note;
import dev.lantern.stix.Opinion;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.store.SearchHit;
import dev.lantern.store.SearchPage;
import dev.lantern.store.SearchQuery;
import dev.lantern.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Selects objects from a store for sharing, respecting TLP, and writes them as a STIX bundle or a
 * MISP event.
 *
 * <p>Selection: with a query, the objects full-text search finds (of the given types, if any) plus
 * the objects they reference directly (a report's {@code object_refs}, a relationship's ends) and
 * the relationships among all of those; without a query, every object of the given types (all types
 * when none is given), revoked ones included so receivers learn of the revocation. The marking
 * definitions the selected objects use are added.
 *
 * <p>TLP ({@code tlpMax}): an object is <em>withheld</em> when a marking it carries, in {@code
 * object_marking_refs} or in a granular marking, is a TLP level above {@code tlpMax}, or is a
 * marking Lantern cannot resolve (neither a standard TLP definition nor one the store holds) — an
 * unknown marking may restrict anything. Objects with no TLP marking are exported. Then, until
 * nothing changes: a relationship or sighting that references a withheld object is withheld (its
 * existence would disclose the other end); a report, grouping, note, opinion or observed-data whose
 * references are all withheld is withheld; one that keeps some references is exported with the
 * withheld ones removed from its list (observable ids are hashes of their values, so even a bare
 * reference could disclose an address). Such a trimmed copy keeps its {@code modified}: receivers
 * that hold the full version keep theirs. {@code created_by_ref} is kept as it is.
 *
 * <p>Not thread-safe beyond what {@link Store} is.
 */
public final class Exporter {
  /** The most objects a query selects before closure. */
  public static final int MAX_QUERY_HITS = 100_000;

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /**
   * What to export.
   *
   * @param query full-text query; empty for all objects of {@code types}
   * @param types only these types; empty for all
   * @param tlpMax withhold objects marked above this level; empty for no TLP filtering
   */
  public record Selection(Optional<String> query, Set<StixType> types, Optional<TlpLevel> tlpMax) {
    public Selection {
      types = Set.copyOf(types);
    }

    /** Everything, unfiltered. */
    public static Selection all() {
      return new Selection(Optional.empty(), Set.of(), Optional.empty());
    }
  }

  /**
   * The selected objects, in a stable order, and how many were withheld by TLP.
   *
   * @param objects what may be shared
   * @param withheld how many selected objects were left out by the TLP rule
   */
  public record Export(List<StixObject> objects, int withheld) {
    public Export {
      objects = List.copyOf(objects);
    }
  }

  /** Selects objects; see the class comment. */
  public Export select(Selection s) {
    Map<Identifier, StixObject> chosen = new LinkedHashMap<>();
    if (s.query().isPresent()) {
      for (Identifier id : searchAll(s)) {
        store.find(id).ifPresent(o -> chosen.put(o.id(), o));
      }
      closure(chosen);
    } else {
      List<StixType> types =
          s.types().isEmpty()
              ? store.types()
              : s.types().stream().sorted(java.util.Comparator.comparing(StixType::value)).toList();
      for (StixType t : types) {
        store.forEachLatest(t, true, o -> chosen.put(o.id(), o));
      }
    }
    addMarkings(chosen);
    int before = chosen.size();
    if (s.tlpMax().isPresent()) {
      withhold(chosen, s.tlpMax().get());
    }
    pruneUnusedMarkings(chosen);
    int withheld = before - chosen.size();
    return new Export(new ArrayList<>(chosen.values()), Math.max(0, withheld));
  }

  /** A STIX 2.1 bundle of the selection. */
  public Bundle stix(Selection s) {
    return Bundle.of(select(s).objects());
  }

  /** A MISP event of the selection, named {@code info} unless it is one report. */
  public ObjectNode misp(Selection s, String info) {
    return Misp.toMisp(select(s).objects(), info);
  }

  // -----------------------------------------------------------------------------------------
  // Selection
  // -----------------------------------------------------------------------------------------

  private List<Identifier> searchAll(Selection s) {
    List<Identifier> ids = new ArrayList<>();
    SearchQuery q = SearchQuery.of(s.query().get()).withTypes(s.types());
    int offset = 0;
    while (ids.size() < MAX_QUERY_HITS) {
      SearchPage page = store.search(q.withPage(offset, SearchQuery.MAX_LIMIT));
      page.hits().stream().map(SearchHit::id).forEach(ids::add);
      if (!page.hasMore()) {
        break;
      }
      offset += page.hits().size();
    }
    return ids;
  }

  private void closure(Map<Identifier, StixObject> chosen) {
    Set<Identifier> wanted = new LinkedHashSet<>();
    for (StixObject o : chosen.values()) {
      wanted.addAll(references(o));
    }
    for (Identifier id : wanted) {
      if (!chosen.containsKey(id)) {
        store.find(id).ifPresent(o -> chosen.put(id, o));
      }
    }
    List<Identifier> members = new ArrayList<>(chosen.keySet());
    for (Identifier id : members) {
      for (Identifier from : store.referencing(id)) {
        if (from.type().equals(StixType.RELATIONSHIP) && !chosen.containsKey(from)) {
          store
              .find(from)
              .filter(
                  r ->
                      r instanceof Relationship rel
                          && chosen.containsKey(rel.sourceRef())
                          && chosen.containsKey(rel.targetRef()))
              .ifPresent(r -> chosen.put(from, r));
        }
      }
    }
  }

  private void addMarkings(Map<Identifier, StixObject> chosen) {
    Set<Identifier> markings = new LinkedHashSet<>();
    for (StixObject o : chosen.values()) {
      markings.addAll(markingsOf(o));
    }
    for (Identifier m : markings) {
      if (!chosen.containsKey(m)) {
        Optional<StixObject> def = Tlp.find(m).map(StixObject.class::cast).or(() -> store.find(m));
        def.ifPresent(d -> chosen.put(m, d));
      }
    }
  }

  private static void pruneUnusedMarkings(Map<Identifier, StixObject> chosen) {
    Set<Identifier> used = new LinkedHashSet<>();
    for (StixObject o : chosen.values()) {
      if (!(o instanceof MarkingDefinition)) {
        used.addAll(markingsOf(o));
      }
    }
    chosen.values().removeIf(o -> o instanceof MarkingDefinition && !used.contains(o.id()));
  }

  // -----------------------------------------------------------------------------------------
  // TLP
  // -----------------------------------------------------------------------------------------

  private void withhold(Map<Identifier, StixObject> chosen, TlpLevel max) {
    Map<Identifier, Optional<TlpLevel>> levels = new HashMap<>();
    Set<Identifier> hidden = new LinkedHashSet<>();
    for (StixObject o : chosen.values()) {
      if (o instanceof MarkingDefinition) {
        continue;
      }
      for (Identifier m : markingsOf(o)) {
        Optional<TlpLevel> level = levels.computeIfAbsent(m, this::levelOf);
        boolean unknown = level.isEmpty() && !isNonTlpMarking(m, chosen);
        if (unknown || level.filter(l -> l.compareTo(max) > 0).isPresent()) {
          hidden.add(o.id());
          break;
        }
      }
    }
    boolean changed = !hidden.isEmpty();
    while (changed) {
      changed = false;
      for (Identifier h : hidden) {
        chosen.remove(h);
      }
      for (StixObject o : new ArrayList<>(chosen.values())) {
        Optional<StixObject> kept = dependent(o, hidden);
        if (kept.isEmpty()) {
          hidden.add(o.id());
          chosen.remove(o.id());
          changed = true;
        } else if (kept.get() != o) {
          chosen.put(o.id(), kept.get());
          changed = true;
        }
      }
    }
  }

  /** The TLP level a marking states; empty for a non-TLP or unresolvable marking. */
  private Optional<TlpLevel> levelOf(Identifier marking) {
    Optional<TlpLevel> standard = TlpLevel.ofStandard(marking);
    if (standard.isPresent()) {
      return standard;
    }
    return store
        .find(marking)
        .filter(MarkingDefinition.class::isInstance)
        .flatMap(m -> TlpLevel.ofDefinition((MarkingDefinition) m));
  }

  /** A marking definition that is resolvable (in the selection or store) and states no TLP. */
  private boolean isNonTlpMarking(Identifier marking, Map<Identifier, StixObject> chosen) {
    StixObject def = chosen.get(marking);
    if (def == null) {
      def = store.find(marking).orElse(null);
    }
    return def instanceof MarkingDefinition m && TlpLevel.ofDefinition(m).isEmpty();
  }

  /**
   * The object as it may be exported once {@code hidden} is withheld: itself, a trimmed copy, or
   * empty when it must be withheld too.
   */
  private static Optional<StixObject> dependent(StixObject o, Set<Identifier> hidden) {
    if (o instanceof Relationship r) {
      return hidden.contains(r.sourceRef()) || hidden.contains(r.targetRef())
          ? Optional.empty()
          : Optional.of(o);
    }
    if (o instanceof Sighting s) {
      boolean touches =
          hidden.contains(s.sightingOfRef())
              || s.observedDataRefs().stream().anyMatch(hidden::contains)
              || s.whereSightedRefs().stream().anyMatch(hidden::contains);
      return touches ? Optional.empty() : Optional.of(o);
    }
    List<Identifier> refs = containerRefs(o);
    if (refs == null || refs.stream().noneMatch(hidden::contains)) {
      return Optional.of(o);
    }
    List<Identifier> left = refs.stream().filter(id -> !hidden.contains(id)).toList();
    if (left.isEmpty()) {
      return Optional.empty();
    }
    if (o instanceof Report r) {
      return Optional.of(r.withObjectRefs(left));
    }
    if (o instanceof Grouping g) {
      return Optional.of(g.withObjectRefs(left));
    }
    if (o instanceof Note n) {
      return Optional.of(n.withObjectRefs(left));
    }
    if (o instanceof Opinion op) {
      return Optional.of(op.withObjectRefs(left));
    }
    GenericObject g = (GenericObject) o;
    Map<String, RawJson> extra = new LinkedHashMap<>(g.extra());
    var array = JsonNodeFactory.instance.arrayNode();
    left.forEach(id -> array.add(id.toString()));
    extra.put("object_refs", new RawJson(array));
    return Optional.of(new GenericObject(g.type(), g.id(), g.common(), extra));
  }

  /** The reference list of a container object; null for objects that are not containers. */
  private static List<Identifier> containerRefs(StixObject o) {
    if (o instanceof Report r) {
      return r.objectRefs();
    }
    if (o instanceof Grouping g) {
      return g.objectRefs();
    }
    if (o instanceof Note n) {
      return n.objectRefs();
    }
    if (o instanceof Opinion op) {
      return op.objectRefs();
    }
    if (o instanceof GenericObject g && g.type().equals(StixType.OBSERVED_DATA)) {
      return genericRefs(g, "object_refs");
    }
    return null;
  }

  private static List<Identifier> references(StixObject o) {
    List<Identifier> out = new ArrayList<>();
    List<Identifier> refs = containerRefs(o);
    if (refs != null) {
      out.addAll(refs);
    }
    if (o instanceof Relationship r) {
      out.add(r.sourceRef());
      out.add(r.targetRef());
    }
    if (o instanceof Sighting s) {
      out.add(s.sightingOfRef());
      out.addAll(s.observedDataRefs());
      out.addAll(s.whereSightedRefs());
    }
    o.common().createdByRef().ifPresent(out::add);
    return out;
  }

  private static List<Identifier> genericRefs(GenericObject g, String property) {
    List<Identifier> out = new ArrayList<>();
    RawJson raw = g.extra().get(property);
    if (raw != null) {
      for (JsonNode n : raw.node()) {
        try {
          out.add(Identifier.parse(n.asText()));
        } catch (RuntimeException e) {
          // not an id: nothing to follow
        }
      }
    }
    return out;
  }

  private static Set<Identifier> markingsOf(StixObject o) {
    Set<Identifier> out = new LinkedHashSet<>(o.common().objectMarkingRefs());
    for (GranularMarking g : o.common().granularMarkings()) {
      g.markingRef().ifPresent(out::add);
    }
    return out;
  }
}
