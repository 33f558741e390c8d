package dev.lantern.extract.entity;

/** The kinds of entity the recognizer reports, named as in Lantern's JSON output. */
public enum EntityType {
  INTRUSION_SET("intrusion-set"),
  THREAT_ACTOR("threat-actor"),
  MALWARE("malware"),
  TOOL("tool"),
  COUNTRY("country"),
  ORGANIZATION("organization"),
  SECTOR("sector");

  private final String jsonName;

  EntityType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name written in JSON and STIX-facing output, e.g. {@code intrusion-set}. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether this type names a threat group (intrusion set or threat actor). */
  public boolean isGroup() {
    return this == INTRUSION_SET || this == THREAT_ACTOR;
  }
}
