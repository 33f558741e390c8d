package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.Common;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Malware;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tool;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A MISP galaxy cluster file to STIX objects and alias links.
 *
 * <p>Design note. Each cluster becomes one named SDO (intrusion set, malware, tool or attack
 * pattern, by galaxy) with the id {@link Identifier#forNamed} gives its name, so it is the same
 * object extraction makes when a report names it. Each synonym becomes its own named SDO, linked to
 * the cluster's by an alias link whose source is the galaxy ({@code misp-galaxy:threat-actor}) and
 * whose evidence names the cluster: synonyms are claims of the galaxy's authors, never merged.
 * Clusters of MITRE galaxies share their uuid with the ATT&CK object, which is linked the same way
 * when the store holds it. Timestamps: created at the Unix epoch, modified at the epoch plus the
 * galaxy's {@code version} in seconds, so a newer galaxy file writes new versions and an event that
 * merely names a cluster (created = modified = epoch) never overwrites the galaxy's fuller version.
 */
final class GalaxyClusters {
  private GalaxyClusters() {}

  /** A link to record: the galaxy says {@code a} and {@code b} name the same thing. */
  record Alias(Identifier a, Identifier b, String source, String evidence) {}

  /** Objects to store and links to record, plus ATT&CK ids to link when the store holds them. */
  record Converted(List<StixObject> objects, List<Alias> aliases, List<Alias> attackLinks) {}

  static Converted convert(JsonNode root, String source) {
    if (!root.isObject() || !root.path("values").isArray() || !root.path("type").isTextual()) {
      throw new InvalidImportException(
          source,
          "$",
          "not a MISP galaxy cluster file; expected {\"type\", \"uuid\", \"values\": [...]}");
    }
    String galaxy = root.get("type").textValue();
    MispTags.ClusterKind kind =
        MispTags.kindOf(galaxy)
            .orElseThrow(
                () ->
                    new InvalidImportException(
                        source,
                        "$.type",
                        "galaxy \""
                            + MispToStix.excerpt(galaxy)
                            + "\" is not imported: Lantern imports galaxies of threat actors,"
                            + " intrusion sets, malware, tools and attack patterns"));
    long version = root.path("version").asLong(0);
    Instant modified = Instant.EPOCH.plusSeconds(Math.max(0, version));
    String linkSource = "misp-galaxy:" + galaxy;
    Map<Identifier, StixObject> objects = new LinkedHashMap<>();
    Map<Identifier, StixObject> stubs = new LinkedHashMap<>();
    List<Alias> aliases = new ArrayList<>();
    List<Alias> attack = new ArrayList<>();
    JsonNode values = root.get("values");
    for (int i = 0; i < values.size(); i++) {
      JsonNode c = values.get(i);
      String at = "$.values[" + i + "]";
      String value = c.path("value").asText("").strip();
      if (value.isEmpty()) {
        throw new InvalidImportException(source, at + ".value", "cluster has no value");
      }
      MispTags.Named named = MispTags.splitMitreSuffix(value);
      JsonNode meta = c.path("meta");
      Set<String> synonyms = new LinkedHashSet<>();
      for (JsonNode s : meta.path("synonyms")) {
        if (s.isTextual() && !s.textValue().isBlank()) {
          synonyms.add(s.textValue().strip());
        }
      }
      Common common =
          Common.createdAt(Instant.EPOCH)
              .withModified(modified)
              .withExternalReferences(references(named, meta));
      String description = c.path("description").asText("").strip();
      Map<String, RawJson> extra = new LinkedHashMap<>();
      String uuid = c.path("uuid").asText("").strip().toLowerCase(Locale.ROOT);
      if (!uuid.isEmpty()) {
        extra.put("x_misp_galaxy_cluster_uuid", new RawJson(TextNode.valueOf(uuid)));
      }
      extra.put("x_misp_galaxy", new RawJson(TextNode.valueOf(galaxy)));
      if (meta.isObject() && !meta.isEmpty()) {
        extra.put("x_misp_galaxy_meta", new RawJson(meta));
      }
      Identifier primaryId = Identifier.forNamed(stixType(kind), named.name());
      List<String> aliasNames =
          synonyms.stream()
              .filter(s -> !Identifier.forNamed(stixType(kind), s).equals(primaryId))
              .toList();
      StixObject primary =
          sdo(kind, common, named.name(), aliasNames, description).withExtraProperties(extra);
      objects.put(primary.id(), primary);
      for (String synonym : aliasNames) {
        StixObject stub =
            sdo(kind, Common.createdAt(Instant.EPOCH), synonym, List.of(), "").object();
        stubs.putIfAbsent(stub.id(), stub);
        aliases.add(
            new Alias(
                primary.id(),
                stub.id(),
                linkSource,
                "cluster "
                    + (uuid.isEmpty() ? value : uuid)
                    + " \""
                    + named.name()
                    + "\" lists \""
                    + synonym
                    + "\" as a synonym (galaxy version "
                    + version
                    + ")"));
      }
      if (galaxy.startsWith("mitre-") && uuid.matches("[0-9a-f-]{36}")) {
        Identifier attackId = Identifier.parse(stixType(kind).value() + "--" + uuid);
        attack.add(
            new Alias(
                primary.id(),
                attackId,
                linkSource,
                "cluster " + uuid + " \"" + named.name() + "\" has the uuid of the ATT&CK object"));
      }
    }
    List<StixObject> all = new ArrayList<>();
    stubs.forEach(
        (id, o) -> {
          if (!objects.containsKey(id)) {
            all.add(o);
          }
        });
    all.addAll(objects.values());
    return new Converted(all, aliases, attack);
  }

  private static List<ExternalReference> references(MispTags.Named named, JsonNode meta) {
    List<ExternalReference> refs = new ArrayList<>();
    named.externalId().ifPresent(id -> refs.add(ExternalReference.of("mitre-attack", id)));
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode r : meta.path("refs")) {
      String url = r.asText("").strip();
      if (isWebUrl(url) && seen.add(url)) {
        refs.add(ExternalReference.ofUrl("misp-galaxy", url));
      }
    }
    return refs;
  }

  private static boolean isWebUrl(String url) {
    try {
      URI u = new URI(url);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static StixType stixType(MispTags.ClusterKind kind) {
    return switch (kind) {
      case INTRUSION_SET -> StixType.INTRUSION_SET;
      case MALWARE -> StixType.MALWARE;
      case TOOL -> StixType.TOOL;
      case ATTACK_PATTERN -> StixType.ATTACK_PATTERN;
    };
  }

  /** A named SDO under construction, so extra properties can be added for every kind alike. */
  private record Draft(StixObject object) {
    StixObject withExtraProperties(Map<String, RawJson> extra) {
      StixObject o = object;
      if (o instanceof IntrusionSet s) {
        return s.withExtra(extra);
      }
      if (o instanceof Malware m) {
        return m.withExtra(extra);
      }
      if (o instanceof Tool t) {
        return t.withExtra(extra);
      }
      return ((AttackPattern) o).withExtra(extra);
    }
  }

  private static Draft sdo(
      MispTags.ClusterKind kind,
      Common common,
      String name,
      List<String> aliases,
      String description) {
    Optional<String> d = description.isEmpty() ? Optional.empty() : Optional.of(description);
    StixObject o =
        switch (kind) {
          case INTRUSION_SET -> {
            IntrusionSet s = IntrusionSet.named(common, name).withAliases(aliases);
            yield d.map(s::withDescription).orElse(s);
          }
          case MALWARE -> {
            Malware m = Malware.family(common, name).withAliases(aliases);
            yield d.map(m::withDescription).orElse(m);
          }
          case TOOL -> {
            Tool t = Tool.named(common, name).withAliases(aliases);
            yield d.map(t::withDescription).orElse(t);
          }
          case ATTACK_PATTERN -> {
            AttackPattern a = AttackPattern.named(common, name).withAliases(aliases);
            yield d.map(a::withDescription).orElse(a);
          }
        };
    return new Draft(o);
  }
}
