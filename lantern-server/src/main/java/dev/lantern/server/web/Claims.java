package dev.lantern.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads attribution claims from stored STIX, generically: any object carrying an extension (or a
 * custom {@code x_lantern_claim*} property) whose body has a {@code stance} or a {@code claimant},
 * alone or as a list under {@code claims}. The field names read are the ones the claims mapping
 * uses or is likely to use ({@code claimant}/{@code claimant_ref}, {@code stance}, {@code
 * subject_ref}/{@code target_ref}/{@code about_ref}, {@code basis}, {@code confidence}, {@code
 * evidence} with {@code report_ref}, {@code start}/{@code end} or {@code offsets}, {@code quote}).
 * This is the one class to adapt when the claim format settles.
 */
public final class Claims {
  private Claims() {}

  /**
   * One claim.
   *
   * @param carrier the id of the object that carries it
   * @param claimant who makes the claim (an id or a name)
   * @param stance attributes, denies, disputes, …
   * @param subject what the claim is about (an id or a name), when given
   * @param relation for a claim carried by a relationship, its type ({@code attributed-to}, {@code
   *     originates-from}); the subject is then the relationship's target
   * @param basis on what grounds, when given
   * @param confidence 0–100, when given
   * @param report the report of the evidence, when given
   * @param start evidence start offset in the report's text, when given
   * @param end evidence end offset, when given
   * @param quote the evidence passage, when given
   */
  public record Claim(
      String carrier,
      String claimant,
      String stance,
      Optional<String> subject,
      Optional<String> relation,
      Optional<String> basis,
      Optional<Integer> confidence,
      Optional<String> report,
      Optional<Integer> start,
      Optional<Integer> end,
      Optional<String> quote) {}

  /** A claim as JSON (absent fields as null). */
  public static com.fasterxml.jackson.databind.node.ObjectNode json(Claim c) {
    com.fasterxml.jackson.databind.node.ObjectNode n =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    n.put("carrier", c.carrier());
    n.put("claimant", c.claimant());
    n.put("stance", c.stance());
    n.put("subject", c.subject().orElse(null));
    n.put("relation", c.relation().orElse(null));
    n.put("basis", c.basis().orElse(null));
    n.put("confidence", c.confidence().orElse(null));
    n.put("report", c.report().orElse(null));
    n.put("start", c.start().orElse(null));
    n.put("end", c.end().orElse(null));
    n.put("quote", c.quote().orElse(null));
    return n;
  }

  /** Every claim an object carries. */
  public static List<Claim> of(JsonNode object) {
    List<Claim> out = new ArrayList<>();
    String carrier = object.path("id").asText("");
    Optional<String[]> about =
        object.path("type").asText().equals("relationship")
            ? Optional.of(
                new String[] {
                  object.path("relationship_type").asText(), object.path("target_ref").asText()
                })
            : Optional.empty();
    JsonNode extensions = object.path("extensions");
    for (Iterator<Map.Entry<String, JsonNode>> it = extensions.fields(); it.hasNext(); ) {
      collect(carrier, about, it.next().getValue(), out);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("x_lantern_claim")) {
        collect(carrier, about, e.getValue(), out);
      }
    }
    return out;
  }

  private static void collect(String carrier, JsonNode node, List<Claim> out) {
    collect(carrier, Optional.empty(), node, out);
  }

  /**
   * @param about for claims carried by a relationship: its type and target ("attributed-to
   *     intrusion-set--…"), which is what the claim says unless it names a subject itself
   */
  private static void collect(
      String carrier, Optional<String[]> about, JsonNode node, List<Claim> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(carrier, about, n, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("claims")) {
      collect(carrier, about, node.get("claims"), out);
    }
    if (!node.has("stance") && !node.has("claimant") && !node.has("claimant_ref")) {
      return;
    }
    JsonNode evidence = node.path("evidence");
    if (evidence.isArray()) {
      evidence = evidence.size() > 0 ? evidence.get(0) : evidence;
    }
    Optional<Integer> start = integer(evidence, "start");
    Optional<Integer> end = integer(evidence, "end");
    JsonNode offsets = evidence.path("offsets");
    if (start.isEmpty() && offsets.isArray() && offsets.size() == 2) {
      start = Optional.of(offsets.get(0).asInt());
      end = Optional.of(offsets.get(1).asInt());
    }
    out.add(
        new Claim(
            carrier,
            first(node, "claimant_ref", "claimant").orElse("unknown claimant"),
            first(node, "stance").orElse("states"),
            first(node, "subject_ref", "target_ref", "about_ref", "attributed_to_ref", "subject")
                .or(() -> about.map(a -> a[1])),
            about.map(a -> a[0]),
            first(node, "basis"),
            integer(node, "confidence"),
            first(evidence, "report_ref", "report"),
            start,
            end,
            first(evidence, "quote", "text", "sentence")));
  }

  private static Optional<String> first(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode v = node.path(f);
      if (v.isTextual() && !v.asText().isBlank()) {
        return Optional.of(v.asText());
      }
      if (v.isObject() && v.path("name").isTextual()) {
        return Optional.of(v.path("name").asText());
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isInt() ? Optional.of(v.asInt()) : Optional.empty();
  }
}
