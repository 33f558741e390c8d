package dev.lantern.extract.report;

import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.indicator.IndicatorType;
import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.AutonomousSystem;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.EmailAddr;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.File;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Ipv6Addr;
import dev.lantern.stix.Location;
import dev.lantern.stix.Malware;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.ThreatActor;
import dev.lantern.stix.Tool;
import dev.lantern.stix.Url;
import dev.lantern.stix.Vulnerability;
import dev.lantern.stix.pattern.Pattern;
import dev.lantern.stix.pattern.Patterns;
import dev.lantern.stix.vocab.HashAlgorithm;
import dev.lantern.stix.vocab.IdentityClass;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps extractions to one STIX 2.1 bundle: a {@code report} per document; the groups, malware,
 * tools, countries and organisations it names; and for each live indicator the observable it names,
 * an {@code indicator} with a STIX pattern, and a {@code based-on} relationship between them. CVE
 * ids become {@code vulnerability} objects and ATT&CK technique ids {@code attack-pattern} objects,
 * each with its external reference; suppressed findings are left out. Incidents become campaigns
 * and attribution claims relationships carrying Lantern's claim extension ({@link ClaimStix}). See
 * {@code docs/stix-mapping.md}.
 *
 * <p>Ids are deterministic: the same document yields the same report id, the same value the same
 * observable, indicator and relationship ids, so a bundle can be re-imported without duplicates.
 * Only {@code created}/{@code modified} come from the injected clock.
 */
public final class ExtractionStix {

  /** The custom object type for cryptocurrency wallets, which STIX 2.1 has no observable for. */
  public static final String WALLET_TYPE = "x-lantern-cryptocurrency-wallet";

  private final InstantSource clock;

  public ExtractionStix(InstantSource clock) {
    this.clock = clock;
  }

  public Bundle bundle(List<ReportExtraction> extractions) {
    // STIX timestamps carry milliseconds; a finer clock would leak into every object.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Map<Identifier, StixObject> objects = new LinkedHashMap<>();
    for (ReportExtraction extraction : extractions) {
      Set<Identifier> refs = new LinkedHashSet<>();
      Common common = Common.createdAt(now);
      Common reportCommon =
          extraction.language().map(l -> common.withLang(l.code())).orElse(common);
      Instant published =
          extraction.published().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(now);
      List<Indicator> live = extraction.liveIndicators();
      Map<Integer, Integer> rangeEnds = new HashMap<>();
      for (Indicator range : live) {
        if (range.type() == IndicatorType.CIDR) {
          rangeEnds.merge(range.start(), range.end(), Math::max);
        }
      }
      List<StixObject> found = new ArrayList<>();
      for (Indicator indicator : live) {
        if (!isBaseOfRange(indicator, rangeEnds)) {
          found.addAll(objectsFor(indicator, common, published));
        }
      }
      for (EntityMention mention : extraction.entities()) {
        entityObject(mention, common).ifPresent(found::add);
      }
      for (StixObject o : found) {
        objects.putIfAbsent(o.id(), o);
        refs.add(o.id());
      }
      Identifier reportId =
          Identifier.forNamed(StixType.REPORT, "sha256:" + sha256(extraction.document().text()));
      String name = reportName(extraction);
      for (StixObject o : ClaimStix.objects(extraction, reportId, name, common)) {
        objects.putIfAbsent(o.id(), o);
        refs.add(o.id());
      }
      Report report =
          Report.of(reportId, reportCommon, name, published)
              .withDescription("Read by Lantern from " + extraction.document().source())
              .withObjectRefs(refs.isEmpty() ? List.of(reportId) : List.copyOf(refs));
      objects.put(reportId, report);
    }
    return Bundle.of(List.copyOf(objects.values()));
  }

  private static String reportName(ReportExtraction extraction) {
    String name =
        extraction
            .document()
            .title()
            .orElseGet(
                () -> extraction.document().text().strip().lines().findFirst().orElse("").strip());
    if (name.isEmpty()) {
      name = extraction.document().source();
    }
    return name.length() <= 200 ? name : name.substring(0, 199) + "…";
  }

  /**
   * Whether an address finding is only the network address written before a CIDR prefix ({@code
   * 194.87.18.0} of {@code 194.87.18.0/24}): the range is the indicator, the bare network address
   * would be a second, wrong one.
   */
  private static boolean isBaseOfRange(Indicator found, Map<Integer, Integer> rangeEnds) {
    if (found.type() != IndicatorType.IPV4 && found.type() != IndicatorType.IPV6) {
      return false;
    }
    Integer rangeEnd = rangeEnds.get(found.start());
    return rangeEnd != null && rangeEnd > found.end();
  }

  /**
   * The named object an entity mention stands for: groups, malware and tools as themselves, a
   * country as a {@code location}, an organisation as an {@code identity}. Sectors are properties
   * of victims, not objects, so they yield nothing here.
   */
  private static Optional<StixObject> entityObject(EntityMention m, Common common) {
    String name = m.canonical();
    return switch (m.type()) {
      case INTRUSION_SET -> Optional.of(IntrusionSet.named(common, name));
      case THREAT_ACTOR -> Optional.of(ThreatActor.named(common, name));
      case MALWARE -> Optional.of(Malware.family(common, name));
      case TOOL -> Optional.of(Tool.named(common, name));
      case COUNTRY ->
          Optional.of(
              m.country()
                  .map(c -> Location.named(common, name).withCountry(c))
                  .orElseGet(() -> Location.named(common, name).withRegion(name)));
      case ORGANIZATION ->
          Optional.of(Identity.named(common, name).withIdentityClass(IdentityClass.ORGANIZATION));
      case SECTOR -> Optional.empty();
    };
  }

  /** The objects one finding contributes, the observable or named object first. */
  private static List<StixObject> objectsFor(Indicator found, Common common, Instant validFrom) {
    String v = found.value();
    IndicatorType t = found.type();
    switch (t) {
      case CVE -> {
        return List.of(
            Vulnerability.named(
                common.withExternalReferences(List.of(ExternalReference.of("cve", v))), v));
      }
      case ATTACK_TECHNIQUE -> {
        return List.of(
            AttackPattern.named(
                common.withExternalReferences(List.of(ExternalReference.of("mitre-attack", v))),
                v));
      }
      default -> {}
    }
    Optional<StixObject> observable =
        switch (t) {
          case IPV4 -> Optional.of(Ipv4Addr.of(v));
          case IPV6 -> Optional.of(Ipv6Addr.of(v));
          case CIDR -> Optional.of(v.indexOf(':') >= 0 ? Ipv6Addr.of(v) : Ipv4Addr.of(v));
          case DOMAIN -> Optional.of(DomainName.of(v));
          case URL -> Optional.of(Url.of(v));
          case EMAIL -> Optional.of(EmailAddr.of(v));
          case MD5 -> Optional.of(File.ofHashes(Map.of(HashAlgorithm.MD5, v)));
          case SHA1 -> Optional.of(File.ofHashes(Map.of(HashAlgorithm.SHA_1, v)));
          case SHA256 -> Optional.of(File.ofHashes(Map.of(HashAlgorithm.SHA_256, v)));
          case SHA512 -> Optional.of(File.ofHashes(Map.of(HashAlgorithm.SHA_512, v)));
          case ASN -> Optional.of(AutonomousSystem.of(asNumber(v)));
          default -> Optional.empty();
        };
    Pattern pattern = pattern(t, v);
    String text = pattern.toString();
    dev.lantern.stix.Indicator indicator =
        dev.lantern.stix.Indicator.of(
                Identifier.forNamed(StixType.INDICATOR, "pattern-sha256:" + sha256(text)),
                common,
                text,
                PatternType.STIX,
                validFrom)
            .withName(t.jsonName() + " " + v)
            .withPatternVersion("2.1");
    if (observable.isEmpty()) {
      return List.of(indicator);
    }
    Identifier target = observable.get().id();
    Relationship basedOn =
        Relationship.of(
            Identifier.forNamed(StixType.RELATIONSHIP, indicator.id() + " based-on " + target),
            common,
            RelationshipType.BASED_ON,
            indicator.id(),
            target);
    return List.of(observable.get(), indicator, basedOn);
  }

  private static Pattern pattern(IndicatorType t, String v) {
    return switch (t) {
      case IPV4 -> Patterns.equals("ipv4-addr", "value", v);
      case IPV6 -> Patterns.equals("ipv6-addr", "value", v);
      case CIDR ->
          v.indexOf(':') >= 0
              ? Patterns.equals("ipv6-addr", "value", v)
              : Patterns.equals("ipv4-addr", "value", v);
      case DOMAIN -> Patterns.equals("domain-name", "value", v);
      case URL -> Patterns.equals("url", "value", v);
      case EMAIL -> Patterns.equals("email-addr", "value", v);
      case MD5 -> Patterns.fileHash("MD5", v);
      case SHA1 -> Patterns.fileHash("SHA-1", v);
      case SHA256 -> Patterns.fileHash("SHA-256", v);
      case SHA512 -> Patterns.fileHash("SHA-512", v);
      case ASN -> Pattern.parse("[autonomous-system:number = " + asNumber(v) + "]");
      default -> Patterns.equals(WALLET_TYPE, "value", v);
    };
  }

  private static long asNumber(String value) {
    return Long.parseLong(value.replaceAll("[^0-9]", ""));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
