package dev.lantern.store.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.StixObject;
import java.util.Collection;

/**
 * MISP event JSON to STIX 2.1 and back. See {@code docs/interop.md} for the mapping and for what
 * each direction cannot carry.
 *
 * <p>Both directions are pure functions: deterministic (the same event gives the same bundle, ids
 * included, so re-importing creates nothing new) and thread-safe.
 */
public final class Misp {
  private Misp() {}

  /**
   * Converts one MISP event ({@code {"Event": {...}}} or the bare event object) to a bundle: a
   * report for the event, observables and indicators for its attributes, groupings for its MISP
   * objects, intrusion sets, malware, tools and attack patterns for its galaxy clusters, the TLP
   * marking definitions it uses, and relationships between them.
   *
   * @param mispEventJson the parsed event
   * @param sourceName the file, URL or feed it came from, for error messages and nothing else
   * @throws InvalidMispException naming {@code sourceName} and the JSON path when the event is
   *     malformed, an attribute has a type MISP does not define, or a value does not fit its type;
   *     nothing is converted then
   */
  public static Bundle toStix(JsonNode mispEventJson, String sourceName) {
    return MispToStix.convert(mispEventJson, sourceName);
  }

  /**
   * Exports objects as one MISP event ({@code {"Event": {...}}}). When the objects hold exactly one
   * report, the event is that report; otherwise the event is named {@code info}. Objects MISP
   * cannot represent are left out as {@code docs/interop.md} lists; nothing is thrown for them.
   *
   * @param objects the objects to export, several versions of one id allowed (the latest is used)
   * @param info the event's {@code info} when the objects do not hold exactly one report
   */
  public static ObjectNode toMisp(Collection<StixObject> objects, String info) {
    return StixToMisp.convert(objects, info);
  }
}
