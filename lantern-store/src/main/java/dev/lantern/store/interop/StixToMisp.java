package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.AutonomousSystem;
import dev.lantern.stix.Campaign;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.EmailAddr;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.File;
import dev.lantern.stix.GenericObject;
import dev.lantern.stix.Grouping;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Ipv6Addr;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Note;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.ThreatActor;
import dev.lantern.stix.Tool;
import dev.lantern.stix.Url;
import dev.lantern.stix.Vulnerability;
import dev.lantern.stix.pattern.BooleanOperator;
import dev.lantern.stix.pattern.Comparison;
import dev.lantern.stix.pattern.ComparisonExpression;
import dev.lantern.stix.pattern.ComparisonOperator;
import dev.lantern.stix.pattern.CompoundComparison;
import dev.lantern.stix.pattern.CompoundObservation;
import dev.lantern.stix.pattern.IntegerLiteral;
import dev.lantern.stix.pattern.Literal;
import dev.lantern.stix.pattern.Observation;
import dev.lantern.stix.pattern.ObservationExpression;
import dev.lantern.stix.pattern.ObservationOperator;
import dev.lantern.stix.pattern.Pattern;
import dev.lantern.stix.pattern.PatternSyntaxException;
import dev.lantern.stix.pattern.SetLiteral;
import dev.lantern.stix.pattern.StringLiteral;
import dev.lantern.stix.vocab.HashAlgorithm;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A set of STIX objects to one MISP event.
 *
 * <p>Design note. The event is the set's report when it holds exactly one (its MISP uuid from the
 * {@code misp} external reference when Lantern imported it), else a synthetic event whose uuid is
 * derived from the sorted ids, so exporting the same set twice gives the same event. Indicators
 * whose STIX pattern is a plain equality (or AND of the pairs MISP has composite types for, or an
 * OR / IN of such) become attributes with {@code to_ids}; any other STIX pattern becomes one {@code
 * stix2-pattern} attribute, so no indicator is lost. Observables no indicator is based on and
 * {@code observed-data} become attributes without {@code to_ids}. Actors, malware, tools and attack
 * patterns become galaxy tags; TLP markings become {@code tlp:} tags (the most restrictive one on
 * the event, an attribute's own when it differs). The {@code x_misp_*} properties written by {@link
 * MispToStix} give back categories, comments, uuids and MISP objects. What cannot be carried is
 * listed in {@code docs/interop.md}.
 */
final class StixToMisp {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<Identifier, StixObject> byId = new LinkedHashMap<>();
  private final String fallbackInfo;
  private String eventTlp;

  private StixToMisp(Collection<StixObject> objects, String info) {
    for (StixObject o : objects) {
      byId.merge(o.id(), o, StixToMisp::later);
    }
    this.fallbackInfo = info == null || info.isBlank() ? "Lantern export" : info;
  }

  static ObjectNode convert(Collection<StixObject> objects, String info) {
    return new StixToMisp(objects, info).run();
  }

  private static StixObject later(StixObject a, StixObject b) {
    Instant ta = a.common().modified().orElse(Instant.MIN);
    Instant tb = b.common().modified().orElse(Instant.MIN);
    return tb.isAfter(ta) ? b : a;
  }

  // -----------------------------------------------------------------------------------------
  // Event
  // -----------------------------------------------------------------------------------------

  private ObjectNode run() {
    List<Report> reports = ofKind(Report.class);
    Optional<Report> report = reports.size() == 1 ? Optional.of(reports.get(0)) : Optional.empty();
    ObjectNode event = JSON.objectNode();
    Instant latest =
        byId.values().stream()
            .map(o -> o.common().modified().orElse(Instant.EPOCH))
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    String uuid =
        report
            .flatMap(StixToMisp::mispUuid)
            .orElseGet(
                () ->
                    report
                        .map(r -> r.id().uuid().toString())
                        .orElseGet(
                            () ->
                                Identifier.forNamed(
                                        StixType.REPORT,
                                        "lantern-export:" + new TreeMap<>(byId).keySet())
                                    .uuid()
                                    .toString()));
    Instant modified = report.flatMap(r -> r.common().modified()).orElse(latest);
    Instant date = report.map(Report::published).orElse(modified);
    event.put("uuid", uuid);
    event.put("info", report.map(Report::name).orElse(fallbackInfo));
    event.put("date", date.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    event.put("timestamp", Long.toString(modified.getEpochSecond()));
    event.put("published", false);
    event.put(
        "threat_level_id",
        report
            .map(r -> extraText(r, "x_misp_threat_level"))
            .orElse(Optional.empty())
            .map(StixToMisp::threatLevelId)
            .orElse("4"));
    event.put(
        "analysis",
        report
            .map(r -> extraText(r, "x_misp_analysis"))
            .orElse(Optional.empty())
            .map(StixToMisp::analysisId)
            .orElse("0"));
    report
        .flatMap(r -> r.common().createdByRef())
        .map(byId::get)
        .filter(Identity.class::isInstance)
        .map(Identity.class::cast)
        .ifPresent(
            org -> {
              ObjectNode orgc = event.putObject("Orgc");
              orgc.put("name", org.name());
              orgc.put("uuid", org.id().uuid().toString());
            });

    eventTlp = mostRestrictiveTlp();
    ArrayNode tags = event.putArray("Tag");
    Set<String> tagNames = new LinkedHashSet<>();
    if (eventTlp != null) {
      tagNames.add(eventTlp);
    }
    report.ifPresent(r -> tagNames.addAll(r.common().labels()));
    for (StixObject o : byId.values()) {
      galaxyTag(o).ifPresent(tagNames::add);
    }
    tagNames.forEach(n -> tags.addObject().put("name", n));

    Set<Identifier> inObjects = new HashSet<>();
    ArrayNode mispObjects = JSON.arrayNode();
    for (Grouping g : ofKind(Grouping.class)) {
      Optional<String> name = extraText(g, "x_misp_object_name");
      if (name.isEmpty()) {
        continue;
      }
      ObjectNode obj = JSON.objectNode();
      obj.put("name", name.get());
      extraText(g, "x_misp_meta_category").ifPresent(m -> obj.put("meta-category", m));
      obj.put("uuid", extraText(g, "x_misp_uuid").orElse(g.id().uuid().toString()));
      obj.put("timestamp", seconds(g));
      extraText(g, "x_misp_comment").ifPresent(c -> obj.put("comment", c));
      ArrayNode attrs = obj.putArray("Attribute");
      for (Identifier member : g.objectRefs()) {
        StixObject m = byId.get(member);
        if (m != null && inObjects.add(member)) {
          attributesOf(m).forEach(attrs::add);
        }
      }
      if (!attrs.isEmpty()) {
        mispObjects.add(obj);
      }
    }

    Set<Identifier> covered = new HashSet<>(inObjects);
    for (StixObject o : byId.values()) {
      if (o instanceof Relationship r
          && r.relationshipType().value().equals("based-on")
          && byId.containsKey(r.sourceRef())) {
        covered.add(r.targetRef());
      }
      if (o.type().equals(StixType.OBSERVED_DATA)) {
        refs(o, "object_refs").forEach(covered::add);
      }
    }
    // MISP-imported objects are grouped members too: their observables are covered by them.
    for (Identifier id : inObjects) {
      StixObject o = byId.get(id);
      if (o != null && o.type().equals(StixType.OBSERVED_DATA)) {
        refs(o, "object_refs").forEach(covered::add);
      }
    }

    ArrayNode attributes = event.putArray("Attribute");
    for (StixObject o : byId.values()) {
      if (inObjects.contains(o.id())) {
        continue;
      }
      if (o instanceof Indicator
          || o instanceof Note
          || o instanceof Vulnerability
          || o.type().equals(StixType.OBSERVED_DATA)
          || (isObservable(o) && !covered.contains(o.id()))) {
        attributesOf(o).forEach(attributes::add);
      }
    }
    if (!mispObjects.isEmpty()) {
      event.set("Object", mispObjects);
    }
    ObjectNode root = JSON.objectNode();
    root.set("Event", event);
    return root;
  }

  // -----------------------------------------------------------------------------------------
  // Attributes
  // -----------------------------------------------------------------------------------------

  private List<ObjectNode> attributesOf(StixObject o) {
    Optional<String> hint = extraText(o, "x_misp_type");
    List<Attr> attrs = new ArrayList<>();
    boolean toIds;
    if (o instanceof Indicator i) {
      attrs.addAll(fromIndicator(i, hint));
      toIds = !(o.extra().containsKey("x_misp_to_ids") && !extraBool(o, "x_misp_to_ids"));
    } else if (o instanceof Note n) {
      attrs.add(new Attr(hint.filter(MispTypes::isKnown).orElse("comment"), n.content()));
      toIds = false;
    } else if (o instanceof Vulnerability v) {
      attrs.add(new Attr("vulnerability", v.name()));
      toIds = false;
    } else {
      {
        if (o.type().equals(StixType.OBSERVED_DATA)) {
          for (Identifier ref : refs(o, "object_refs")) {
            StixObject sco = byId.get(ref);
            if (sco != null) {
              attrs.addAll(fromObservable(sco, hint));
            }
          }
        } else {
          attrs.addAll(fromObservable(o, hint));
        }
        toIds = false;
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int k = 0; k < attrs.size(); k++) {
      Attr a = attrs.get(k);
      ObjectNode node = JSON.objectNode();
      String uuid =
          attrs.size() == 1
              ? extraText(o, "x_misp_uuid").orElse(o.id().uuid().toString())
              : Identifier.forNamed(StixType.INDICATOR, o.id() + "#" + k).uuid().toString();
      node.put("uuid", uuid);
      node.put("type", a.type());
      node.put(
          "category",
          extraText(o, "x_misp_category")
              .filter(c -> attrs.size() == 1)
              .orElse(defaultCategory(a.type())));
      node.put("value", a.value());
      node.put("to_ids", toIds);
      node.put("timestamp", seconds(o));
      Optional<String> comment =
          extraText(o, "x_misp_comment")
              .or(() -> o instanceof Indicator i ? i.description() : Optional.empty());
      comment.ifPresent(c -> node.put("comment", c));
      extraText(o, "x_misp_object_relation").ifPresent(r -> node.put("object_relation", r));
      ArrayNode tags = JSON.arrayNode();
      attributeTlp(o).ifPresent(t -> tags.addObject().put("name", t));
      o.common().labels().forEach(l -> tags.addObject().put("name", l));
      if (!tags.isEmpty()) {
        node.set("Tag", tags);
      }
      out.add(node);
    }
    return out;
  }

  private record Attr(String type, String value) {}

  private List<Attr> fromIndicator(Indicator i, Optional<String> hint) {
    String patternType = i.patternType().value();
    return switch (patternType) {
      case "stix" -> {
        try {
          Optional<List<Attr>> mapped = fromPattern(Pattern.parse(i.pattern()).root(), hint);
          yield mapped.orElse(List.of(new Attr("stix2-pattern", i.pattern())));
        } catch (PatternSyntaxException e) {
          yield List.of(new Attr("stix2-pattern", i.pattern()));
        }
      }
      case "yara" -> List.of(new Attr("yara", i.pattern()));
      case "snort", "suricata" -> List.of(new Attr("snort", i.pattern()));
      case "sigma" -> List.of(new Attr("sigma", i.pattern()));
      default -> List.of(new Attr("other", patternType + " pattern: " + i.pattern()));
    };
  }

  /** Attributes for a pattern MISP can say with its types; empty when it cannot. */
  private static Optional<List<Attr>> fromPattern(ObservationExpression e, Optional<String> hint) {
    if (e instanceof Observation o) {
      return fromComparison(o.comparison(), hint);
    }
    if (e instanceof CompoundObservation c && c.op() == ObservationOperator.OR) {
      List<Attr> all = new ArrayList<>();
      for (ObservationExpression operand : c.operands()) {
        Optional<List<Attr>> part = fromPattern(operand, hint);
        if (part.isEmpty()) {
          return Optional.empty();
        }
        all.addAll(part.get());
      }
      return Optional.of(all);
    }
    return Optional.empty();
  }

  private static Optional<List<Attr>> fromComparison(
      ComparisonExpression e, Optional<String> hint) {
    if (e instanceof Comparison c) {
      if (c.negated()) {
        return Optional.empty();
      }
      if (c.op() == ComparisonOperator.EQUAL) {
        return single(c.path().objectType(), c.path().propertyPath(), literal(c.value()), hint)
            .map(List::of);
      }
      if (c.op() == ComparisonOperator.IN && c.value() instanceof SetLiteral set) {
        List<Attr> all = new ArrayList<>();
        for (Literal l : set.elements()) {
          Optional<Attr> a =
              single(c.path().objectType(), c.path().propertyPath(), literal(l), hint);
          if (a.isEmpty()) {
            return Optional.empty();
          }
          all.add(a.get());
        }
        return Optional.of(all);
      }
      return Optional.empty();
    }
    CompoundComparison cc = (CompoundComparison) e;
    if (cc.op() == BooleanOperator.OR) {
      List<Attr> all = new ArrayList<>();
      for (ComparisonExpression operand : cc.operands()) {
        Optional<List<Attr>> part = fromComparison(operand, hint);
        if (part.isEmpty()) {
          return Optional.empty();
        }
        all.addAll(part.get());
      }
      return Optional.of(all);
    }
    return composite(cc, hint).map(List::of);
  }

  /** The AND pairs MISP has composite types for. */
  private static Optional<Attr> composite(CompoundComparison cc, Optional<String> hint) {
    if (cc.operands().size() != 2) {
      return Optional.empty();
    }
    Map<String, String> values = new TreeMap<>();
    String type = null;
    for (ComparisonExpression operand : cc.operands()) {
      if (!(operand instanceof Comparison c)
          || c.negated()
          || c.op() != ComparisonOperator.EQUAL
          || (type != null && !type.equals(c.path().objectType()))) {
        return Optional.empty();
      }
      type = c.path().objectType();
      Optional<String> v = literal(c.value());
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.put(c.path().propertyPath(), v.get());
    }
    switch (type) {
      case "file" -> {
        String name = values.remove("name");
        if (name == null || values.size() != 1) {
          return Optional.empty();
        }
        Map.Entry<String, String> hash = values.entrySet().iterator().next();
        return hashType(hash.getKey())
            .map(t -> new Attr("filename|" + t, name + "|" + hash.getValue()));
      }
      case "network-traffic" -> {
        for (String side : List.of("dst", "src")) {
          String host = values.get(side + "_ref.value");
          String port = values.get(side + "_port");
          if (host != null && port != null && values.size() == 2) {
            boolean ip = IpText.isIpv4(host) || IpText.isIpv6(host);
            String t = ip ? "ip-" + side + "|port" : "hostname|port";
            return Optional.of(new Attr(t, host + "|" + port));
          }
        }
        return Optional.empty();
      }
      case "domain-name" -> {
        String domain = values.get("value");
        String ip = values.get("resolves_to_refs[*].value");
        return domain != null && ip != null
            ? Optional.of(new Attr("domain|ip", domain + "|" + ip))
            : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static Optional<Attr> single(
      String objectType, String property, Optional<String> value, Optional<String> hint) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    Optional<String> type =
        switch (objectType + ":" + property) {
          case "ipv4-addr:value", "ipv6-addr:value" ->
              Optional.of(
                  hint.filter(h -> h.equals("ip-src") || h.equals("ip-dst")).orElse("ip-dst"));
          case "domain-name:value" ->
              Optional.of(
                  hint.filter(h -> h.equals("domain") || h.equals("hostname")).orElse("domain"));
          case "url:value" ->
              Optional.of(hint.filter(h -> h.equals("uri") || h.equals("link")).orElse("url"));
          case "email-addr:value" ->
              Optional.of(hint.filter(StixToMisp::isEmailType).orElse("email"));
          case "file:name" -> Optional.of("filename");
          case "autonomous-system:number" -> Optional.of("AS");
          case "mac-addr:value" -> Optional.of("mac-address");
          case "mutex:name" -> Optional.of("mutex");
          case "windows-registry-key:key" -> Optional.of("regkey");
          default ->
              objectType.equals("file") && property.startsWith("hashes.")
                  ? hashType(property)
                  : Optional.empty();
        };
    return type.map(t -> new Attr(t, v));
  }

  private static Optional<String> hashType(String propertyPath) {
    if (!propertyPath.startsWith("hashes.")) {
      return Optional.empty();
    }
    String key = propertyPath.substring("hashes.".length());
    if (key.length() >= 2 && key.startsWith("'") && key.endsWith("'")) {
      key = key.substring(1, key.length() - 1);
    }
    return MispTags.mispHashType(key);
  }

  private static Optional<String> literal(Literal l) {
    if (l instanceof StringLiteral s) {
      return Optional.of(s.value());
    }
    if (l instanceof IntegerLiteral i) {
      return Optional.of(Long.toString(i.value()));
    }
    return Optional.empty();
  }

  private List<Attr> fromObservable(StixObject o, Optional<String> hint) {
    if (o instanceof Ipv4Addr ip) {
      return List.of(new Attr(ipType(hint), ip.value()));
    }
    if (o instanceof Ipv6Addr ip) {
      return List.of(new Attr(ipType(hint), ip.value()));
    }
    if (o instanceof DomainName d) {
      return List.of(new Attr(hint.filter(h -> h.equals("hostname")).orElse("domain"), d.value()));
    }
    if (o instanceof Url u) {
      return List.of(
          new Attr(hint.filter(h -> h.equals("uri") || h.equals("link")).orElse("url"), u.value()));
    }
    if (o instanceof EmailAddr e) {
      return List.of(new Attr(hint.filter(StixToMisp::isEmailType).orElse("email"), e.value()));
    }
    if (o instanceof AutonomousSystem as) {
      return List.of(new Attr("AS", Long.toString(as.number())));
    }
    if (o instanceof File f) {
      return fileAttributes(f);
    }
    if (o instanceof GenericObject g) {
      String[] typeAndProperty =
          switch (g.type().value()) {
            case "mac-addr" -> new String[] {"mac-address", "value"};
            case "mutex" -> new String[] {"mutex", "name"};
            case "windows-registry-key" -> new String[] {"regkey", "key"};
            default -> null;
          };
      RawJson raw = typeAndProperty == null ? null : g.extra().get(typeAndProperty[1]);
      return raw != null && raw.node().isTextual()
          ? List.of(new Attr(typeAndProperty[0], raw.node().textValue()))
          : List.of();
    }
    return List.of();
  }

  private static boolean isEmailType(String mispType) {
    return mispType.startsWith("email") || mispType.endsWith("-email");
  }

  private static String ipType(Optional<String> hint) {
    return hint.filter(h -> h.equals("ip-src")).orElse("ip-dst");
  }

  private static List<Attr> fileAttributes(File f) {
    List<Attr> out = new ArrayList<>();
    List<Attr> hashes = new ArrayList<>();
    for (Map.Entry<HashAlgorithm, String> h : f.hashes().entrySet()) {
      MispTags.mispHashType(h.getKey().value())
          .ifPresent(t -> hashes.add(new Attr(t, h.getValue())));
    }
    if (f.name().isPresent() && hashes.size() == 1) {
      Attr h = hashes.get(0);
      out.add(new Attr("filename|" + h.type(), f.name().get() + "|" + h.value()));
      return out;
    }
    f.name().ifPresent(n -> out.add(new Attr("filename", n)));
    out.addAll(hashes);
    return out;
  }

  // -----------------------------------------------------------------------------------------
  // Tags
  // -----------------------------------------------------------------------------------------

  private static Optional<String> galaxyTag(StixObject o) {
    if (o instanceof IntrusionSet s) {
      return Optional.of(MispTags.galaxyTag("threat-actor", s.name()));
    }
    if (o instanceof ThreatActor t) {
      return Optional.of(MispTags.galaxyTag("threat-actor", t.name()));
    }
    if (o instanceof Malware m) {
      return m.name().map(n -> MispTags.galaxyTag("malpedia", n));
    }
    if (o instanceof Tool t) {
      return Optional.of(MispTags.galaxyTag("tool", t.name()));
    }
    if (o instanceof AttackPattern a) {
      return Optional.of(
          MispTags.galaxyTag(
              "mitre-attack-pattern", a.name() + mitreId(a.common().externalReferences())));
    }
    if (o instanceof Campaign c) {
      return Optional.of(MispTags.galaxyTag("campaign", c.name()));
    }
    return Optional.empty();
  }

  private static String mitreId(List<ExternalReference> refs) {
    return refs.stream()
        .filter(r -> r.sourceName().equals("mitre-attack") && r.externalId().isPresent())
        .map(r -> " - " + r.externalId().get())
        .findFirst()
        .orElse("");
  }

  private static final List<String> TLP_ORDER =
      List.of("tlp:clear", "tlp:green", "tlp:amber", "tlp:amber+strict", "tlp:red");

  private String mostRestrictiveTlp() {
    String worst = null;
    for (StixObject o : byId.values()) {
      for (Identifier m : o.common().objectMarkingRefs()) {
        Optional<String> tag = MispTags.tlpTag(m);
        if (tag.isPresent()
            && (worst == null || TLP_ORDER.indexOf(tag.get()) > TLP_ORDER.indexOf(worst))) {
          worst = tag.get();
        }
      }
    }
    return worst;
  }

  private Optional<String> attributeTlp(StixObject o) {
    return o.common().objectMarkingRefs().stream()
        .map(MispTags::tlpTag)
        .flatMap(Optional::stream)
        .filter(t -> !t.equals(eventTlp))
        .findFirst();
  }

  // -----------------------------------------------------------------------------------------
  // Small readers
  // -----------------------------------------------------------------------------------------

  private <T extends StixObject> List<T> ofKind(Class<T> kind) {
    return byId.values().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  private static boolean isObservable(StixObject o) {
    return o instanceof dev.lantern.stix.CyberObservable
        || (o instanceof GenericObject g
            && Set.of("mac-addr", "mutex", "windows-registry-key").contains(g.type().value()));
  }

  private static Optional<String> mispUuid(Report r) {
    return r.common().externalReferences().stream()
        .filter(e -> e.sourceName().equals("misp") && e.externalId().isPresent())
        .map(e -> e.externalId().get())
        .findFirst();
  }

  private static List<Identifier> refs(StixObject o, String property) {
    RawJson raw = o.extra().get(property);
    List<Identifier> out = new ArrayList<>();
    if (raw != null && raw.node().isArray()) {
      for (JsonNode n : raw.node()) {
        try {
          out.add(Identifier.parse(n.asText()));
        } catch (RuntimeException e) {
          // a malformed ref in a foreign object: nothing to export for it
        }
      }
    }
    return out;
  }

  private static Optional<String> extraText(StixObject o, String property) {
    RawJson raw = o.extra().get(property);
    return raw != null && raw.node().isTextual()
        ? Optional.of(raw.node().textValue())
        : Optional.empty();
  }

  private static boolean extraBool(StixObject o, String property) {
    RawJson raw = o.extra().get(property);
    return raw != null && raw.node().asBoolean();
  }

  private static String seconds(StixObject o) {
    return Long.toString(
        o.common()
            .modified()
            .or(() -> o.common().created())
            .orElse(Instant.EPOCH)
            .getEpochSecond());
  }

  private static String threatLevelId(String level) {
    return switch (level) {
      case "high" -> "1";
      case "medium" -> "2";
      case "low" -> "3";
      default -> "4";
    };
  }

  private static String analysisId(String analysis) {
    return switch (analysis) {
      case "ongoing" -> "1";
      case "completed" -> "2";
      default -> "0";
    };
  }

  private static String defaultCategory(String type) {
    return switch (type) {
      case "ip-src",
          "ip-dst",
          "ip-src|port",
          "ip-dst|port",
          "hostname",
          "hostname|port",
          "domain",
          "domain|ip",
          "url",
          "uri",
          "AS",
          "mac-address",
          "snort" ->
          "Network activity";
      case "email", "email-src", "email-dst", "email-reply-to" -> "Payload delivery";
      case "mutex", "regkey" -> "Artifacts dropped";
      case "yara", "sigma" -> "Payload installation";
      case "vulnerability", "link" -> "External analysis";
      case "comment", "text", "other", "stix2-pattern" -> "Other";
      default ->
          type.startsWith("filename") || MispTags.hashAlgorithm(type).isPresent()
              ? "Payload delivery"
              : "Other";
    };
  }
}
