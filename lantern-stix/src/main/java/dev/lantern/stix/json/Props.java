package dev.lantern.stix.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.GranularMarking;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.KillChainPhase;
import dev.lantern.stix.RawJson;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixTimestamp;
import dev.lantern.stix.vocab.HashAlgorithm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A cursor over one JSON object being mapped to a record: typed accessors that report errors with
 * the object id and JSON path, and that remember which properties were consumed so that {@link
 * #rest()} can return the unknown ones, in input order. Not thread-safe; one per object read.
 */
final class Props {
  private final ObjectNode node;
  private final String path;
  private final String objectId;
  private final Set<String> consumed = new HashSet<>();

  Props(ObjectNode node, String path, String objectId) {
    this.node = node;
    this.path = path;
    this.objectId = objectId;
  }

  String path(String property) {
    return path + "." + property;
  }

  InvalidStixException error(String where, String problem, Throwable cause) {
    return new InvalidStixException(objectId, where, problem, cause);
  }

  /** Marks a property as handled without reading it (e.g. {@code type}). */
  void skip(String name) {
    consumed.add(name);
  }

  private JsonNode take(String name) {
    consumed.add(name);
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private JsonNode required(String name) {
    JsonNode v = take(name);
    if (v == null) {
      throw error(path(name), "required property " + name + " is missing", null);
    }
    return v;
  }

  private String text(JsonNode v, String where) {
    if (!v.isTextual()) {
      throw error(where, "expected a string but found " + kind(v), null);
    }
    return v.textValue();
  }

  static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      default -> "null";
    };
  }

  private <T> T convert(String where, String raw, Function<String, T> f) {
    try {
      return f.apply(raw);
    } catch (StixException | IllegalArgumentException e) {
      throw error(where, e.getMessage(), e);
    }
  }

  String reqString(String name) {
    return text(required(name), path(name));
  }

  Optional<String> optString(String name) {
    JsonNode v = take(name);
    return v == null ? Optional.empty() : Optional.of(text(v, path(name)));
  }

  Instant reqTime(String name) {
    return convert(path(name), reqString(name), StixTimestamp::parse);
  }

  Optional<Instant> optTime(String name) {
    return optString(name).map(s -> convert(path(name), s, StixTimestamp::parse));
  }

  Identifier reqRef(String name) {
    return convert(path(name), reqString(name), Identifier::parse);
  }

  Optional<Identifier> optRef(String name) {
    return optString(name).map(s -> convert(path(name), s, Identifier::parse));
  }

  <V> V reqVocab(String name, Function<String, V> of) {
    return convert(path(name), reqString(name), of);
  }

  <V> Optional<V> optVocab(String name, Function<String, V> of) {
    return optString(name).map(s -> convert(path(name), s, of));
  }

  private List<JsonNode> array(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error(path(name), "expected an array but found " + kind(v), null);
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    v.elements().forEachRemaining(out::add);
    return out;
  }

  private <V> List<V> mapArray(String name, Function<String, V> f) {
    List<JsonNode> items = array(name);
    List<V> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String where = path(name) + "[" + i + "]";
      out.add(convert(where, text(items.get(i), where), f));
    }
    return out;
  }

  List<String> strings(String name) {
    return mapArray(name, s -> s);
  }

  List<Identifier> refs(String name) {
    return mapArray(name, Identifier::parse);
  }

  <V> List<V> vocabs(String name, Function<String, V> of) {
    return mapArray(name, of);
  }

  boolean reqBool(String name) {
    JsonNode v = required(name);
    if (!v.isBoolean()) {
      throw error(path(name), "expected true or false but found " + kind(v), null);
    }
    return v.booleanValue();
  }

  boolean bool(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw error(path(name), "expected true or false but found " + kind(v), null);
    }
    return v.booleanValue();
  }

  Optional<Integer> optInt(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(path(name), "expected an integer but found " + kind(v) + " " + v, null);
    }
    return Optional.of(v.intValue());
  }

  long reqLong(String name) {
    required(name);
    return optLong(name).orElseThrow();
  }

  Optional<Long> optLong(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw error(path(name), "expected an integer but found " + kind(v), null);
    }
    return Optional.of(v.longValue());
  }

  Optional<Double> optDouble(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw error(path(name), "expected a finite number but found " + kind(v) + " " + v, null);
    }
    return Optional.of(v.doubleValue());
  }

  Optional<RawJson> optRaw(String name) {
    JsonNode v = take(name);
    return v == null ? Optional.empty() : Optional.of(new RawJson(v));
  }

  private ObjectNode object(JsonNode v, String where) {
    if (!v.isObject()) {
      throw error(where, "expected an object but found " + kind(v), null);
    }
    return (ObjectNode) v;
  }

  Map<String, RawJson> rawMap(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return Map.of();
    }
    Map<String, RawJson> out = new LinkedHashMap<>();
    object(v, path(name)).properties().forEach(e -> out.put(e.getKey(), new RawJson(e.getValue())));
    return out;
  }

  Map<HashAlgorithm, String> hashes(String name) {
    JsonNode v = take(name);
    if (v == null) {
      return Map.of();
    }
    Map<HashAlgorithm, String> out = new LinkedHashMap<>();
    ObjectNode o = object(v, path(name));
    o.properties()
        .forEach(
            e -> {
              String where = path(name) + "." + e.getKey();
              out.put(convert(where, e.getKey(), HashAlgorithm::of), text(e.getValue(), where));
            });
    return out;
  }

  private List<Props> nested(String name) {
    List<JsonNode> items = array(name);
    List<Props> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String where = path(name) + "[" + i + "]";
      out.add(new Props(object(items.get(i), where), where, objectId));
    }
    return out;
  }

  List<KillChainPhase> killChainPhases(String name) {
    return nested(name).stream()
        .map(
            p ->
                new KillChainPhase(
                    p.reqString("kill_chain_name"), p.reqString("phase_name"), p.rest()))
        .toList();
  }

  List<ExternalReference> externalReferences(String name) {
    return nested(name).stream()
        .map(
            p ->
                new ExternalReference(
                    p.reqString("source_name"),
                    p.optString("description"),
                    p.optString("url"),
                    p.hashes("hashes"),
                    p.optString("external_id"),
                    p.rest()))
        .toList();
  }

  List<GranularMarking> granularMarkings(String name) {
    return nested(name).stream()
        .map(
            p ->
                new GranularMarking(
                    p.optRef("marking_ref"), p.optString("lang"), p.strings("selectors"), p.rest()))
        .toList();
  }

  /** The properties not consumed so far, in input order. */
  Map<String, RawJson> rest() {
    Map<String, RawJson> out = new LinkedHashMap<>();
    node.properties()
        .forEach(
            e -> {
              if (!consumed.contains(e.getKey())) {
                out.put(e.getKey(), new RawJson(e.getValue()));
              }
            });
    return out;
  }
}
