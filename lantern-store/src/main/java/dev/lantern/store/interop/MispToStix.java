package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.AutonomousSystem;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
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
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.stix.Tool;
import dev.lantern.stix.Url;
import dev.lantern.stix.Vulnerability;
import dev.lantern.stix.pattern.Pattern;
import dev.lantern.stix.pattern.Patterns;
import dev.lantern.stix.vocab.GroupingContext;
import dev.lantern.stix.vocab.HashAlgorithm;
import dev.lantern.stix.vocab.IdentityClass;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One MISP event to one STIX 2.1 bundle.
 *
 * <p>Design note. Every id is derived from something stable in the event, so converting the same
 * event twice gives equal bundles and re-importing creates nothing: the report from the event uuid,
 * indicators, observed-data and notes from the attribute uuid, groupings from the MISP object uuid,
 * observables by the STIX deterministic-id rule, named objects (organisations, galaxy clusters,
 * vulnerabilities) by {@link Identifier#forNamed}, so they meet the objects extraction and galaxy
 * import make for the same names. Objects shared between events (observables, organisations,
 * clusters, vulnerabilities) carry no event-specific property and, for the named ones, {@code
 * created = modified =} the Unix epoch, so an event never overwrites a richer version that a galaxy
 * or ATT&CK import stored. MISP-only facts that STIX has no property for (category, comment,
 * attribute uuid, object relation, {@code to_ids=false} on rules) ride in {@code x_misp_*}
 * properties of the event-specific objects so that {@link StixToMisp} can give them back.
 *
 * <p>Not thread-safe; one instance per conversion.
 */
final class MispToStix {
  static final Instant SHARED_TIME = Instant.EPOCH;

  private final String source;
  private final Map<Identifier, StixObject> out = new LinkedHashMap<>();
  private final Set<Identifier> eventClusters = new LinkedHashSet<>();
  private final List<String> labels = new ArrayList<>();
  private List<Identifier> eventMarkings = List.of();
  private Optional<Identifier> creator = Optional.empty();
  private Identifier reportId;
  private Instant eventTime;

  private MispToStix(String source) {
    this.source = source;
  }

  static Bundle convert(JsonNode root, String source) {
    return new MispToStix(source == null || source.isBlank() ? "MISP event" : source).run(root);
  }

  // -----------------------------------------------------------------------------------------
  // Event
  // -----------------------------------------------------------------------------------------

  private Bundle run(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw fail("$", "expected a JSON object {\"Event\": {...}} but found " + kind(root));
    }
    boolean wrapped = root.has("Event");
    if (!wrapped && (!root.has("uuid") || !(root.has("Attribute") || root.has("info")))) {
      throw fail("$", "not a MISP event: expected {\"Event\": {\"uuid\", \"info\", ...}}");
    }
    String at = wrapped ? "$.Event" : "$";
    JsonNode event = wrapped ? root.get("Event") : root;
    if (!event.isObject()) {
      throw fail(at, "expected the event object but found " + kind(event));
    }
    String uuid = uuid(event, at);
    reportId = Identifier.forNamed(StixType.REPORT, "misp-event:" + uuid);
    Optional<Instant> date = date(event, at);
    eventTime =
        epoch(event, "timestamp", at)
            .or(() -> date)
            .orElseThrow(
                () ->
                    fail(at, "the event has neither \"timestamp\" nor \"date\"; export it again"));
    creator = organisation(event.get("Orgc"), at + ".Orgc");
    tags(event.get("Tag"), at + ".Tag", true);
    galaxies(event.get("Galaxy"), at + ".Galaxy", eventClusters);

    JsonNode attributes = array(event, "Attribute", at);
    for (int i = 0; i < attributes.size(); i++) {
      attribute(attributes.get(i), at + ".Attribute[" + i + "]", Optional.empty());
    }
    JsonNode objects = array(event, "Object", at);
    for (int i = 0; i < objects.size(); i++) {
      mispObject(objects.get(i), at + ".Object[" + i + "]");
    }

    Instant published =
        epoch(event, "publish_timestamp", at)
            .filter(t -> t.getEpochSecond() > 0)
            .or(() -> date)
            .orElse(eventTime);
    Instant created = date.filter(d -> d.isBefore(eventTime)).orElse(eventTime);
    List<Identifier> refs = new ArrayList<>(out.keySet());
    if (refs.isEmpty()) {
      Note empty =
          Note.of(
                  Identifier.forNamed(StixType.NOTE, "misp-event-empty:" + uuid),
                  common(eventTime),
                  "The MISP event had no attributes, objects or galaxy clusters.")
              .withObjectRefs(List.of(reportId));
      out.put(empty.id(), empty);
      refs.add(empty.id());
    }
    Map<String, RawJson> extra = new LinkedHashMap<>();
    text(event, "threat_level_id")
        .map(MispToStix::threatLevel)
        .ifPresent(l -> extra.put("x_misp_threat_level", raw(l)));
    text(event, "analysis")
        .map(MispToStix::analysis)
        .ifPresent(a -> extra.put("x_misp_analysis", raw(a)));
    Common reportCommon =
        common(created)
            .withModified(eventTime)
            .withMarkings(eventMarkings)
            .withLabels(List.copyOf(new LinkedHashSet<>(labels)))
            .withExternalReferences(List.of(ExternalReference.of("misp", uuid)));
    Report report =
        Report.of(
                reportId,
                reportCommon,
                text(event, "info").filter(s -> !s.isBlank()).orElse("MISP event " + uuid),
                published)
            .withObjectRefs(refs)
            .withExtra(extra);

    List<StixObject> all = new ArrayList<>();
    for (Identifier m : eventMarkings) {
      Tlp.find(m).ifPresent(all::add);
    }
    for (StixObject o : out.values()) {
      for (Identifier m : o.common().objectMarkingRefs()) {
        Tlp.find(m).filter(t -> !all.contains(t)).ifPresent(all::add);
      }
    }
    all.addAll(out.values());
    all.add(report);
    return new Bundle(
        Identifier.forNamed(StixType.BUNDLE, "misp-event:" + uuid + "@" + eventTime), all);
  }

  private Optional<Identifier> organisation(JsonNode orgc, String at) {
    if (orgc == null || orgc.isNull()) {
      return Optional.empty();
    }
    Optional<String> name = text(orgc, "name").filter(s -> !s.isBlank());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Identity org =
        Identity.named(Common.createdAt(SHARED_TIME), name.get())
            .withIdentityClass(IdentityClass.ORGANIZATION);
    out.put(org.id(), org);
    return Optional.of(org.id());
  }

  // -----------------------------------------------------------------------------------------
  // Tags and galaxies
  // -----------------------------------------------------------------------------------------

  /** Event or attribute tags: TLP to markings, galaxy tags to clusters, the rest to labels. */
  private TagsSeen tags(JsonNode tags, String at, boolean ofEvent) {
    List<Identifier> markings = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    Set<Identifier> clusters = new LinkedHashSet<>();
    JsonNode list = tags == null || tags.isNull() ? JsonNodeFactory.instance.arrayNode() : tags;
    if (!list.isArray()) {
      throw fail(at, "expected a list of tags but found " + kind(list));
    }
    for (int i = 0; i < list.size(); i++) {
      String where = at + "[" + i + "]";
      String name =
          text(list.get(i), "name")
              .filter(s -> !s.isBlank())
              .orElseThrow(() -> fail(where + ".name", "tag has no name"));
      Optional<Identifier> tlp = MispTags.tlp(name);
      if (tlp.isPresent()) {
        markings.add(tlp.get());
        continue;
      }
      Optional<MispTags.GalaxyTag> galaxy = MispTags.galaxy(name);
      if (galaxy.isPresent()) {
        cluster(galaxy.get().type(), galaxy.get().value(), List.of(), Optional.empty())
            .ifPresentOrElse(clusters::add, () -> plain.add(name));
        continue;
      }
      plain.add(name);
    }
    if (ofEvent) {
      eventMarkings = List.copyOf(markings);
      labels.addAll(plain);
      eventClusters.addAll(clusters);
    }
    return new TagsSeen(markings, plain, clusters);
  }

  private record TagsSeen(
      List<Identifier> markings, List<String> labels, Set<Identifier> clusters) {}

  private void galaxies(JsonNode galaxies, String at, Set<Identifier> into) {
    if (galaxies == null || galaxies.isNull()) {
      return;
    }
    if (!galaxies.isArray()) {
      throw fail(at, "expected a list of galaxies but found " + kind(galaxies));
    }
    for (int g = 0; g < galaxies.size(); g++) {
      JsonNode galaxy = galaxies.get(g);
      String galaxyType = text(galaxy, "type").orElse("");
      JsonNode clusters = array(galaxy, "GalaxyCluster", at + "[" + g + "]");
      for (int c = 0; c < clusters.size(); c++) {
        JsonNode cluster = clusters.get(c);
        String where = at + "[" + g + "].GalaxyCluster[" + c + "]";
        String type = text(cluster, "type").orElse(galaxyType);
        String value =
            text(cluster, "value")
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> fail(where + ".value", "galaxy cluster has no value"));
        List<String> synonyms = strings(cluster.path("meta").get("synonyms"));
        Optional<Identifier> id =
            cluster(type, value, synonyms, text(cluster, "description").filter(s -> !s.isBlank()));
        if (id.isPresent()) {
          into.add(id.get());
        } else {
          labels.add(
              text(cluster, "tag_name")
                  .orElse("misp-galaxy:" + type + "=\"" + value.replace("\"", "") + "\""));
        }
      }
    }
  }

  /**
   * The SDO for a galaxy cluster, when the galaxy is one of actors, malware, tools or attack
   * patterns; empty for other galaxies (countries, sectors, …), whose tags become labels.
   */
  private Optional<Identifier> cluster(
      String galaxyType, String value, List<String> synonyms, Optional<String> description) {
    Optional<MispTags.ClusterKind> kind = MispTags.kindOf(galaxyType);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    MispTags.Named named = MispTags.splitMitreSuffix(value);
    Common common = Common.createdAt(SHARED_TIME);
    if (named.externalId().isPresent()) {
      common =
          common.withExternalReferences(
              List.of(ExternalReference.of("mitre-attack", named.externalId().get())));
    }
    List<String> aliases = synonyms.stream().filter(s -> !s.equals(named.name())).toList();
    StixObject sdo =
        switch (kind.get()) {
          case INTRUSION_SET -> IntrusionSet.named(common, named.name()).withAliases(aliases);
          case MALWARE -> Malware.family(common, named.name()).withAliases(aliases);
          case TOOL -> Tool.named(common, named.name()).withAliases(aliases);
          case ATTACK_PATTERN -> AttackPattern.named(common, named.name()).withAliases(aliases);
        };
    out.putIfAbsent(sdo.id(), sdo);
    return Optional.of(sdo.id());
  }

  // -----------------------------------------------------------------------------------------
  // MISP objects
  // -----------------------------------------------------------------------------------------

  private void mispObject(JsonNode object, String at) {
    if (!object.isObject()) {
      throw fail(at, "expected a MISP object but found " + kind(object));
    }
    String uuid = uuid(object, at);
    String name = text(object, "name").filter(s -> !s.isBlank()).orElse("object");
    Instant time = epoch(object, "timestamp", at).orElse(eventTime);
    JsonNode attributes = array(object, "Attribute", at);
    List<Identifier> members = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      members.addAll(attribute(attributes.get(i), at + ".Attribute[" + i + "]", Optional.of(name)));
    }
    if (members.isEmpty()) {
      throw fail(at + ".Attribute", "MISP object \"" + name + "\" has no attributes");
    }
    Map<String, RawJson> extra = new LinkedHashMap<>();
    extra.put("x_misp_uuid", raw(uuid));
    extra.put("x_misp_object_name", raw(name));
    text(object, "meta-category").ifPresent(m -> extra.put("x_misp_meta_category", raw(m)));
    text(object, "comment")
        .filter(s -> !s.isBlank())
        .ifPresent(c -> extra.put("x_misp_comment", raw(c)));
    Grouping grouping =
        Grouping.of(
                Identifier.forNamed(StixType.GROUPING, "misp-object:" + uuid),
                common(time).withMarkings(eventMarkings),
                name.equals("file")
                    ? GroupingContext.MALWARE_ANALYSIS
                    : GroupingContext.SUSPICIOUS_ACTIVITY)
            .withName("MISP object " + name)
            .withObjectRefs(List.copyOf(new LinkedHashSet<>(members)))
            .withExtra(extra);
    out.put(grouping.id(), grouping);
  }

  // -----------------------------------------------------------------------------------------
  // Attributes
  // -----------------------------------------------------------------------------------------

  /** Converts one attribute; returns the ids that stand for it (for a grouping's refs). */
  private List<Identifier> attribute(JsonNode a, String at, Optional<String> inObject) {
    if (!a.isObject()) {
      throw fail(at, "expected an attribute object but found " + kind(a));
    }
    String type =
        text(a, "type")
            .filter(s -> !s.isBlank())
            .orElseThrow(() -> fail(at + ".type", "attribute has no type"));
    if (!MispTypes.isKnown(type)) {
      throw fail(
          at + ".type",
          "unknown MISP attribute type \""
              + excerpt(type)
              + "\"; nothing of this event was converted. Fix the type (MISP types are"
              + " lower-case, e.g. ip-dst, domain, sha256) or remove the attribute");
    }
    String value =
        text(a, "value")
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseThrow(() -> fail(at + ".value", "attribute of type " + type + " has no value"));
    String uuid = uuid(a, at);
    Instant time = epoch(a, "timestamp", at).orElse(eventTime);
    boolean toIds = bool(a, "to_ids", at);
    TagsSeen tags = tags(a.get("Tag"), at + ".Tag", false);
    Set<Identifier> clusters = new LinkedHashSet<>(tags.clusters());
    galaxies(a.get("Galaxy"), at + ".Galaxy", clusters);
    List<Identifier> markings = tags.markings().isEmpty() ? eventMarkings : tags.markings();

    Map<String, RawJson> extra = new LinkedHashMap<>();
    extra.put("x_misp_uuid", raw(uuid));
    extra.put("x_misp_type", raw(type));
    text(a, "category").ifPresent(c -> extra.put("x_misp_category", raw(c)));
    text(a, "comment")
        .filter(s -> !s.isBlank())
        .ifPresent(c -> extra.put("x_misp_comment", raw(c)));
    text(a, "object_relation").ifPresent(r -> extra.put("x_misp_object_relation", raw(r)));
    Common common = common(time).withMarkings(markings).withLabels(tags.labels());

    Mapped mapped;
    try {
      mapped = map(type, value, markings);
    } catch (StixException | IllegalArgumentException e) {
      throw fail(
          at + ".value",
          "value does not fit type " + type + ": " + e.getMessage() + "; fix or remove it",
          e);
    }
    List<Identifier> anchors = new ArrayList<>();
    for (StixObject o : mapped.observables()) {
      out.putIfAbsent(o.id(), o);
    }
    if (mapped instanceof Mapped.Detectable d) {
      {
        if (toIds || d.observables().isEmpty()) {
          if (!toIds) {
            extra.put("x_misp_to_ids", new RawJson(BooleanNode.FALSE));
          }
          Indicator indicator =
              Indicator.of(
                      Identifier.forNamed(StixType.INDICATOR, "misp-attribute:" + uuid),
                      common,
                      d.pattern(),
                      d.patternType(),
                      time)
                  .withName(type + " " + excerpt(value))
                  .withExtra(extra);
          if (d.patternType().equals(PatternType.STIX)) {
            indicator = indicator.withPatternVersion("2.1");
          }
          out.put(indicator.id(), indicator);
          anchors.add(indicator.id());
          for (StixObject o : d.observables()) {
            relate(indicator.id(), RelationshipType.BASED_ON, o.id(), time, markings);
          }
          for (Identifier c : union(clusters, eventClusters)) {
            relate(indicator.id(), RelationshipType.INDICATES, c, time, markings);
          }
        } else {
          ObjectNode od = JsonNodeFactory.instance.objectNode();
          String t = StixTimestamp.format(time);
          Map<String, RawJson> props = new LinkedHashMap<>();
          props.put("first_observed", raw(t));
          props.put("last_observed", raw(t));
          props.put("number_observed", new RawJson(od.numberNode(1)));
          var refs = od.arrayNode();
          d.observables().forEach(o -> refs.add(o.id().toString()));
          props.put("object_refs", new RawJson(refs));
          props.putAll(extra);
          GenericObject observed =
              new GenericObject(
                  StixType.OBSERVED_DATA,
                  Identifier.forNamed(StixType.OBSERVED_DATA, "misp-attribute:" + uuid),
                  common,
                  props);
          out.put(observed.id(), observed);
          anchors.add(observed.id());
        }
      }
    } else if (mapped instanceof Mapped.Named n) {
      out.putIfAbsent(n.object().id(), n.object());
      anchors.add(n.object().id());
    } else {
      {
        Note note =
            Note.of(Identifier.forNamed(StixType.NOTE, "misp-attribute:" + uuid), common, value)
                .withAbstractText("MISP " + type + " attribute")
                .withObjectRefs(List.of(reportId))
                .withExtra(extra);
        out.put(note.id(), note);
        anchors.add(note.id());
      }
    }
    return anchors;
  }

  private static Set<Identifier> union(Set<Identifier> a, Set<Identifier> b) {
    Set<Identifier> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private void relate(
      Identifier from, RelationshipType type, Identifier to, Instant time, List<Identifier> m) {
    Relationship r =
        Relationship.of(
            Identifier.forNamed(
                StixType.RELATIONSHIP, "misp:" + from + " " + type.value() + " " + to),
            common(time).withMarkings(m),
            type,
            from,
            to);
    out.putIfAbsent(r.id(), r);
  }

  /** What an attribute becomes. */
  private sealed interface Mapped {
    List<StixObject> observables();

    /** A pattern (and the observables it is about). */
    record Detectable(String pattern, PatternType patternType, List<StixObject> observables)
        implements Mapped {}

    /** A named domain object shared by all events (vulnerability, actor). */
    record Named(StixObject object) implements Mapped {
      @Override
      public List<StixObject> observables() {
        return List.of();
      }
    }

    /** A MISP type with no STIX counterpart: kept as a note. */
    record Kept() implements Mapped {
      @Override
      public List<StixObject> observables() {
        return List.of();
      }
    }
  }

  private static Mapped map(String type, String value, List<Identifier> markings) {
    Common sco = Common.observable().withMarkings(markings);
    switch (type) {
      case "ip-src", "ip-dst" -> {
        StixObject ip = ip(value, sco);
        return stix(Patterns.equals(ip.type().value(), "value", value), ip);
      }
      case "ip-src|port", "ip-dst|port", "hostname|port" -> {
        String[] parts = pair(value, type);
        int port = port(parts[1]);
        String side = type.startsWith("ip-src") ? "src" : "dst";
        StixObject host = type.startsWith("hostname") ? domain(parts[0], sco) : ip(parts[0], sco);
        String hostValue = type.startsWith("hostname") ? lower(parts[0]) : parts[0];
        return stix(
            Pattern.parse(
                "[network-traffic:"
                    + side
                    + "_ref.value = "
                    + quote(hostValue)
                    + " AND network-traffic:"
                    + side
                    + "_port = "
                    + port
                    + "]"),
            host);
      }
      case "domain", "hostname" -> {
        DomainName d = domain(value, sco);
        return stix(Patterns.equals("domain-name", "value", d.value()), d);
      }
      case "domain|ip" -> {
        String[] parts = pair(value, type);
        StixObject ip = ip(parts[1], sco);
        DomainName d = domain(parts[0], sco);
        DomainName resolving =
            DomainName.of(d.id(), d.common(), d.value()).withResolvesToRefs(List.of(ip.id()));
        return stix(
            Pattern.parse(
                "[domain-name:value = "
                    + quote(d.value())
                    + " AND domain-name:resolves_to_refs[*].value = "
                    + quote(parts[1])
                    + "]"),
            resolving,
            ip);
      }
      case "url", "uri", "link" -> {
        Url u = Url.of(Url.idFor(value), sco, value);
        return stix(Patterns.equals("url", "value", value), u);
      }
      case "email",
          "email-src",
          "email-dst",
          "email-reply-to",
          "target-email",
          "whois-registrant-email",
          "dns-soa-email" -> {
        if (value.indexOf('@') <= 0 || value.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("'" + excerpt(value) + "' is not an e-mail address");
        }
        EmailAddr e = EmailAddr.of(EmailAddr.idFor(value), sco, value);
        return stix(Patterns.equals("email-addr", "value", value), e);
      }
      case "filename" -> {
        File f = file(Map.of(), Optional.of(value), sco);
        return stix(Patterns.equals("file", "name", value), f);
      }
      case "AS" -> {
        String digits = value.regionMatches(true, 0, "AS", 0, 2) ? value.substring(2) : value;
        long number = Long.parseLong(digits.strip());
        if (number < 0 || number > 4294967295L) {
          throw new IllegalArgumentException("AS number " + number + " is out of range");
        }
        return stix(
            Pattern.parse("[autonomous-system:number = " + number + "]"),
            AutonomousSystem.of(AutonomousSystem.idFor(number), sco, number));
      }
      case "mac-address" -> {
        String mac = lower(value);
        if (!mac.matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}")) {
          throw new IllegalArgumentException("'" + excerpt(value) + "' is not a MAC address");
        }
        return stix(
            Patterns.equals("mac-addr", "value", mac), generic("mac-addr", "value", mac, sco));
      }
      case "mutex" -> {
        return stix(Patterns.equals("mutex", "name", value), generic("mutex", "name", value, sco));
      }
      case "regkey" -> {
        return stix(
            Patterns.equals("windows-registry-key", "key", value),
            generic("windows-registry-key", "key", value, sco));
      }
      case "yara" -> {
        return new Mapped.Detectable(value, PatternType.YARA, List.of());
      }
      case "snort" -> {
        return new Mapped.Detectable(value, PatternType.SNORT, List.of());
      }
      case "sigma" -> {
        return new Mapped.Detectable(value, PatternType.SIGMA, List.of());
      }
      case "stix2-pattern" -> {
        return new Mapped.Detectable(Pattern.parse(value).toString(), PatternType.STIX, List.of());
      }
      case "vulnerability" -> {
        String cve = value.toUpperCase(Locale.ROOT);
        Vulnerability v =
            Vulnerability.named(
                Common.createdAt(SHARED_TIME)
                    .withExternalReferences(
                        cve.startsWith("CVE-")
                            ? List.of(ExternalReference.of("cve", cve))
                            : List.of()),
                cve);
        return new Mapped.Named(v);
      }
      case "threat-actor" -> {
        return new Mapped.Named(IntrusionSet.named(Common.createdAt(SHARED_TIME), value));
      }
      default -> {
        Optional<String> algorithm = MispTags.hashAlgorithm(type);
        if (algorithm.isPresent()) {
          String hash = Patterns.fileHash(algorithm.get(), value).toString();
          String written = hashValue(hash);
          File f = file(Map.of(HashAlgorithm.of(algorithm.get()), written), Optional.empty(), sco);
          return stix(Pattern.parse(hash), f);
        }
        if (type.startsWith("filename|")) {
          Optional<String> alg = MispTags.hashAlgorithm(type.substring("filename|".length()));
          if (alg.isPresent()) {
            String[] parts = pair(value, type);
            String hash = Patterns.fileHash(alg.get(), parts[1]).toString();
            String written = hashValue(hash);
            File f = file(Map.of(HashAlgorithm.of(alg.get()), written), Optional.of(parts[0]), sco);
            String hashCondition = hash.substring(1, hash.length() - 1);
            return stix(
                Pattern.parse("[file:name = " + quote(parts[0]) + " AND " + hashCondition + "]"),
                f);
          }
        }
        return new Mapped.Kept();
      }
    }
  }

  private static Mapped stix(Pattern pattern, StixObject... observables) {
    return new Mapped.Detectable(pattern.toString(), PatternType.STIX, List.of(observables));
  }

  /** The hash value inside {@code [file:hashes.'X' = 'value']}, as the pattern writes it. */
  private static String hashValue(String pattern) {
    int end = pattern.lastIndexOf('\'');
    int start = pattern.lastIndexOf('\'', end - 1);
    return pattern.substring(start + 1, end);
  }

  private static String[] pair(String value, String type) {
    int bar = value.indexOf('|');
    if (bar <= 0 || bar == value.length() - 1) {
      throw new IllegalArgumentException(
          "composite type " + type + " needs two values separated by '|'");
    }
    return new String[] {value.substring(0, bar).strip(), value.substring(bar + 1).strip()};
  }

  private static int port(String text) {
    int port = Integer.parseInt(text);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
    }
    return port;
  }

  private static StixObject ip(String value, Common sco) {
    if (IpText.isIpv4(value)) {
      return Ipv4Addr.of(Ipv4Addr.idFor(value), sco, value);
    }
    if (IpText.isIpv6(value)) {
      return Ipv6Addr.of(Ipv6Addr.idFor(value), sco, value);
    }
    throw new IllegalArgumentException("'" + excerpt(value) + "' is not an IP address or CIDR");
  }

  private static DomainName domain(String value, Common sco) {
    String d = lower(value);
    if (d.isEmpty() || d.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '@')) {
      throw new IllegalArgumentException("'" + excerpt(value) + "' is not a domain name");
    }
    return DomainName.of(DomainName.idFor(d), sco, d);
  }

  private static File file(Map<HashAlgorithm, String> hashes, Optional<String> name, Common sco) {
    File draft =
        new File(
            Identifier.random(StixType.FILE),
            sco,
            hashes,
            Optional.empty(),
            name,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Map.of());
    Identifier id = draft.deterministicId().orElse(draft.id());
    return new File(
        id,
        sco,
        hashes,
        Optional.empty(),
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Map.of());
  }

  private static GenericObject generic(String type, String property, String value, Common sco) {
    StixType t = StixType.of(type);
    Map<String, RawJson> props = new LinkedHashMap<>();
    props.put(property, raw(value));
    return new GenericObject(t, Identifier.forObservable(t, Map.of(property, value)), sco, props);
  }

  static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  // -----------------------------------------------------------------------------------------
  // JSON reading
  // -----------------------------------------------------------------------------------------

  private Common common(Instant at) {
    Common c = Common.createdAt(at);
    return creator.map(c::withCreatedBy).orElse(c);
  }

  private String uuid(JsonNode node, String at) {
    String uuid =
        text(node, "uuid")
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .orElseThrow(
                () -> fail(at + ".uuid", "missing uuid; export the event again from MISP"));
    if (!uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
      throw fail(at + ".uuid", "\"" + excerpt(uuid) + "\" is not a UUID");
    }
    return uuid;
  }

  private Optional<Instant> epoch(JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
      return Optional.empty();
    }
    try {
      long seconds = v.isNumber() ? v.longValue() : Long.parseLong(v.asText().strip());
      if (seconds < 0 || seconds > 253402300799L) {
        throw new NumberFormatException("out of range");
      }
      return Optional.of(Instant.ofEpochSecond(seconds));
    } catch (NumberFormatException e) {
      throw fail(
          at + "." + field,
          "\"" + excerpt(v.asText()) + "\" is not a Unix timestamp (seconds since 1970)");
    }
  }

  private Optional<Instant> date(JsonNode event, String at) {
    Optional<String> d = text(event, "date").filter(s -> !s.isBlank());
    if (d.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(d.get().strip()).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw fail(at + ".date", "\"" + excerpt(d.get()) + "\" is not a date (YYYY-MM-DD)");
    }
  }

  private boolean bool(JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String t = v.asText().strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "1", "true" -> true;
      case "0", "false", "" -> false;
      default -> throw fail(at + "." + field, "\"" + excerpt(t) + "\" is not a boolean");
    };
  }

  private JsonNode array(JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!v.isArray()) {
      throw fail(at + "." + field, "expected a list but found " + kind(v));
    }
    return v;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode()
        ? Optional.empty()
        : Optional.of(v.asText());
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(
          n -> {
            if (n.isTextual() && !n.textValue().isBlank()) {
              out.add(n.textValue().strip());
            }
          });
    }
    return out;
  }

  private static String threatLevel(String id) {
    return switch (id.strip()) {
      case "1" -> "high";
      case "2" -> "medium";
      case "3" -> "low";
      default -> "undefined";
    };
  }

  private static String analysis(String id) {
    return switch (id.strip()) {
      case "0" -> "initial";
      case "1" -> "ongoing";
      case "2" -> "completed";
      default -> "unknown";
    };
  }

  private static RawJson raw(String s) {
    return new RawJson(TextNode.valueOf(s));
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static String kind(JsonNode n) {
    return n == null ? "nothing" : n.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  static String excerpt(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }

  private InvalidMispException fail(String path, String problem) {
    return new InvalidMispException(source, path, problem);
  }

  private InvalidMispException fail(String path, String problem, Throwable cause) {
    return new InvalidMispException(source, path, problem, cause);
  }
}
