package dev.lantern.stix;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An uninterpreted JSON value: an unknown property, a custom object's content, an extension's body.
 * Kept as a private deep copy so the record stays immutable; {@link #node()} hands out a fresh copy
 * each time. Equality is structural (object member order does not matter).
 */
public record RawJson(JsonNode node) {

  public RawJson {
    if (node == null) {
      throw new InvalidStixException("a raw JSON value cannot be null; use NullNode for JSON null");
    }
    node = node.deepCopy();
  }

  /** A deep copy of the value; changing it does not change this record. */
  @Override
  public JsonNode node() {
    return node.deepCopy();
  }

  /** The value as compact JSON text. */
  @Override
  public String toString() {
    return node.toString();
  }
}
