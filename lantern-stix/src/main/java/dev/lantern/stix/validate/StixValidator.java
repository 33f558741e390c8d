package dev.lantern.stix.validate;

import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Campaign;
import dev.lantern.stix.Common;
import dev.lantern.stix.CyberObservable;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.DomainObject;
import dev.lantern.stix.EmailAddr;
import dev.lantern.stix.ExtensionDefinition;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.File;
import dev.lantern.stix.GenericObject;
import dev.lantern.stix.GranularMarking;
import dev.lantern.stix.Grouping;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Ipv6Addr;
import dev.lantern.stix.LanguageContent;
import dev.lantern.stix.Location;
import dev.lantern.stix.Malware;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.Note;
import dev.lantern.stix.Opinion;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.RelationshipObject;
import dev.lantern.stix.Report;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.StixType;
import dev.lantern.stix.ThreatActor;
import dev.lantern.stix.Tool;
import dev.lantern.stix.validate.Violation.Severity;
import dev.lantern.stix.vocab.Vocabulary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the JSON schemas cannot: agreement between id and type, UUID form, time order ({@code
 * modified ≥ created}, {@code first_seen ≤ last_seen}, {@code valid_from < valid_until}, {@code
 * start_time < stop_time}, {@code first_observed ≤ last_observed}), the target types of references,
 * presence of the properties each kind of object requires, and (as warnings) values outside the
 * suggested open vocabularies and observable ids that are not the deterministic ones.
 *
 * <p>Design note: one pass per object, no resolution of references (a reference's type is its id
 * prefix), so it works on single objects as well as on bundles and never fails on hostile input: it
 * reports, it does not throw. Stateless and thread-safe.
 */
public final class StixValidator {
  private static final StixValidator STANDARD = new StixValidator();
  private static final Pattern EXTENSION_KEY =
      Pattern.compile("extension-definition--[0-9a-f-]{36}|[a-z0-9-]+-ext");

  private StixValidator() {}

  public static StixValidator standard() {
    return STANDARD;
  }

  /** Violations of every object of the bundle, paths prefixed with {@code $.objects[i]}. */
  public List<Violation> validate(Bundle bundle) {
    List<Violation> out = new ArrayList<>();
    List<StixObject> objects = bundle.objects();
    for (int i = 0; i < objects.size(); i++) {
      String prefix = "$.objects[" + i + "]";
      for (Violation v : validate(objects.get(i))) {
        out.add(
            new Violation(v.severity(), v.objectId(), prefix + v.path().substring(1), v.message()));
      }
    }
    return out;
  }

  /** Violations of one object, paths relative to it ({@code $.created}); empty when valid. */
  public List<Violation> validate(StixObject o) {
    Check c = new Check(o);
    c.identity();
    c.common();
    c.specific();
    return List.copyOf(c.out);
  }

  /** One object's checks; collects violations. */
  private static final class Check {
    private final StixObject o;
    private final String id;
    private final List<Violation> out = new ArrayList<>();

    Check(StixObject o) {
      this.o = o;
      this.id = o.id().toString();
    }

    private void error(String property, String message) {
      out.add(new Violation(Severity.ERROR, id, "$" + property, message));
    }

    private void warn(String property, String message) {
      out.add(new Violation(Severity.WARNING, id, "$" + property, message));
    }

    // ----- identity ----------------------------------------------------------------------------

    void identity() {
      if (!o.id().type().equals(o.type())) {
        error(
            ".id",
            "id prefix \""
                + o.id().type()
                + "\" does not match type \""
                + o.type()
                + "\"; use "
                + o.type()
                + "--<uuid>");
      }
      if (!o.id().isRfc4122()) {
        error(".id", "UUID " + o.id().uuid() + " is not an RFC 4122 UUID of version 1 to 5");
      }
      if (o instanceof CyberObservable sco) {
        sco.deterministicId()
            .filter(d -> !d.equals(o.id()))
            .ifPresent(
                d ->
                    warn(
                        ".id",
                        "observable id is not the deterministic UUIDv5 of its ID-contributing"
                            + " properties; use "
                            + d
                            + " so that others deduplicate it"));
      }
    }

    // ----- common properties -------------------------------------------------------------------

    void common() {
      Common c = o.common();
      if (!c.specVersion().equals("2.1")) {
        warn(".spec_version", "spec_version is \"" + c.specVersion() + "\"; Lantern speaks 2.1");
      }
      boolean versioned =
          o instanceof DomainObject
              || o instanceof RelationshipObject
              || o instanceof LanguageContent
              || o instanceof ExtensionDefinition
              || (o instanceof GenericObject
                  && !o.type().isObservable()
                  && c.created().isPresent());
      if (versioned || o instanceof MarkingDefinition) {
        if (c.created().isEmpty()) {
          error(".created", "required property created is missing");
        }
      }
      if (versioned && c.modified().isEmpty()) {
        error(".modified", "required property modified is missing");
      }
      if (c.created().isPresent()
          && c.modified().isPresent()
          && c.modified().get().isBefore(c.created().get())) {
        error(
            ".modified",
            "modified "
                + StixTimestamp.format(c.modified().get())
                + " is before created "
                + StixTimestamp.format(c.created().get()));
      }
      c.createdByRef().ifPresent(r -> refTo(".created_by_ref", r, Set.of(StixType.IDENTITY)));
      if (o instanceof ExtensionDefinition && c.createdByRef().isEmpty()) {
        error(".created_by_ref", "an extension-definition must name its creator (created_by_ref)");
      }
      c.confidence()
          .filter(v -> v < 0 || v > 100)
          .ifPresent(v -> error(".confidence", "confidence " + v + " is outside 0-100"));
      refsTo(".object_marking_refs", c.objectMarkingRefs(), Set.of(StixType.MARKING_DEFINITION));
      for (int i = 0; i < c.granularMarkings().size(); i++) {
        GranularMarking g = c.granularMarkings().get(i);
        String p = ".granular_markings[" + i + "]";
        if (g.markingRef().isPresent() == g.lang().isPresent()) {
          error(p, "a granular marking needs exactly one of marking_ref and lang");
        }
        g.markingRef()
            .ifPresent(r -> refTo(p + ".marking_ref", r, Set.of(StixType.MARKING_DEFINITION)));
        if (g.selectors().isEmpty()) {
          error(p + ".selectors", "a granular marking needs at least one selector");
        }
      }
      for (int i = 0; i < c.externalReferences().size(); i++) {
        ExternalReference r = c.externalReferences().get(i);
        if (r.description().isEmpty() && r.url().isEmpty() && r.externalId().isEmpty()) {
          error(
              ".external_references[" + i + "]",
              "an external reference needs at least one of description, url and external_id");
        }
      }
      c.extensions().keySet().stream()
          .filter(k -> !EXTENSION_KEY.matcher(k).matches())
          .forEach(
              k ->
                  warn(
                      ".extensions." + k,
                      "extension key is neither an extension-definition id nor a predefined *-ext"
                          + " name"));
    }

    // ----- type-specific -----------------------------------------------------------------------

    void specific() {
      if (o instanceof AttackPattern) {
        return;
      } else if (o instanceof Campaign x) {
        notAfter(".last_seen", x.firstSeen(), x.lastSeen(), "first_seen", "last_seen");
      } else if (o instanceof Grouping x) {
        vocab(".context", List.of(x.context()));
        nonEmpty(".object_refs", x.objectRefs());
      } else if (o instanceof Identity x) {
        vocab(".identity_class", x.identityClass().stream().toList());
        vocab(".sectors", x.sectors());
      } else if (o instanceof Indicator x) {
        vocab(".indicator_types", x.indicatorTypes());
        vocab(".pattern_type", List.of(x.patternType()));
        if (x.pattern().isBlank()) {
          error(".pattern", "pattern is empty");
        }
        before(
            ".valid_until",
            Optional.of(x.validFrom()),
            x.validUntil(),
            "valid_from",
            "valid_until");
      } else if (o instanceof IntrusionSet x) {
        notAfter(".last_seen", x.firstSeen(), x.lastSeen(), "first_seen", "last_seen");
        vocab(".resource_level", x.resourceLevel().stream().toList());
        vocab(".primary_motivation", x.primaryMotivation().stream().toList());
        vocab(".secondary_motivations", x.secondaryMotivations());
      } else if (o instanceof Location x) {
        if (x.latitude().isPresent() != x.longitude().isPresent()) {
          error(".latitude", "latitude and longitude must be given together");
        }
        if (x.region().isEmpty() && x.country().isEmpty() && x.latitude().isEmpty()) {
          error(".region", "a location needs region, country, or latitude and longitude");
        }
        x.latitude()
            .filter(v -> v < -90 || v > 90)
            .ifPresent(v -> error(".latitude", "latitude " + v + " is outside -90..90"));
        x.longitude()
            .filter(v -> v < -180 || v > 180)
            .ifPresent(v -> error(".longitude", "longitude " + v + " is outside -180..180"));
      } else if (o instanceof Malware x) {
        if (x.isFamily() && x.name().isEmpty()) {
          error(".name", "a malware family (is_family true) must have a name");
        }
        vocab(".malware_types", x.malwareTypes());
        notAfter(".last_seen", x.firstSeen(), x.lastSeen(), "first_seen", "last_seen");
        refsTo(".sample_refs", x.sampleRefs(), Set.of(StixType.FILE, StixType.ARTIFACT));
        refsTo(".operating_system_refs", x.operatingSystemRefs(), Set.of(StixType.SOFTWARE));
      } else if (o instanceof Note x) {
        nonEmpty(".object_refs", x.objectRefs());
      } else if (o instanceof Opinion x) {
        nonEmpty(".object_refs", x.objectRefs());
      } else if (o instanceof Report x) {
        vocab(".report_types", x.reportTypes());
        nonEmpty(".object_refs", x.objectRefs());
      } else if (o instanceof ThreatActor x) {
        vocab(".threat_actor_types", x.threatActorTypes());
        notAfter(".last_seen", x.firstSeen(), x.lastSeen(), "first_seen", "last_seen");
        vocab(".resource_level", x.resourceLevel().stream().toList());
        vocab(".primary_motivation", x.primaryMotivation().stream().toList());
      } else if (o instanceof Tool x) {
        vocab(".tool_types", x.toolTypes());
      } else if (o instanceof Relationship x) {
        vocab(".relationship_type", List.of(x.relationshipType()));
        endpoint(".source_ref", x.sourceRef());
        endpoint(".target_ref", x.targetRef());
        before(".stop_time", x.startTime(), x.stopTime(), "start_time", "stop_time");
      } else if (o instanceof Sighting x) {
        if (!isDomainOrCustom(x.sightingOfRef().type())) {
          error(
              ".sighting_of_ref",
              "sighting_of_ref must point at a domain object, not " + x.sightingOfRef().type());
        }
        refsTo(".observed_data_refs", x.observedDataRefs(), Set.of(StixType.OBSERVED_DATA));
        refsTo(
            ".where_sighted_refs",
            x.whereSightedRefs(),
            Set.of(StixType.IDENTITY, StixType.LOCATION));
        notAfter(".last_seen", x.firstSeen(), x.lastSeen(), "first_seen", "last_seen");
        x.count()
            .filter(v -> v < 0 || v > 999_999_999)
            .ifPresent(v -> error(".count", "count " + v + " is outside 0-999999999"));
      } else if (o instanceof Ipv4Addr x) {
        refsTo(".resolves_to_refs", x.resolvesToRefs(), Set.of(StixType.MAC_ADDR));
        refsTo(".belongs_to_refs", x.belongsToRefs(), Set.of(StixType.AUTONOMOUS_SYSTEM));
      } else if (o instanceof Ipv6Addr x) {
        refsTo(".resolves_to_refs", x.resolvesToRefs(), Set.of(StixType.MAC_ADDR));
        refsTo(".belongs_to_refs", x.belongsToRefs(), Set.of(StixType.AUTONOMOUS_SYSTEM));
      } else if (o instanceof DomainName x) {
        refsTo(
            ".resolves_to_refs",
            x.resolvesToRefs(),
            Set.of(StixType.IPV4_ADDR, StixType.IPV6_ADDR, StixType.DOMAIN_NAME));
      } else if (o instanceof EmailAddr x) {
        x.belongsToRef().ifPresent(r -> refTo(".belongs_to_ref", r, Set.of(StixType.USER_ACCOUNT)));
      } else if (o instanceof File x) {
        vocab(".hashes", List.copyOf(x.hashes().keySet()));
        x.parentDirectoryRef()
            .ifPresent(r -> refTo(".parent_directory_ref", r, Set.of(StixType.DIRECTORY)));
        x.contentRef().ifPresent(r -> refTo(".content_ref", r, Set.of(StixType.ARTIFACT)));
        if (x.hashes().isEmpty() && x.name().isEmpty()) {
          error(".hashes", "a file needs hashes or a name");
        }
      } else if (o instanceof MarkingDefinition x) {
        if (x.definitionType().isPresent() != x.definition().isPresent()) {
          error(".definition", "definition_type and definition must be given together");
        }
        if (x.definitionType().isEmpty() && o.common().extensions().isEmpty()) {
          error(
              ".definition",
              "a marking-definition needs definition_type and definition, or extensions");
        }
      } else if (o instanceof LanguageContent x) {
        if (x.contents().isEmpty()) {
          error(".contents", "required property contents is missing or empty");
        }
      } else if (o instanceof GenericObject x) {
        genericWindow(x, "first_observed", "last_observed");
        genericWindow(x, "first_seen", "last_seen");
      }
    }

    // ----- helpers -----------------------------------------------------------------------------

    private static boolean isDomainOrCustom(StixType t) {
      return t.isDomainObject() || !t.isDefinedBySpec();
    }

    private void endpoint(String property, Identifier ref) {
      StixType t = ref.type();
      if (!(t.isDomainObject() || t.isObservable() || !t.isDefinedBySpec())) {
        error(
            property,
            property.substring(1) + " must point at a domain object or observable, not " + t);
      }
    }

    private void refTo(String property, Identifier ref, Set<StixType> allowed) {
      if (!allowed.contains(ref.type())) {
        error(
            property, property.substring(1) + " must point at " + names(allowed) + ", not " + ref);
      }
    }

    private void refsTo(String property, List<Identifier> refs, Set<StixType> allowed) {
      for (int i = 0; i < refs.size(); i++) {
        refTo(property + "[" + i + "]", refs.get(i), allowed);
      }
    }

    private static String names(Collection<StixType> types) {
      return types.stream()
          .map(StixType::value)
          .sorted()
          .reduce((a, b) -> a + " or " + b)
          .orElse("");
    }

    private void nonEmpty(String property, List<?> values) {
      if (values.isEmpty()) {
        error(property, "required property " + property.substring(1) + " is missing or empty");
      }
    }

    private void vocab(String property, List<? extends Vocabulary> values) {
      for (Vocabulary v : values) {
        if (!v.isSuggested()) {
          warn(property, "\"" + v.value() + "\" is not in the STIX 2.1 suggested vocabulary");
        }
      }
    }

    private void notAfter(
        String property, Optional<Instant> first, Optional<Instant> last, String a, String b) {
      if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
        error(
            property,
            b
                + " "
                + StixTimestamp.format(last.get())
                + " is before "
                + a
                + " "
                + StixTimestamp.format(first.get()));
      }
    }

    private void before(
        String property, Optional<Instant> first, Optional<Instant> last, String a, String b) {
      if (first.isPresent() && last.isPresent() && !last.get().isAfter(first.get())) {
        error(
            property,
            b
                + " "
                + StixTimestamp.format(last.get())
                + " must be later than "
                + a
                + " "
                + StixTimestamp.format(first.get()));
      }
    }

    private void genericWindow(GenericObject x, String a, String b) {
      Optional<Instant> first = time(x, a);
      Optional<Instant> last = time(x, b);
      notAfter("." + b, first, last, a, b);
    }

    private Optional<Instant> time(GenericObject x, String property) {
      RawJson raw = x.extra().get(property);
      if (raw == null || !raw.node().isTextual()) {
        return Optional.empty();
      }
      try {
        return Optional.of(StixTimestamp.parse(raw.node().textValue()));
      } catch (RuntimeException e) {
        error("." + property, property + " is not an RFC 3339 timestamp");
        return Optional.empty();
      }
    }
  }
}
