package dev.lantern.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON Canonicalization Scheme (RFC 8785) for the plain Java values that make up ID-contributing
 * properties: String, Boolean, integral numbers, finite doubles, List and Map with String keys.
 *
 * <p>Design note: members are sorted by their names' UTF-16 code units, which is exactly {@link
 * String#compareTo}; strings escape only what RFC 8785 requires (quote, backslash, control
 * characters, with the short forms for backspace, tab, newline, form feed and carriage return and
 * lowercase six-character escapes for the other control characters); integers print in plain
 * decimal. Non-integral doubles use the shortest round-trip form ({@link Double#toString})
 * rewritten to ECMAScript's exponent rules; STIX's contributing properties are strings and
 * integers, so this branch only serves values nested in extensions. Jackson trees ({@link RawJson},
 * {@link JsonNode}) are canonicalised the same way.
 */
final class CanonicalJson {
  private CanonicalJson() {}

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof RawJson raw) {
      appendNode(sb, raw.node());
    } else if (value instanceof JsonNode node) {
      appendNode(sb, node);
    } else if (value instanceof Identifier id) {
      appendString(sb, id.toString());
    } else if (value instanceof String s) {
      appendString(sb, s);
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      sb.append(value);
    } else if (value instanceof Number n) {
      appendNumber(sb, n);
    } else if (value instanceof Map<?, ?> map) {
      List<String> keys = new ArrayList<>();
      for (Object k : map.keySet()) {
        keys.add(String.valueOf(k));
      }
      keys.sort(null);
      sb.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        appendString(sb, keys.get(i));
        sb.append(':');
        append(sb, map.get(keys.get(i)));
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        append(sb, list.get(i));
      }
      sb.append(']');
    } else {
      throw new InvalidStixException(
          "cannot canonicalise a " + value.getClass().getSimpleName() + " as JSON");
    }
  }

  private static void appendNode(StringBuilder sb, JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> members = new java.util.HashMap<>();
      node.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
      append(sb, members);
    } else if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.elements().forEachRemaining(items::add);
      append(sb, items);
    } else if (node.isTextual()) {
      appendString(sb, node.textValue());
    } else if (node.isBoolean()) {
      sb.append(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      sb.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      appendNumber(sb, node.doubleValue());
    } else {
      sb.append("null");
    }
  }

  private static void appendNumber(StringBuilder sb, Number n) {
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new InvalidStixException("JSON has no representation for " + d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      sb.append(new BigDecimal(d).toBigInteger());
      return;
    }
    String java = Double.toString(d);
    int e = java.indexOf('E');
    if (e < 0) {
      sb.append(java);
      return;
    }
    // Java "1.0E-7" -> ECMAScript "1e-7"; "1.5E22" -> "1.5e+22"
    String mantissa = java.substring(0, e);
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    String exp = java.substring(e + 1);
    int exponent = Integer.parseInt(exp);
    if (exponent >= -6 && exponent < 0) {
      sb.append(new BigDecimal(java).toPlainString());
      return;
    }
    sb.append(mantissa).append('e').append(exponent > 0 ? "+" : "").append(exponent);
  }

  private static void appendString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
