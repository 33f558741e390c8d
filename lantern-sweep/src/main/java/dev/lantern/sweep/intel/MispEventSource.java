package dev.lantern.sweep.intel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.sweep.IndicatorType;
import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * MISP event JSON: {@code {"Event": {...}}}, a {@code {"response": [...]}} search result, or a list
 * of events. Attributes are taken from {@code Event.Attribute[]} and {@code
 * Event.Object[].Attribute[]}; composite types ({@code ip-dst|port}, {@code domain|ip}, {@code
 * filename|sha256}) contribute their sweepable halves. Attributes of other types are rejected by
 * uuid with the type named.
 */
final class MispEventSource implements IndicatorSource {
  private final String name;
  private final Path path;

  MispEventSource(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void loadInto(IndicatorIndex.Builder builder) {
    JsonNode root = JsonFiles.read(name, path);
    int events = 0;
    if (root.has("response")) {
      root = root.get("response");
    }
    if (root.isArray()) {
      for (JsonNode e : root) {
        events += event(e, builder);
      }
    } else {
      events += event(root, builder);
    }
    if (events == 0) {
      throw new InvalidIntelException(
          name + ": no MISP event found (expected {\"Event\": {\"Attribute\": [...]}})");
    }
  }

  private int event(JsonNode node, IndicatorIndex.Builder builder) {
    JsonNode event = node.has("Event") ? node.get("Event") : node;
    if (!event.isObject() || (!event.has("Attribute") && !event.has("Object"))) {
      return 0;
    }
    attributes(event.get("Attribute"), builder);
    JsonNode objects = event.get("Object");
    if (objects != null && objects.isArray()) {
      for (JsonNode o : objects) {
        attributes(o.get("Attribute"), builder);
      }
    }
    return 1;
  }

  private void attributes(JsonNode list, IndicatorIndex.Builder builder) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (JsonNode a : list) {
      String type = JsonFiles.text(a, "type").toLowerCase(Locale.ROOT);
      String value = JsonFiles.text(a, "value");
      String uuid = JsonFiles.text(a, "uuid");
      String ref = uuid.isEmpty() ? null : uuid;
      String where = ref == null ? "attribute " + type + " (no uuid)" : "attribute " + uuid;
      Optional<String> problem = add(builder, type, value, ref);
      if (problem.isPresent()) {
        builder.reject(name, where, problem.get());
      }
    }
  }

  private static Optional<String> add(
      IndicatorIndex.Builder builder, String type, String value, String ref) {
    if (value.isBlank()) {
      return Optional.of("attribute has no value");
    }
    int bar = type.indexOf('|');
    if (bar >= 0) {
      String[] types = type.split("\\|", 2);
      String[] values = value.split("\\|", 2);
      if (values.length != 2) {
        return Optional.of("composite type " + type + " but the value has no '|'");
      }
      Optional<IndicatorType> first = mispType(types[0]);
      Optional<IndicatorType> second = mispType(types[1]);
      if (first.isEmpty() && second.isEmpty()) {
        return Optional.of("MISP type " + type + " is not sweepable");
      }
      if (first.isPresent()) {
        Optional<String> p = builder.add(first.get(), values[0], ref);
        if (p.isPresent()) {
          return p;
        }
      }
      return second.isPresent() ? builder.add(second.get(), values[1], ref) : Optional.empty();
    }
    Optional<IndicatorType> t = mispType(type);
    return t.isPresent()
        ? builder.add(t.get(), value, ref)
        : Optional.of("MISP type " + type + " is not sweepable");
  }

  private static Optional<IndicatorType> mispType(String type) {
    return switch (type) {
      case "ip-src", "ip-dst", "ip" -> Optional.of(IndicatorType.IPV4);
      case "domain", "hostname" -> Optional.of(IndicatorType.DOMAIN);
      case "url", "uri", "link" -> Optional.of(IndicatorType.URL);
      case "email", "email-src", "email-dst", "email-reply-to" -> Optional.of(IndicatorType.EMAIL);
      case "md5", "sha1", "sha256", "sha512" -> IndicatorType.fromName(type);
      default -> Optional.empty();
    };
  }
}
