package dev.lantern.stix.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.GranularMarking;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.KillChainPhase;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.vocab.OpinionValue;
import dev.lantern.stix.vocab.Vocabulary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the JSON object for one record, in the order properties are put. Absent values, empty
 * collections and {@code false} flags are omitted; a property put twice (an unknown property that
 * collides with a modelled one) is an error rather than a silent overwrite.
 */
final class Out {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ObjectNode node = NODES.objectNode();
  private final String objectId;

  Out(String objectId) {
    this.objectId = objectId;
  }

  ObjectNode node() {
    return node;
  }

  void put(String name, Object value) {
    JsonNode v = toNode(value);
    if (v != null) {
      set(name, v);
    }
  }

  void always(String name, boolean value) {
    set(name, NODES.booleanNode(value));
  }

  void always(String name, long value) {
    set(name, NODES.numberNode(value));
  }

  void flag(String name, boolean value) {
    if (value) {
      set(name, NODES.booleanNode(true));
    }
  }

  /** Writes unknown properties after the modelled ones. */
  void extra(Map<String, RawJson> extra) {
    extra.forEach((k, v) -> set(k, v.node()));
  }

  private void set(String name, JsonNode value) {
    if (node.has(name)) {
      throw new InvalidStixException(
          objectId,
          "$." + name,
          "property "
              + name
              + " is given twice (is an unknown property named like a modelled one?)",
          null);
    }
    node.set(name, value);
  }

  private JsonNode toNode(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional<?> o) {
      return o.map(this::toNode).orElse(null);
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Instant t) {
      return NODES.textNode(StixTimestamp.format(t));
    }
    if (value instanceof dev.lantern.stix.StixType t) {
      return NODES.textNode(t.value());
    }
    if (value instanceof Identifier id) {
      return NODES.textNode(id.toString());
    }
    if (value instanceof Vocabulary v) {
      return NODES.textNode(v.value());
    }
    if (value instanceof OpinionValue v) {
      return NODES.textNode(v.value());
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new InvalidStixException(objectId + ": JSON cannot hold the number " + d);
      }
      return NODES.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof RawJson raw) {
      return raw.node();
    }
    if (value instanceof KillChainPhase k) {
      Out o = new Out(objectId);
      o.put("kill_chain_name", k.killChainName());
      o.put("phase_name", k.phaseName());
      o.extra(k.extra());
      return o.node;
    }
    if (value instanceof ExternalReference r) {
      Out o = new Out(objectId);
      o.put("source_name", r.sourceName());
      o.put("description", r.description());
      o.put("url", r.url());
      o.put("hashes", r.hashes());
      o.put("external_id", r.externalId());
      o.extra(r.extra());
      return o.node;
    }
    if (value instanceof GranularMarking g) {
      Out o = new Out(objectId);
      o.put("lang", g.lang());
      o.put("marking_ref", g.markingRef());
      o.put("selectors", g.selectors());
      o.extra(g.extra());
      return o.node;
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return null;
      }
      ArrayNode a = NODES.arrayNode(list.size());
      list.forEach(item -> a.add(toNode(item)));
      return a;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return null;
      }
      ObjectNode o = NODES.objectNode();
      map.forEach(
          (k, v) -> o.set(k instanceof Vocabulary voc ? voc.value() : k.toString(), toNode(v)));
      return o;
    }
    throw new IllegalStateException("no JSON form for " + value.getClass().getName());
  }
}
