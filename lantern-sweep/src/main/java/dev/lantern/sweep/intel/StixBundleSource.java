package dev.lantern.sweep.intel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.stix.StixException;
import dev.lantern.stix.pattern.BooleanOperator;
import dev.lantern.stix.pattern.Comparison;
import dev.lantern.stix.pattern.ComparisonExpression;
import dev.lantern.stix.pattern.ComparisonOperator;
import dev.lantern.stix.pattern.CompoundComparison;
import dev.lantern.stix.pattern.CompoundObservation;
import dev.lantern.stix.pattern.Literal;
import dev.lantern.stix.pattern.Observation;
import dev.lantern.stix.pattern.ObservationExpression;
import dev.lantern.stix.pattern.ObservationOperator;
import dev.lantern.stix.pattern.Pattern;
import dev.lantern.stix.pattern.QualifiedObservation;
import dev.lantern.stix.pattern.SetLiteral;
import dev.lantern.stix.pattern.StringLiteral;
import dev.lantern.sweep.IndicatorType;
import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code indicator} objects of a STIX 2.1 bundle, through their STIX patterns.
 *
 * <p>Sweepable comparisons are {@code =}, {@code IN} and {@code ISSUBSET} (not negated) on {@code
 * ipv4-addr:value}, {@code ipv6-addr:value} (CIDR values allowed), {@code domain-name:value},
 * {@code url:value}, {@code email-addr:value}, {@code file:hashes.(MD5|SHA-1|SHA-256|SHA-512)} and
 * the {@code value} of a {@code network-traffic} {@code src_ref}/{@code dst_ref} or an {@code
 * email-message} {@code from_ref}/{@code sender_ref}/{@code to_ref}; {@code *_ref.type} comparisons
 * are accepted as type guards. Every value of an OR counts on its own; under AND (or FOLLOWEDBY)
 * every comparison must be sweepable, else the whole indicator is rejected, because a sweep cannot
 * check the rest of the condition. Qualifiers (WITHIN, REPEATS, START/STOP) are not checked.
 * Rejections name the indicator id and the comparison.
 */
final class StixBundleSource implements IndicatorSource {
  private final String name;
  private final Path path;

  StixBundleSource(String name, Path path) {
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
    JsonNode objects = root.get("objects");
    if (!"bundle".equals(JsonFiles.text(root, "type")) || objects == null || !objects.isArray()) {
      throw new InvalidIntelException(
          name + ": not a STIX bundle (expected {\"type\": \"bundle\", \"objects\": [...]})");
    }
    int index = 0;
    for (JsonNode o : objects) {
      if ("indicator".equals(JsonFiles.text(o, "type"))) {
        String id = JsonFiles.text(o, "id");
        indicator(
            builder,
            name,
            id.isEmpty() ? "objects[" + index + "]" : id,
            JsonFiles.text(o, "pattern_type"),
            JsonFiles.text(o, "pattern"));
      }
      index++;
    }
  }

  /** Adds one STIX indicator's sweepable values, or rejects it naming {@code id}. */
  static void indicator(
      IndicatorIndex.Builder builder, String name, String id, String patternType, String text) {
    if (!patternType.isEmpty() && !patternType.equals("stix")) {
      builder.reject(name, id, "pattern_type '" + patternType + "' is not STIX patterning");
      return;
    }
    if (text.isEmpty()) {
      builder.reject(name, id, "indicator has no pattern");
      return;
    }
    Pattern pattern;
    try {
      pattern = Pattern.parse(text);
    } catch (StixException e) {
      builder.reject(name, id, e.getMessage());
      return;
    }
    List<Value> values = new ArrayList<>();
    List<String> unsupported = new ArrayList<>();
    boolean fatal = observation(pattern.root(), false, values, unsupported);
    if (fatal) {
      builder.reject(
          name,
          id,
          "pattern needs " + String.join("; ", unsupported) + ", which a sweep cannot check");
      return;
    }
    for (Value v : values) {
      Optional<String> problem = builder.add(v.type, v.text, id);
      if (problem.isPresent()) {
        builder.reject(name, id, problem.get() + " in " + v.comparison);
      }
    }
    if (!unsupported.isEmpty()) {
      builder.reject(
          name,
          id,
          "partly swept: " + String.join("; ", unsupported) + " cannot be checked by a sweep");
    }
  }

  private record Value(IndicatorType type, String text, String comparison) {}

  /** Collects values; returns true when an unsupported comparison sits under AND/FOLLOWEDBY. */
  private static boolean observation(
      ObservationExpression e, boolean underAnd, List<Value> out, List<String> unsupported) {
    if (e instanceof Observation o) {
      return comparison(o.comparison(), underAnd, out, unsupported);
    }
    if (e instanceof QualifiedObservation q) {
      return observation(q.expression(), underAnd, out, unsupported);
    }
    CompoundObservation c = (CompoundObservation) e;
    boolean and = underAnd || c.op() != ObservationOperator.OR;
    boolean fatal = false;
    for (ObservationExpression operand : c.operands()) {
      fatal |= observation(operand, and, out, unsupported);
    }
    return fatal;
  }

  private static boolean comparison(
      ComparisonExpression e, boolean underAnd, List<Value> out, List<String> unsupported) {
    if (e instanceof CompoundComparison c) {
      boolean and = underAnd || c.op() == BooleanOperator.AND;
      boolean fatal = false;
      for (ComparisonExpression operand : c.operands()) {
        fatal |= comparison(operand, and, out, unsupported);
      }
      return fatal;
    }
    Comparison c = (Comparison) e;
    if (leaf(c, out)) {
      return false;
    }
    unsupported.add("'" + c + "'");
    return underAnd;
  }

  /** Adds the values of a sweepable comparison; returns false when it is not sweepable. */
  private static boolean leaf(Comparison c, List<Value> out) {
    String type = c.path().objectType();
    String property = c.path().propertyPath().replace("'", "");
    if (property.endsWith("_ref.type") && c.op() == ComparisonOperator.EQUAL && !c.negated()) {
      return true;
    }
    Optional<IndicatorType> kind = kind(type, property);
    if (kind.isEmpty() || c.negated()) {
      return false;
    }
    String shown = c.toString();
    switch (c.op()) {
      case EQUAL, ISSUBSET:
        if (c.op() == ComparisonOperator.ISSUBSET
            && kind.get() != IndicatorType.IPV4
            && kind.get() != IndicatorType.IPV6) {
          return false;
        }
        if (!(c.value() instanceof StringLiteral s)) {
          return false;
        }
        out.add(new Value(kind.get(), s.value(), shown));
        return true;
      case IN:
        List<Value> values = new ArrayList<>();
        for (Literal l : ((SetLiteral) c.value()).elements()) {
          if (!(l instanceof StringLiteral s)) {
            return false;
          }
          values.add(new Value(kind.get(), s.value(), shown));
        }
        out.addAll(values);
        return true;
      default:
        return false;
    }
  }

  private static Optional<IndicatorType> kind(String type, String property) {
    switch (type) {
      case "ipv4-addr":
        return property.equals("value") ? Optional.of(IndicatorType.IPV4) : Optional.empty();
      case "ipv6-addr":
        return property.equals("value") ? Optional.of(IndicatorType.IPV6) : Optional.empty();
      case "domain-name":
        return property.equals("value") ? Optional.of(IndicatorType.DOMAIN) : Optional.empty();
      case "url":
        return property.equals("value") ? Optional.of(IndicatorType.URL) : Optional.empty();
      case "email-addr":
        return property.equals("value") ? Optional.of(IndicatorType.EMAIL) : Optional.empty();
      case "file":
        if (property.startsWith("hashes.")) {
          String algorithm =
              property.substring("hashes.".length()).toUpperCase(Locale.ROOT).replace("-", "");
          return switch (algorithm) {
            case "MD5" -> Optional.of(IndicatorType.MD5);
            case "SHA1" -> Optional.of(IndicatorType.SHA1);
            case "SHA256" -> Optional.of(IndicatorType.SHA256);
            case "SHA512" -> Optional.of(IndicatorType.SHA512);
            default -> Optional.empty();
          };
        }
        return Optional.empty();
      case "network-traffic":
        return property.equals("src_ref.value") || property.equals("dst_ref.value")
            ? Optional.of(IndicatorType.IPV4)
            : Optional.empty();
      case "email-message":
        return property.matches("(from|sender|to|cc|bcc)_refs?(\\[\\*\\]|\\[\\d+\\])?\\.value")
            ? Optional.of(IndicatorType.EMAIL)
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }
}
