package dev.lantern.cli.interop;

import java.util.Map;

/** The public homes of the knowledge bases {@code lantern import --download} knows by name. */
final class PublicSources {
  private PublicSources() {}

  private static final String ATTACK =
      "https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/";
  private static final String GALAXY =
      "https://raw.githubusercontent.com/MISP/misp-galaxy/main/clusters/";

  private static final Map<String, String> NAMED =
      Map.of(
          "attack-enterprise", ATTACK + "enterprise-attack/enterprise-attack.json",
          "attack-mobile", ATTACK + "mobile-attack/mobile-attack.json",
          "attack-ics", ATTACK + "ics-attack/ics-attack.json");

  /**
   * The URL for a source name, {@code galaxy:NAME}, or an http(s) URL given as it is.
   *
   * @throws IllegalArgumentException naming the known sources when the name is none of them
   */
  static String url(String name) {
    if (NAMED.containsKey(name)) {
      return NAMED.get(name);
    }
    if (name.startsWith("galaxy:") && name.substring(7).matches("[a-z0-9-]+")) {
      return GALAXY + name.substring(7) + ".json";
    }
    if (name.startsWith("https://") || name.startsWith("http://")) {
      return name;
    }
    throw new IllegalArgumentException(
        "unknown source '"
            + name
            + "'; use attack-enterprise, attack-mobile, attack-ics, galaxy:NAME or a URL");
  }
}
