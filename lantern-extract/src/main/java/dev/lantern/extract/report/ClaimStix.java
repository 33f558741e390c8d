package dev.lantern.extract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.extract.attribution.Basis;
import dev.lantern.extract.attribution.Claim;
import dev.lantern.extract.attribution.Incident;
import dev.lantern.extract.attribution.Stance;
import dev.lantern.extract.attribution.Victim;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.entity.EntityType;
import dev.lantern.extract.entity.KnowledgeBase;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.Campaign;
import dev.lantern.stix.Common;
import dev.lantern.stix.ExtensionDefinition;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Location;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Opinion;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.ThreatActor;
import dev.lantern.stix.Tool;
import dev.lantern.stix.Vulnerability;
import dev.lantern.stix.vocab.IdentityClass;
import dev.lantern.stix.vocab.IndustrySector;
import dev.lantern.stix.vocab.OpinionValue;
import dev.lantern.stix.vocab.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The STIX objects for one report's incidents and claims (see {@code docs/stix-mapping.md},
 * "Attribution claims"): a {@code campaign} per incident; {@code targets} to victims ({@code
 * identity} with {@code sectors}, or the country's {@code location}) and vulnerabilities; {@code
 * uses} to malware, tools and attack patterns; and per claim an {@code attributed-to} (to the
 * group) or {@code originates-from} (to the state's location) relationship that carries every claim
 * about it in Lantern's claim extension, plus an {@code opinion} for each denial or dispute.
 */
final class ClaimStix {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Lantern's own identity: the creator of the extension definition. */
  static Identity lantern(Common common) {
    return Identity.named(common, "Lantern").withIdentityClass(IdentityClass.SYSTEM);
  }

  /** The extension definition's id: fixed, so that every bundle names the same extension. */
  static final Identifier EXTENSION_ID =
      Identifier.forNamed(StixType.EXTENSION_DEFINITION, "lantern attribution claim 1.0");

  static ExtensionDefinition extension(Common common, Identity lantern) {
    return ExtensionDefinition.of(
            EXTENSION_ID,
            common.withCreatedBy(lantern.id()),
            "Lantern attribution claim",
            "Property extension on relationship objects. Property 'claims': array of objects"
                + " {claimant (string|null), claimant_ref (identity id|null), stance"
                + " (attributes|denies|disputes), hedged (boolean), basis (technical-report|"
                + "indictment|political-statement|vendor-analysis|media|null), confidence (0-100),"
                + " evidence {report_ref (report id), start, end (character offsets into the"
                + " report text, end exclusive), quote (the sentence)}}. Defined in Lantern's"
                + " docs/stix-mapping.md, section 'Attribution claims'.",
            "1.0")
        .withDescription(
            "Who claims that a group or state is (or is not) behind an activity, how firmly and"
                + " on what evidence")
        .withExtensionTypes(List.of("property-extension"));
  }

  private ClaimStix() {}

  /** The objects for one report's incidents and claims. */
  static List<StixObject> objects(
      ReportExtraction extraction, Identifier reportId, String reportName, Common common) {
    List<Incident> incidents = extraction.incidents();
    List<StixObject> out = new ArrayList<>();
    if (incidents.isEmpty() && extraction.claims().isEmpty()) {
      return out;
    }
    Map<String, String> countryNames = new LinkedHashMap<>();
    Map<String, EntityType> groupTypes = new LinkedHashMap<>();
    Map<String, EntityType> softwareTypes = new LinkedHashMap<>();
    for (EntityMention m : extraction.entities()) {
      if (m.type() == EntityType.COUNTRY) {
        m.country().ifPresent(c -> countryNames.putIfAbsent(c, m.canonical()));
      } else if (m.type().isGroup()) {
        groupTypes.putIfAbsent(m.canonical(), m.type());
      } else if (m.type() == EntityType.MALWARE || m.type() == EntityType.TOOL) {
        softwareTypes.putIfAbsent(m.canonical(), m.type());
      }
    }
    Identity lantern = lantern(common);
    out.add(lantern);
    out.add(extension(common, lantern));
    List<Campaign> campaigns = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      Campaign c =
          Campaign.of(
              Identifier.forNamed(StixType.CAMPAIGN, reportId + " incident " + i),
              common,
              incident.main() ? reportName : reportName + " (background incident " + i + ")");
      Optional<Instant> first = incident.activityStart().flatMap(ClaimStix::startOf);
      Optional<Instant> last = incident.activityEnd().flatMap(ClaimStix::endOf);
      if (first.isPresent()) {
        c = c.withFirstSeen(first.get());
      }
      if (last.isPresent() && (first.isEmpty() || !last.get().isBefore(first.get()))) {
        c = c.withLastSeen(last.get());
      }
      campaigns.add(c);
      out.add(c);
      for (Victim v : incident.victims()) {
        StixObject target = victim(v, common, countryNames);
        out.add(target);
        out.add(relationship(reportId, common, c.id(), RelationshipType.TARGETS, target.id()));
      }
      for (String name : incident.malware()) {
        StixObject sw =
            softwareTypes.get(name) == EntityType.TOOL
                ? Tool.named(common, name)
                : Malware.family(common, name);
        out.add(sw);
        out.add(relationship(reportId, common, c.id(), RelationshipType.USES, sw.id()));
      }
      for (String t : incident.techniques()) {
        AttackPattern ap =
            AttackPattern.named(
                common.withExternalReferences(List.of(ExternalReference.of("mitre-attack", t))), t);
        out.add(ap);
        out.add(relationship(reportId, common, c.id(), RelationshipType.USES, ap.id()));
      }
      for (String cve : incident.cves()) {
        Vulnerability vu =
            Vulnerability.named(
                common.withExternalReferences(List.of(ExternalReference.of("cve", cve))), cve);
        out.add(vu);
        out.add(relationship(reportId, common, c.id(), RelationshipType.TARGETS, vu.id()));
      }
    }
    // Claims, grouped by the relationship they are about.
    Map<Identifier, Relationship> about = new LinkedHashMap<>();
    Map<Identifier, ArrayNode> claimsOf = new LinkedHashMap<>();
    List<StixObject> opinions = new ArrayList<>();
    for (Claim claim : extraction.claims()) {
      if (claim.incident() < 0 || claim.incident() >= campaigns.size()) {
        continue;
      }
      Campaign campaign = campaigns.get(claim.incident());
      Optional<Identity> claimant =
          claim
              .claimant()
              .map(n -> Identity.named(common, n).withIdentityClass(IdentityClass.ORGANIZATION));
      claimant.ifPresent(out::add);
      List<Relationship> rels = new ArrayList<>();
      if (claim.actor().isPresent()) {
        String actor = claim.actor().get();
        StixObject group =
            groupTypes.get(actor) == EntityType.THREAT_ACTOR
                ? ThreatActor.named(common, actor)
                : IntrusionSet.named(common, actor);
        out.add(group);
        rels.add(
            relationship(
                reportId, common, campaign.id(), RelationshipType.ATTRIBUTED_TO, group.id()));
        if (claim.state().isPresent()) {
          Location state = country(claim.state().get(), common, countryNames);
          out.add(state);
          rels.add(
              relationship(
                  reportId, common, group.id(), RelationshipType.ORIGINATES_FROM, state.id()));
        }
      } else if (claim.state().isPresent()) {
        Location state = country(claim.state().get(), common, countryNames);
        out.add(state);
        rels.add(
            relationship(
                reportId, common, campaign.id(), RelationshipType.ORIGINATES_FROM, state.id()));
      }
      for (Relationship r : rels) {
        about.putIfAbsent(r.id(), r);
        claimsOf
            .computeIfAbsent(r.id(), k -> MAPPER.createArrayNode())
            .add(claimJson(claim, claimant, reportId));
        if (claim.stance() != Stance.ATTRIBUTES) {
          OpinionValue value =
              claim.stance() == Stance.DENIES
                  ? OpinionValue.STRONGLY_DISAGREE
                  : OpinionValue.DISAGREE;
          Opinion o =
              Opinion.of(
                      Identifier.forNamed(
                          StixType.OPINION,
                          reportId
                              + " "
                              + claim.start()
                              + " "
                              + claim.claimant().orElse("")
                              + " "
                              + r.id()),
                      common,
                      value)
                  .withObjectRefs(List.of(r.id()))
                  .withExplanation(claim.evidence());
          if (claim.claimant().isPresent()) {
            o = o.withAuthors(List.of(claim.claimant().get()));
          }
          opinions.add(o);
        }
      }
    }
    for (Map.Entry<Identifier, Relationship> e : about.entrySet()) {
      ObjectNode body = MAPPER.createObjectNode();
      body.put("extension_type", "property-extension");
      body.set("claims", claimsOf.get(e.getKey()));
      Relationship r = e.getValue();
      out.add(
          r.withCommon(
              r.common().withExtensions(Map.of(EXTENSION_ID.toString(), new RawJson(body)))));
    }
    out.addAll(opinions);
    return out;
  }

  /** How firmly a claim is made, on STIX's 0-100 scale: hedged claims count as even odds. */
  static int confidence(Claim c) {
    return c.hedged() ? 50 : 85;
  }

  private static ObjectNode claimJson(Claim c, Optional<Identity> claimant, Identifier reportId) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("claimant", c.claimant().orElse(null));
    n.put("claimant_ref", claimant.map(i -> i.id().toString()).orElse(null));
    n.put("stance", c.stance().label());
    n.put("hedged", c.hedged());
    n.put("basis", c.basis().map(Basis::label).orElse(null));
    n.put("confidence", confidence(c));
    ObjectNode evidence = n.putObject("evidence");
    evidence.put("report_ref", reportId.toString());
    evidence.put("start", c.start());
    evidence.put("end", c.end());
    evidence.put("quote", c.evidence());
    return n;
  }

  private static Relationship relationship(
      Identifier reportId,
      Common common,
      Identifier source,
      RelationshipType type,
      Identifier target) {
    return Relationship.of(
        Identifier.forNamed(
            StixType.RELATIONSHIP, reportId + " " + source + " " + type.value() + " " + target),
        common,
        type,
        source,
        target);
  }

  private static Location country(String iso2, Common common, Map<String, String> names) {
    return Location.named(common, countryName(iso2, names)).withCountry(iso2);
  }

  /**
   * The name a country's location goes by: the one the report's own mention resolved to, else the
   * knowledge base's, so a state named only through its agency ("the GRU") is the same location as
   * the state named outright, not a second one called by its code.
   */
  private static String countryName(String iso2, Map<String, String> mentioned) {
    String name = mentioned.get(iso2);
    return name != null ? name : KnowledgeBase.standard().countryName(iso2).orElse(iso2);
  }

  private static StixObject victim(Victim v, Common common, Map<String, String> countries) {
    if (v.name().isEmpty() && v.sector().isEmpty()) {
      return country(v.country().orElseThrow(), common, countries);
    }
    String where = v.country().map(c -> countryName(c, countries)).orElse(null);
    String name =
        v.name()
            .orElseGet(() -> v.sector().get() + " sector" + (where == null ? "" : " of " + where));
    Identity id =
        Identity.named(common, name)
            .withIdentityClass(
                v.name().isPresent() ? IdentityClass.ORGANIZATION : IdentityClass.CLASS);
    if (v.sector().isPresent()) {
      id = id.withSectors(List.of(IndustrySector.of(v.sector().get())));
    }
    if (where != null) {
      id = id.withDescription("Victim in " + where + " (" + v.country().get() + ")");
    }
    return id;
  }

  private static Optional<Instant> startOf(String value) {
    try {
      return Optional.of(
              switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                case 7 -> YearMonth.parse(value).atDay(1);
                default -> LocalDate.parse(value);
              })
          .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> endOf(String value) {
    try {
      LocalDate last =
          switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            default -> LocalDate.parse(value);
          };
      return Optional.of(last.atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
