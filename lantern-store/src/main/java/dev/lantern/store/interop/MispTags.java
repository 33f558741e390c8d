package dev.lantern.store.interop;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.Tlp;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * MISP tag and galaxy vocabulary in both directions: TLP tags and the standard TLP 2.0 marking
 * definitions, {@code misp-galaxy:TYPE="VALUE"} tags, which galaxies name actors, malware, tools
 * and attack patterns, MITRE's {@code "Name - T1234"} cluster values, MISP hash types and STIX hash
 * algorithm names.
 */
final class MispTags {
  private MispTags() {}

  /** The SDO kinds galaxy clusters become. */
  enum ClusterKind {
    INTRUSION_SET,
    MALWARE,
    TOOL,
    ATTACK_PATTERN
  }

  record GalaxyTag(String type, String value) {}

  record Named(String name, Optional<String> externalId) {}

  private static final java.util.regex.Pattern GALAXY_TAG =
      java.util.regex.Pattern.compile(
          "misp-galaxy:([a-z0-9_-]+)=\"(.+)\"", java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern MITRE_SUFFIX =
      java.util.regex.Pattern.compile("(.+?) - ((?:G|S|T|TA|C)\\d{4}(?:\\.\\d{3})?)");

  /** TLP 1.0 white is TLP 2.0 clear; every TLP tag maps to the TLP 2.0 marking definition. */
  static Optional<Identifier> tlp(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    return Optional.ofNullable(
        switch (t) {
          case "tlp:white", "tlp:clear" -> Tlp.V2_CLEAR.id();
          case "tlp:green" -> Tlp.V2_GREEN.id();
          case "tlp:amber" -> Tlp.V2_AMBER.id();
          case "tlp:amber+strict" -> Tlp.V2_AMBER_STRICT.id();
          case "tlp:red" -> Tlp.V2_RED.id();
          default -> null;
        });
  }

  /** The MISP tag for a TLP marking definition (1.0 or 2.0), if it is one. */
  static Optional<String> tlpTag(Identifier marking) {
    return Tlp.find(marking)
        .flatMap(m -> m.name())
        .map(n -> n.toLowerCase(Locale.ROOT).replace("tlp:white", "tlp:clear"));
  }

  static Optional<GalaxyTag> galaxy(String tag) {
    Matcher m = GALAXY_TAG.matcher(tag.strip());
    return m.matches() ? Optional.of(new GalaxyTag(m.group(1), m.group(2))) : Optional.empty();
  }

  static String galaxyTag(String type, String value) {
    return "misp-galaxy:" + type + "=\"" + value.replace("\"", "'") + "\"";
  }

  private static final Map<String, ClusterKind> KINDS =
      Map.ofEntries(
          Map.entry("threat-actor", ClusterKind.INTRUSION_SET),
          Map.entry("mitre-intrusion-set", ClusterKind.INTRUSION_SET),
          Map.entry("mitre-enterprise-attack-intrusion-set", ClusterKind.INTRUSION_SET),
          Map.entry("mitre-mobile-attack-intrusion-set", ClusterKind.INTRUSION_SET),
          Map.entry("mitre-ics-groups", ClusterKind.INTRUSION_SET),
          Map.entry("microsoft-activity-group", ClusterKind.INTRUSION_SET),
          Map.entry("malpedia", ClusterKind.MALWARE),
          Map.entry("mitre-malware", ClusterKind.MALWARE),
          Map.entry("mitre-enterprise-attack-malware", ClusterKind.MALWARE),
          Map.entry("mitre-mobile-attack-malware", ClusterKind.MALWARE),
          Map.entry("ransomware", ClusterKind.MALWARE),
          Map.entry("rat", ClusterKind.MALWARE),
          Map.entry("banker", ClusterKind.MALWARE),
          Map.entry("botnet", ClusterKind.MALWARE),
          Map.entry("stealer", ClusterKind.MALWARE),
          Map.entry("android", ClusterKind.MALWARE),
          Map.entry("tool", ClusterKind.TOOL),
          Map.entry("mitre-tool", ClusterKind.TOOL),
          Map.entry("mitre-enterprise-attack-tool", ClusterKind.TOOL),
          Map.entry("mitre-mobile-attack-tool", ClusterKind.TOOL),
          Map.entry("mitre-attack-pattern", ClusterKind.ATTACK_PATTERN),
          Map.entry("mitre-enterprise-attack-attack-pattern", ClusterKind.ATTACK_PATTERN),
          Map.entry("mitre-mobile-attack-attack-pattern", ClusterKind.ATTACK_PATTERN),
          Map.entry("mitre-ics-techniques", ClusterKind.ATTACK_PATTERN));

  /** The SDO kind of a galaxy's clusters; empty for galaxies that are not about those. */
  static Optional<ClusterKind> kindOf(String galaxyType) {
    return Optional.ofNullable(KINDS.get(galaxyType.strip().toLowerCase(Locale.ROOT)));
  }

  /** {@code "APT28 - G0007"} is APT28 with ATT&CK id G0007; other values are names as given. */
  static Named splitMitreSuffix(String value) {
    Matcher m = MITRE_SUFFIX.matcher(value.strip());
    return m.matches()
        ? new Named(m.group(1).strip(), Optional.of(m.group(2)))
        : new Named(value.strip(), Optional.empty());
  }

  private static final Map<String, String> HASHES =
      Map.ofEntries(
          Map.entry("md5", "MD5"),
          Map.entry("sha1", "SHA-1"),
          Map.entry("sha224", "SHA-224"),
          Map.entry("sha256", "SHA-256"),
          Map.entry("sha384", "SHA-384"),
          Map.entry("sha512", "SHA-512"),
          Map.entry("sha3-256", "SHA3-256"),
          Map.entry("sha3-512", "SHA3-512"),
          Map.entry("ssdeep", "SSDEEP"),
          Map.entry("tlsh", "TLSH"));

  /** The STIX hash algorithm name of a MISP hash type ({@code sha256} → {@code SHA-256}). */
  static Optional<String> hashAlgorithm(String mispType) {
    return Optional.ofNullable(HASHES.get(mispType));
  }

  /** The MISP hash type of a STIX hash algorithm name. */
  static Optional<String> mispHashType(String algorithm) {
    return HASHES.entrySet().stream()
        .filter(e -> e.getValue().equalsIgnoreCase(algorithm))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
