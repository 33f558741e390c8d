package dev.lantern.stix;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code type} of a STIX object, an open vocabulary: the named constants are the types STIX 2.1
 * defines; {@link #of(String)} accepts any other syntactically valid type (custom objects such as
 * {@code x-lantern-claim}). Immutable and thread-safe.
 */
public record StixType(String value) {

  private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");

  public static final StixType ATTACK_PATTERN = new StixType("attack-pattern");
  public static final StixType CAMPAIGN = new StixType("campaign");
  public static final StixType COURSE_OF_ACTION = new StixType("course-of-action");
  public static final StixType GROUPING = new StixType("grouping");
  public static final StixType IDENTITY = new StixType("identity");
  public static final StixType INCIDENT = new StixType("incident");
  public static final StixType INDICATOR = new StixType("indicator");
  public static final StixType INFRASTRUCTURE = new StixType("infrastructure");
  public static final StixType INTRUSION_SET = new StixType("intrusion-set");
  public static final StixType LOCATION = new StixType("location");
  public static final StixType MALWARE = new StixType("malware");
  public static final StixType MALWARE_ANALYSIS = new StixType("malware-analysis");
  public static final StixType NOTE = new StixType("note");
  public static final StixType OBSERVED_DATA = new StixType("observed-data");
  public static final StixType OPINION = new StixType("opinion");
  public static final StixType REPORT = new StixType("report");
  public static final StixType THREAT_ACTOR = new StixType("threat-actor");
  public static final StixType TOOL = new StixType("tool");
  public static final StixType VULNERABILITY = new StixType("vulnerability");
  public static final StixType RELATIONSHIP = new StixType("relationship");
  public static final StixType SIGHTING = new StixType("sighting");
  public static final StixType ARTIFACT = new StixType("artifact");
  public static final StixType AUTONOMOUS_SYSTEM = new StixType("autonomous-system");
  public static final StixType DIRECTORY = new StixType("directory");
  public static final StixType DOMAIN_NAME = new StixType("domain-name");
  public static final StixType EMAIL_ADDR = new StixType("email-addr");
  public static final StixType EMAIL_MESSAGE = new StixType("email-message");
  public static final StixType FILE = new StixType("file");
  public static final StixType IPV4_ADDR = new StixType("ipv4-addr");
  public static final StixType IPV6_ADDR = new StixType("ipv6-addr");
  public static final StixType MAC_ADDR = new StixType("mac-addr");
  public static final StixType MUTEX = new StixType("mutex");
  public static final StixType NETWORK_TRAFFIC = new StixType("network-traffic");
  public static final StixType PROCESS = new StixType("process");
  public static final StixType SOFTWARE = new StixType("software");
  public static final StixType URL = new StixType("url");
  public static final StixType USER_ACCOUNT = new StixType("user-account");
  public static final StixType WINDOWS_REGISTRY_KEY = new StixType("windows-registry-key");
  public static final StixType X509_CERTIFICATE = new StixType("x509-certificate");
  public static final StixType LANGUAGE_CONTENT = new StixType("language-content");
  public static final StixType MARKING_DEFINITION = new StixType("marking-definition");
  public static final StixType EXTENSION_DEFINITION = new StixType("extension-definition");
  public static final StixType BUNDLE = new StixType("bundle");

  private static final Set<String> DOMAIN_TYPES =
      Set.of(
          "attack-pattern",
          "campaign",
          "course-of-action",
          "grouping",
          "identity",
          "incident",
          "indicator",
          "infrastructure",
          "intrusion-set",
          "location",
          "malware",
          "malware-analysis",
          "note",
          "observed-data",
          "opinion",
          "report",
          "threat-actor",
          "tool",
          "vulnerability");
  private static final Set<String> RELATIONSHIP_TYPES = Set.of("relationship", "sighting");
  private static final Set<String> OBSERVABLE_TYPES =
      Set.of(
          "artifact",
          "autonomous-system",
          "directory",
          "domain-name",
          "email-addr",
          "email-message",
          "file",
          "ipv4-addr",
          "ipv6-addr",
          "mac-addr",
          "mutex",
          "network-traffic",
          "process",
          "software",
          "url",
          "user-account",
          "windows-registry-key",
          "x509-certificate");
  private static final Set<String> META_TYPES =
      Set.of("language-content", "marking-definition", "extension-definition");

  /**
   * Checks the syntax the specification requires: 3 to 250 characters, lowercase ASCII letters,
   * digits and hyphens, starting with a letter and not ending with a hyphen.
   *
   * @throws InvalidStixException naming the value and the rule when it breaks the syntax
   */
  public StixType {
    if (value == null
        || value.length() < 3
        || value.length() > 250
        || !SYNTAX.matcher(value).matches()
        || value.contains("--")) {
      throw new InvalidStixException(
          "STIX type \""
              + StixText.excerpt(value)
              + "\" is malformed: use 3-250 lowercase letters, digits and single hyphens,"
              + " starting with a letter (e.g. \"malware\", \"x-acme-widget\")");
    }
  }

  /** Returns the type named {@code value}, defined by STIX or custom. */
  public static StixType of(String value) {
    return new StixType(value);
  }

  /** True for the STIX Domain Object types of STIX 2.1. */
  public boolean isDomainObject() {
    return DOMAIN_TYPES.contains(value);
  }

  /** True for {@code relationship} and {@code sighting}. */
  public boolean isRelationshipObject() {
    return RELATIONSHIP_TYPES.contains(value);
  }

  /** True for the STIX Cyber-observable types of STIX 2.1. */
  public boolean isObservable() {
    return OBSERVABLE_TYPES.contains(value);
  }

  /** True for language-content, marking-definition and extension-definition. */
  public boolean isMetaObject() {
    return META_TYPES.contains(value);
  }

  /** True for any type STIX 2.1 defines (including {@code bundle}); false for custom types. */
  public boolean isDefinedBySpec() {
    return isDomainObject()
        || isRelationshipObject()
        || isObservable()
        || isMetaObject()
        || value.equals("bundle");
  }

  @Override
  public String toString() {
    return value;
  }
}
