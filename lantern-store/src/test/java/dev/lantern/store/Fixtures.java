package dev.lantern.store;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;

/** Small STIX objects written as JSON, so each test reads like the data it stores. */
final class Fixtures {
  private Fixtures() {}

  static StixObject read(String json) {
    return StixJson.standard().readObject(json);
  }

  static Identifier newId(String type) {
    return Identifier.random(StixType.of(type));
  }

  static StixObject intrusionSet(Identifier id, String modified, String name, String... aliases) {
    StringBuilder a = new StringBuilder();
    for (String alias : aliases) {
      a.append(a.length() == 0 ? "" : ",").append('"').append(alias).append('"');
    }
    return read(
        """
        {"type":"intrusion-set","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
         "modified":"%s","name":"%s","aliases":[%s]}"""
            .formatted(id, modified, name, a));
  }

  static StixObject malware(Identifier id, String modified, String name, boolean revoked) {
    return read(
        """
        {"type":"malware","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
         "modified":"%s","name":"%s","is_family":true,"revoked":%s}"""
            .formatted(id, modified, name, revoked));
  }

  static StixObject relationship(
      Identifier id, String type, Identifier source, Identifier target, String description) {
    return read(
        """
        {"type":"relationship","spec_version":"2.1","id":"%s","created":"2024-02-06T00:00:00Z",
         "modified":"2024-02-06T00:00:00Z","relationship_type":"%s","source_ref":"%s",
         "target_ref":"%s","description":"%s"}"""
            .formatted(id, type, source, target, description));
  }

  static StixObject report(
      Identifier id, String modified, String name, String description, Identifier... refs) {
    StringBuilder r = new StringBuilder();
    for (Identifier ref : refs) {
      r.append(r.length() == 0 ? "" : ",").append('"').append(ref).append('"');
    }
    return read(
        """
        {"type":"report","spec_version":"2.1","id":"%s","created":"2024-02-06T00:00:00Z",
         "modified":"%s","name":"%s","description":"%s","published":"2024-02-06T00:00:00Z",
         "object_refs":[%s]}"""
            .formatted(id, modified, name, description, r));
  }

  static StixObject ipv4(String value) {
    return read(
        """
        {"type":"ipv4-addr","spec_version":"2.1","id":"%s","value":"%s"}"""
            .formatted(dev.lantern.stix.Ipv4Addr.idFor(value), value));
  }

  static StixObject indicator(Identifier id, String pattern) {
    return read(
        """
        {"type":"indicator","spec_version":"2.1","id":"%s","created":"2024-02-06T00:00:00Z",
         "modified":"2024-02-06T00:00:00Z","pattern":"%s","pattern_type":"stix",
         "valid_from":"2024-02-06T00:00:00Z"}"""
            .formatted(id, pattern));
  }
}
