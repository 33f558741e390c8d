package dev.lantern.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.stix.pattern.Comparison;
import dev.lantern.stix.pattern.ComparisonExpression;
import dev.lantern.stix.pattern.ComparisonOperator;
import dev.lantern.stix.pattern.CompoundComparison;
import dev.lantern.stix.pattern.CompoundObservation;
import dev.lantern.stix.pattern.Literal;
import dev.lantern.stix.pattern.Observation;
import dev.lantern.stix.pattern.ObservationExpression;
import dev.lantern.stix.pattern.Pattern;
import dev.lantern.stix.pattern.PatternSyntaxException;
import dev.lantern.stix.pattern.QualifiedObservation;
import dev.lantern.stix.pattern.SetLiteral;
import dev.lantern.stix.pattern.StringLiteral;
import dev.lantern.stix.vocab.PatternType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the store records about one object version besides its JSON: the facts its indexes hold.
 *
 * <p>Design note: facts are read from the JSON tree {@code StixJson} writes rather than from each
 * record type, so custom objects ({@code GenericObject}) and unknown properties ({@code x_…}) are
 * indexed the same way as modelled ones: every top-level {@code *_ref}/{@code *_refs} becomes a
 * reference row, every top-level {@code x_…} string joins the searchable text. Only indicator
 * patterns need the model (the pattern parser). Values longer than {@link #MAX_VALUE_LENGTH} are
 * not put in the value index (database b-tree rows are bounded); they stay searchable as text. NUL
 * characters, which PostgreSQL text cannot hold, become spaces outside the stored JSON.
 *
 * @param object the version
 * @param json exactly what is stored
 * @param modifiedKey {@link TimeKey} of {@code modified}; empty for observables
 * @param lang the {@code lang} tag
 * @param name name, value (observables) or abstract, for display and ranking
 * @param body the other searchable text
 * @param values normalised correlation values
 * @param refs outgoing references other than markings
 * @param markings {@code object_marking_refs}
 */
public record ObjectFacts(
    StixObject object,
    String json,
    Optional<String> modifiedKey,
    Optional<String> lang,
    Optional<String> name,
    String body,
    Set<IndexedValue> values,
    Set<Ref> refs,
    List<String> markings) {

  /** The longest value (in characters) that goes into the value index. */
  public static final int MAX_VALUE_LENGTH = 512;

  private static final int MAX_ID_LENGTH = 300;
  private static final List<String> BODY_PROPERTIES =
      List.of("description", "content", "abstract", "explanation", "objective", "aliases");

  /**
   * A value in the correlation index.
   *
   * @param value normalised with {@link Identifier#normaliseName}
   * @param source where it came from: {@code value}, {@code hashes}, {@code name}, {@code alias},
   *     {@code pattern}
   */
  public record IndexedValue(String value, String source) {}

  /**
   * The value-index source of an identity's {@code sectors}: indexed for the search filter by
   * sector, not for name lookups.
   */
  public static final String SECTOR_SOURCE = "sector";

  /**
   * An outgoing reference.
   *
   * @param property e.g. {@code object_refs}
   * @param target the referenced id as written
   */
  public record Ref(String property, String target) {}

  /**
   * Computes the facts of one object version.
   *
   * @throws dev.lantern.stix.InvalidStixException when the object cannot be written as JSON
   */
  public static ObjectFacts of(StixObject o) {
    ObjectNode tree = StixJson.standard().toTree(o);
    Optional<String> modifiedKey = o.common().modified().map(TimeKey::of);
    Optional<String> name =
        text(tree, "name")
            .or(() -> text(tree, "value"))
            .or(() -> text(tree, "abstract"))
            .map(ObjectFacts::withoutNul);
    Optional<String> lang = o.common().lang().map(ObjectFacts::withoutNul);

    StringBuilder body = new StringBuilder();
    for (String property : BODY_PROPERTIES) {
      appendText(body, tree.get(property));
    }
    Set<Ref> refs = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      String key = field.getKey();
      if (key.startsWith("x_")) {
        appendText(body, field.getValue());
      }
      if (key.equals("object_marking_refs")) {
        continue;
      }
      if (key.endsWith("_ref") && field.getValue().isTextual()) {
        addRef(refs, key, field.getValue().asText());
      } else if (key.endsWith("_refs") && field.getValue().isArray()) {
        for (JsonNode element : field.getValue()) {
          if (element.isTextual()) {
            addRef(refs, key, element.asText());
          }
        }
      }
    }

    Set<IndexedValue> values = new LinkedHashSet<>();
    if (o.type().isObservable()) {
      addValue(values, tree.get("value"), "value");
      JsonNode hashes = tree.get("hashes");
      if (hashes != null && hashes.isObject()) {
        hashes.forEach(h -> addValue(values, h, "hashes"));
      }
      addValue(values, tree.get("name"), "name");
    } else {
      addValue(values, tree.get("name"), "name");
      JsonNode sectors = tree.get("sectors");
      if (sectors != null && sectors.isArray()) {
        sectors.forEach(sector -> addValue(values, sector, SECTOR_SOURCE));
      }
      for (String aliasProperty : List.of("aliases", "x_mitre_aliases")) {
        JsonNode aliases = tree.get(aliasProperty);
        if (aliases != null && aliases.isArray()) {
          aliases.forEach(a -> addValue(values, a, "alias"));
        }
      }
    }
    if (o instanceof Indicator indicator && indicator.patternType().equals(PatternType.STIX)) {
      patternValues(indicator.pattern()).forEach(v -> addValue(values, v, "pattern"));
    }
    List<String> markings =
        o.common().objectMarkingRefs().stream().map(Identifier::toString).distinct().toList();
    return new ObjectFacts(
        o,
        tree.toString(),
        modifiedKey,
        lang,
        name,
        withoutNul(body.toString()).strip(),
        values,
        refs,
        markings);
  }

  /** The text to match search words against: name then body, lower-cased. */
  public String searchName() {
    return name.map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
  }

  /** The body, lower-cased for search (independent of the database locale). */
  public String searchBody() {
    return body.toLowerCase(Locale.ROOT);
  }

  /** Strings compared for equality in a STIX pattern; empty when it does not parse. */
  static List<String> patternValues(String pattern) {
    List<String> out = new ArrayList<>();
    try {
      collect(Pattern.parse(pattern).root(), out);
    } catch (PatternSyntaxException | IllegalArgumentException e) {
      // An unparseable pattern is the validator's business; it simply adds nothing to the index.
    }
    return out;
  }

  private static void collect(ObservationExpression e, List<String> out) {
    if (e instanceof Observation obs) {
      collect(obs.comparison(), out);
    } else if (e instanceof CompoundObservation compound) {
      compound.operands().forEach(op -> collect(op, out));
    } else if (e instanceof QualifiedObservation qualified) {
      collect(qualified.expression(), out);
    }
  }

  private static void collect(ComparisonExpression e, List<String> out) {
    if (e instanceof Comparison c && !c.negated()) {
      if (c.op() == ComparisonOperator.EQUAL) {
        literal(c.value(), out);
      } else if (c.op() == ComparisonOperator.IN && c.value() instanceof SetLiteral set) {
        set.elements().forEach(l -> literal(l, out));
      }
    } else if (e instanceof CompoundComparison compound) {
      compound.operands().forEach(op -> collect(op, out));
    }
  }

  private static void literal(Literal l, List<String> out) {
    if (l instanceof StringLiteral s) {
      out.add(s.value());
    }
  }

  /**
   * NUL characters are legal in JSON strings but PostgreSQL text refuses them; outside the stored
   * JSON (where they stay escaped) they become spaces.
   */
  static String withoutNul(String text) {
    return text.indexOf('\0') < 0 ? text : text.replace('\0', ' ');
  }

  private static Optional<String> text(ObjectNode tree, String property) {
    JsonNode node = tree.get(property);
    return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static void appendText(StringBuilder body, JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      body.append(node.asText()).append('\n');
    } else if (node.isArray()) {
      node.forEach(element -> appendText(body, element));
    }
  }

  private static void addRef(Set<Ref> refs, String property, String target) {
    if (target.length() <= MAX_ID_LENGTH && target.indexOf('\0') < 0) {
      refs.add(new Ref(property, target));
    }
  }

  private static void addValue(Set<IndexedValue> values, JsonNode node, String source) {
    if (node != null && node.isTextual()) {
      addValue(values, node.asText(), source);
    }
  }

  private static void addValue(Set<IndexedValue> values, String raw, String source) {
    String value = Identifier.normaliseName(withoutNul(raw));
    if (!value.isEmpty() && value.length() <= MAX_VALUE_LENGTH) {
      values.add(new IndexedValue(value, source));
    }
  }
}
