package dev.lantern.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.stix.AutonomousSystem;
import dev.lantern.stix.Common;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.EmailAddr;
import dev.lantern.stix.File;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Ipv6Addr;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import dev.lantern.stix.Url;
import dev.lantern.stix.pattern.Pattern;
import dev.lantern.stix.pattern.Patterns;
import dev.lantern.stix.vocab.HashAlgorithm;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A minimal MISP event → STIX 2.1 conversion for ingest, until the import/export module's converter
 * is merged: a {@code report} for the event ({@code info}, {@code date}), and per indicator
 * attribute (addresses, domains, URLs, e-mail addresses, file hashes, AS numbers, also inside MISP
 * objects) the observable, an {@code indicator} with an equality pattern, and a {@code based-on}
 * relationship. The event's TLP tag becomes the marking of every object.
 *
 * <p>Ids are deterministic (from the event and attribute uuids), and {@code modified} is the
 * attribute's or event's {@code timestamp}, so ingesting the same event twice writes nothing and an
 * updated event writes new versions. Attribute types MISP defines that are not indicators
 * (comments, links, YARA rules, …) are left out and counted in the report's description; a type
 * MISP does not define fails the whole event, naming the attribute's JSON path, so nothing is
 * half-imported.
 */
final class MispEvents {

  /** MISP attribute types that are not single sweepable values; carried in the count only. */
  private static final Set<String> NOT_INDICATORS =
      Set.of(
          "comment",
          "text",
          "other",
          "link",
          "attachment",
          "malware-sample",
          "filename",
          "vulnerability",
          "weakness",
          "threat-actor",
          "campaign-name",
          "campaign-id",
          "yara",
          "snort",
          "sigma",
          "bro",
          "zeek",
          "stix2-pattern",
          "pattern-in-file",
          "pattern-in-memory",
          "pattern-in-traffic",
          "regkey",
          "regkey|value",
          "mutex",
          "user-agent",
          "port",
          "size-in-bytes",
          "datetime",
          "counter",
          "float",
          "hex",
          "boolean",
          "cpe",
          "mac-address",
          "mac-eui-64",
          "ssdeep",
          "imphash",
          "tlsh",
          "authentihash",
          "sha224",
          "sha384",
          "sha512/224",
          "sha512/256",
          "sha3-224",
          "sha3-256",
          "sha3-384",
          "sha3-512",
          "pehash",
          "impfuzzy",
          "vhash",
          "cdhash",
          "pdb",
          "named pipe",
          "cookie",
          "x509-fingerprint-sha1",
          "x509-fingerprint-md5",
          "x509-fingerprint-sha256",
          "ja3-fingerprint-md5",
          "jarm-fingerprint",
          "hassh-md5",
          "hasshserver-md5",
          "btc",
          "xmr",
          "dash",
          "phone-number",
          "whois-registrant-email",
          "whois-registrant-phone",
          "whois-registrant-name",
          "whois-registrant-org",
          "whois-registrar",
          "whois-creation-date",
          "target-user",
          "target-email",
          "target-machine",
          "target-org",
          "target-location",
          "target-external",
          "github-username",
          "github-repository",
          "github-organisation",
          "jabber-id",
          "twitter-id",
          "email-subject",
          "email-attachment",
          "email-body",
          "email-header",
          "email-reply-to",
          "email-x-mailer",
          "email-message-id",
          "email-mime-boundary",
          "email-thread-index",
          "email-display-name",
          "email-dst-display-name",
          "email-src-display-name",
          "dns-soa-email",
          "dkim",
          "dkim-signature",
          "first-name",
          "middle-name",
          "last-name",
          "full-name",
          "process-state",
          "windows-service-name",
          "windows-service-displayname",
          "windows-scheduled-task",
          "mime-type",
          "http-method",
          "community-id",
          "anonymised",
          "identity-card-number",
          "passport-number",
          "iban",
          "bic",
          "bank-account-nr",
          "aba-rtn",
          "bin",
          "cc-number",
          "prtn",
          "url-reference",
          "hostname|port",
          "mobile-application-id",
          "chrome-extension-id",
          "azure-application-id",
          "favicon-mmh3",
          "telfhash",
          "dom-hash",
          "onion-address",
          "uri");

  private MispEvents() {}

  /**
   * The STIX objects for the event.
   *
   * @throws IngestException naming the JSON path of an attribute with an unknown type or an
   *     unusable value, or of a missing event uuid
   */
  static List<StixObject> convert(String source, JsonNode root) {
    JsonNode event = root.get("Event");
    String uuid = text(event, "uuid");
    if (uuid.isEmpty()) {
      throw new IngestException(
          source + ": MISP event has no uuid at $.Event.uuid; export it again");
    }
    Instant eventTime = time(event, Instant.EPOCH);
    List<Identifier> markings = tlp(event.path("Tag"));
    Map<Identifier, StixObject> out = new LinkedHashMap<>();
    Set<String> leftOut = new TreeSet<>();
    int index = 0;
    for (JsonNode a : event.path("Attribute")) {
      attribute(source, "$.Event.Attribute[" + index++ + "]", a, eventTime, markings, out, leftOut);
    }
    int o = 0;
    for (JsonNode object : event.path("Object")) {
      int i = 0;
      for (JsonNode a : object.path("Attribute")) {
        String path = "$.Event.Object[" + o + "].Attribute[" + i++ + "]";
        attribute(source, path, a, eventTime, markings, out, leftOut);
      }
      o++;
    }
    String info = text(event, "info");
    Instant published = date(event).orElse(eventTime);
    Identifier reportId = Identifier.forNamed(StixType.REPORT, "misp-event:" + uuid);
    Common common = marked(Common.createdAt(eventTime), markings);
    String description =
        "MISP event "
            + uuid
            + " read by Lantern from "
            + source
            + (leftOut.isEmpty() ? "" : "; attributes not turned into indicators: " + leftOut);
    Report report =
        Report.of(reportId, common, info.isEmpty() ? "MISP event " + uuid : info, published)
            .withDescription(description)
            .withObjectRefs(out.isEmpty() ? List.of(reportId) : List.copyOf(out.keySet()));
    List<StixObject> objects = new ArrayList<>(out.values());
    objects.add(report);
    return objects;
  }

  private static void attribute(
      String source,
      String path,
      JsonNode a,
      Instant eventTime,
      List<Identifier> markings,
      Map<Identifier, StixObject> out,
      Set<String> leftOut) {
    String type = text(a, "type").toLowerCase(Locale.ROOT);
    String value = text(a, "value").strip();
    if (NOT_INDICATORS.contains(type)) {
      leftOut.add(type);
      return;
    }
    if (type.contains("|") && value.contains("|")) {
      // composite types (ip-dst|port, filename|sha256, domain|ip): the indicator half
      String[] types = type.split("\\|", 2);
      String[] values = value.split("\\|", 2);
      boolean firstIsName = types[0].equals("filename") || types[1].equals("port");
      type = firstIsName && !types[1].equals("port") ? types[1] : types[0];
      value = firstIsName && !types[1].equals("port") ? values[1] : values[0];
    }
    Optional<Pattern> pattern;
    Optional<StixObject> observable;
    try {
      switch (type) {
        case "ip-src", "ip-dst", "ip" -> {
          boolean v6 = value.indexOf(':') >= 0;
          pattern = Optional.of(Patterns.equals(v6 ? "ipv6-addr" : "ipv4-addr", "value", value));
          observable = Optional.of(v6 ? Ipv6Addr.of(value) : Ipv4Addr.of(value));
        }
        case "domain", "hostname" -> {
          String v = value.toLowerCase(Locale.ROOT);
          pattern = Optional.of(Patterns.equals("domain-name", "value", v));
          observable = Optional.of(DomainName.of(v));
        }
        case "url" -> {
          pattern = Optional.of(Patterns.equals("url", "value", value));
          observable = Optional.of(Url.of(value));
        }
        case "email", "email-src", "email-dst" -> {
          pattern = Optional.of(Patterns.equals("email-addr", "value", value));
          observable = Optional.of(EmailAddr.of(value));
        }
        case "md5", "sha1", "sha256", "sha512" -> {
          HashAlgorithm algorithm =
              switch (type) {
                case "md5" -> HashAlgorithm.MD5;
                case "sha1" -> HashAlgorithm.SHA_1;
                case "sha256" -> HashAlgorithm.SHA_256;
                default -> HashAlgorithm.SHA_512;
              };
          String name =
              switch (type) {
                case "md5" -> "MD5";
                case "sha1" -> "SHA-1";
                case "sha256" -> "SHA-256";
                default -> "SHA-512";
              };
          String v = value.toLowerCase(Locale.ROOT);
          pattern = Optional.of(Patterns.fileHash(name, v));
          observable = Optional.of(File.ofHashes(Map.of(algorithm, v)));
        }
        case "as" -> {
          long number = Long.parseLong(value.replaceAll("(?i)^as", ""));
          pattern = Optional.of(Pattern.parse("[autonomous-system:number = " + number + "]"));
          observable = Optional.of(AutonomousSystem.of(number));
        }
        default ->
            throw new IngestException(
                source
                    + ": MISP attribute at "
                    + path
                    + " has the unknown type \""
                    + excerpt(type)
                    + "\"; nothing of this event was stored. Fix or remove the attribute, or"
                    + " give it a MISP type");
      }
    } catch (StixException | IllegalArgumentException e) {
      throw new IngestException(
          source
              + ": MISP attribute at "
              + path
              + " ("
              + type
              + ") has an unusable value: "
              + e.getMessage()
              + "; nothing of this event was stored",
          e);
    }
    String uuid = text(a, "uuid");
    String key = uuid.isEmpty() ? path : uuid;
    Instant at = time(a, eventTime);
    Common common = marked(Common.createdAt(at), markings);
    String patternText = pattern.get().toString();
    Indicator indicator =
        Indicator.of(
                Identifier.forNamed(StixType.INDICATOR, "misp-attribute:" + key),
                common,
                patternText,
                PatternType.STIX,
                at)
            .withName(type + " " + value)
            .withPatternVersion("2.1");
    Identifier target = observable.get().id();
    out.putIfAbsent(target, observable.get());
    out.put(indicator.id(), indicator);
    Relationship basedOn =
        Relationship.of(
            Identifier.forNamed(StixType.RELATIONSHIP, indicator.id() + " based-on " + target),
            common,
            RelationshipType.BASED_ON,
            indicator.id(),
            target);
    out.put(basedOn.id(), basedOn);
  }

  private static Common marked(Common common, List<Identifier> markings) {
    return markings.isEmpty() ? common : common.withMarkings(markings);
  }

  private static List<Identifier> tlp(JsonNode tags) {
    for (JsonNode tag : tags) {
      String name = text(tag, "name").toLowerCase(Locale.ROOT).replace(" ", "");
      Identifier id =
          switch (name) {
            case "tlp:white", "tlp:clear" -> Tlp.V2_CLEAR.id();
            case "tlp:green" -> Tlp.V2_GREEN.id();
            case "tlp:amber" -> Tlp.V2_AMBER.id();
            case "tlp:amber+strict" -> Tlp.V2_AMBER_STRICT.id();
            case "tlp:red" -> Tlp.V2_RED.id();
            default -> null;
          };
      if (id != null) {
        return List.of(id);
      }
    }
    return List.of();
  }

  private static Instant time(JsonNode node, Instant otherwise) {
    String t = text(node, "timestamp");
    try {
      return t.isEmpty() ? otherwise : Instant.ofEpochSecond(Long.parseLong(t));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return otherwise;
    }
  }

  private static Optional<Instant> date(JsonNode event) {
    try {
      String d = text(event, "date");
      return d.isEmpty()
          ? Optional.empty()
          : Optional.of(LocalDate.parse(d).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
  }

  private static String excerpt(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "…";
  }
}
