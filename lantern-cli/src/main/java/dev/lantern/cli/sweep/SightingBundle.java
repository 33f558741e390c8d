package dev.lantern.cli.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.Indicator;
import dev.lantern.sweep.SweepResult;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a sweep as a STIX 2.1 bundle: an {@code identity} for the sweeping organisation, one
 * {@code sighting} per indicator seen ({@code count}, {@code first_seen}/{@code last_seen} when the
 * log lines had times, {@code where_sighted_refs} → the identity), and an {@code indicator} object
 * for each indicator that did not come from STIX (its pattern built from the value), so that every
 * {@code sighting_of_ref} resolves. Plain JSON via Jackson (the STIX model API is not used yet).
 */
final class SightingBundle {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SightingBundle() {}

  static void write(SweepResult result, String organisation, Instant now, PrintWriter out)
      throws java.io.IOException {
    String stamp = now.truncatedTo(ChronoUnit.MILLIS).toString();
    ObjectNode bundle = MAPPER.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + UUID.randomUUID());
    ArrayNode objects = bundle.putArray("objects");
    String identity = "identity--" + nameUuid("identity:" + organisation);
    ObjectNode who = objects.addObject();
    common(who, "identity", identity, stamp);
    who.put("name", organisation);
    who.put("identity_class", "organization");
    Map<String, HitWriter.Seen> seen = HitWriter.Seen.group(result.hits());
    for (HitWriter.Seen s : seen.values()) {
      Hit first = s.hits.get(0);
      Indicator indicator = first.indicator();
      String ref = indicator.reference();
      if (!ref.startsWith("indicator--")) {
        ref = "indicator--" + nameUuid("indicator:" + indicator.type() + ":" + indicator.value());
        ObjectNode ind = objects.addObject();
        common(ind, "indicator", ref, stamp);
        ind.put("name", indicator.value());
        ind.put("pattern", pattern(indicator));
        ind.put("pattern_type", "stix");
        ind.put("valid_from", stamp);
        if (!indicator.reference().equals(indicator.value())) {
          ind.putArray("external_references")
              .addObject()
              .put("source_name", "source")
              .put("external_id", indicator.reference());
        }
      }
      ObjectNode sighting = objects.addObject();
      common(sighting, "sighting", "sighting--" + UUID.randomUUID(), stamp);
      sighting.put("sighting_of_ref", ref);
      sighting.put("count", s.hits.size());
      if (s.first != null) {
        sighting.put("first_seen", s.first.toString());
        sighting.put("last_seen", s.last.toString());
      }
      sighting.putArray("where_sighted_refs").add(identity);
    }
    MAPPER.writeValue(out, bundle);
    out.println();
    out.flush();
  }

  private static void common(ObjectNode o, String type, String id, String stamp) {
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    o.put("created", stamp);
    o.put("modified", stamp);
  }

  /** A STIX pattern that matches exactly this indicator's value. */
  static String pattern(Indicator i) {
    String path =
        switch (i.type()) {
          case IPV4 -> "ipv4-addr:value";
          case IPV6 -> "ipv6-addr:value";
          case DOMAIN -> "domain-name:value";
          case URL -> "url:value";
          case EMAIL -> "email-addr:value";
          case MD5 -> "file:hashes.MD5";
          case SHA1 -> "file:hashes.'SHA-1'";
          case SHA256 -> "file:hashes.'SHA-256'";
          case SHA512 -> "file:hashes.'SHA-512'";
        };
    String value = i.value().replace("\\", "\\\\").replace("'", "\\'");
    return "[" + path + " = '" + value + "']";
  }

  private static UUID nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
