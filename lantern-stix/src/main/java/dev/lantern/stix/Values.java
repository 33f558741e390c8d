package dev.lantern.stix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guards every record constructor of this package applies to its components: required values
 * present, optional values never {@code null}, collections copied into immutable ones (maps keep
 * their order, so unknown properties are written back where they were).
 */
final class Values {
  private Values() {}

  static <T> T require(T value, String property) {
    if (value == null) {
      throw new InvalidStixException("required property " + property + " is missing");
    }
    return value;
  }

  static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static <T> List<T> copy(List<T> list) {
    if (list == null) {
      return List.of();
    }
    for (T item : list) {
      if (item == null) {
        throw new InvalidStixException("lists in STIX objects cannot contain null");
      }
    }
    return List.copyOf(list);
  }

  static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new InvalidStixException("maps in STIX objects cannot hold null keys or values");
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }
}
