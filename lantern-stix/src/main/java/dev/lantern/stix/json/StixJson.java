package dev.lantern.stix.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.GenericObject;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * STIX 2.1 JSON in and out. Instances are immutable and thread-safe; {@link #standard()} is the one
 * most code wants.
 *
 * <p>Reading is strict about JSON (no duplicate keys, no trailing content, no comments) and about
 * the JSON type of every modelled property, and lenient about STIX semantics, which {@code
 * StixValidator} reports instead: an object whose id prefix disagrees with its type still loads.
 * Unknown properties and unknown object types are kept and written back. Every failure is an {@link
 * InvalidStixException} naming the object id (when known) and the JSON path, e.g. {@code
 * $.objects[3].created}. Input is bounded by {@link Limits}: nesting depth, document size and
 * string length.
 *
 * <p>Writing puts {@code type, spec_version, id, created, modified} first, then the other common
 * properties, the type's own properties in specification order, {@code extensions}, and the unknown
 * properties in input order. Absent values and empty collections are omitted. Timestamps are UTC
 * with millisecond precision.
 */
public final class StixJson {

  /**
   * Bounds on untrusted input.
   *
   * @param maxDepth deepest nesting of arrays and objects
   * @param maxDocumentBytes largest document (characters for strings, bytes for streams)
   * @param maxStringLength longest single string value
   */
  public record Limits(int maxDepth, long maxDocumentBytes, int maxStringLength) {
    /** 64 levels, 100 MiB (a full MITRE ATT&CK bundle is about 45 MiB), 16 Mi characters. */
    public static final Limits DEFAULT = new Limits(64, 100L << 20, 16 << 20);

    public Limits {
      if (maxDepth < 8 || maxDocumentBytes < 1024 || maxStringLength < 256) {
        throw new InvalidStixException(
            "limits too small to read any STIX (depth >= 8, document >= 1024, string >= 256): "
                + maxDepth
                + ", "
                + maxDocumentBytes
                + ", "
                + maxStringLength);
      }
    }
  }

  private static final StixJson STANDARD = new StixJson(Limits.DEFAULT);

  private final ObjectMapper mapper;
  private final Limits limits;

  private StixJson(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(1000)
            .maxNumberLength(400)
            .build();
    this.mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    this.mapper.getFactory().setStreamReadConstraints(constraints);
  }

  /** Reading and writing with {@link Limits#DEFAULT}. */
  public static StixJson standard() {
    return STANDARD;
  }

  /** Reading and writing with other bounds (e.g. smaller ones for an HTTP endpoint). */
  public static StixJson withLimits(Limits limits) {
    return new StixJson(limits);
  }

  public Limits limits() {
    return limits;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /**
   * Reads one STIX object (not a bundle).
   *
   * @throws InvalidStixException when the JSON is malformed, too large or too deep, or a modelled
   *     property has the wrong JSON type or form
   */
  public StixObject readObject(String json) {
    return object(parse(json), "$");
  }

  /** Reads one STIX object from a UTF-8 stream, which is not closed. See {@link #readObject}. */
  public StixObject readObject(InputStream in) {
    return object(parse(in), "$");
  }

  /**
   * Reads a bundle.
   *
   * @throws InvalidStixException as {@link #readObject(String)}, or when the root is not a bundle
   */
  public Bundle readBundle(String json) {
    return bundle(parse(json));
  }

  /** Reads a bundle from a UTF-8 stream, which is not closed. See {@link #readBundle(String)}. */
  public Bundle readBundle(InputStream in) {
    return bundle(parse(in));
  }

  /** Maps an already parsed JSON object (e.g. from a TAXII envelope) to a STIX object. */
  public StixObject fromTree(JsonNode node) {
    return object(node, "$");
  }

  private JsonNode parse(String json) {
    if (json == null) {
      throw new InvalidStixException(null, "$", "no JSON given (null)", null);
    }
    try {
      return checkPresent(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private JsonNode parse(InputStream in) {
    try {
      return checkPresent(mapper.readTree(in));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read STIX JSON input", e);
    }
  }

  private static JsonNode checkPresent(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      throw new InvalidStixException(null, "$", "the input is empty; expected a JSON object", null);
    }
    return node;
  }

  private static InvalidStixException malformed(JsonProcessingException e) {
    String path = "$";
    if (e.getProcessor() instanceof JsonParser p) {
      path = jsonPath(p.getParsingContext());
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return new InvalidStixException(
        null, path, "malformed or oversized JSON" + where + ": " + e.getOriginalMessage(), e);
  }

  private static String jsonPath(JsonStreamContext ctx) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      sb.append(parts.get(i));
    }
    return sb.toString();
  }

  private Bundle bundle(JsonNode root) {
    if (!root.isObject()) {
      throw new InvalidStixException(
          null, "$", "expected a bundle object but found " + Props.kind(root), null);
    }
    Props p = new Props((ObjectNode) root, "$", null);
    String type = p.reqString("type");
    if (!type.equals("bundle")) {
      throw new InvalidStixException(
          null, "$.type", "expected a bundle but found type \"" + excerpt(type) + "\"", null);
    }
    Identifier id = p.reqRef("id");
    JsonNode objects = root.get("objects");
    List<StixObject> out = new ArrayList<>();
    if (objects != null && !objects.isNull()) {
      if (!objects.isArray()) {
        throw new InvalidStixException(
            id.toString(), "$.objects", "expected an array but found " + Props.kind(objects), null);
      }
      for (int i = 0; i < objects.size(); i++) {
        out.add(object(objects.get(i), "$.objects[" + i + "]"));
      }
    }
    try {
      return new Bundle(id, out);
    } catch (InvalidStixException e) {
      throw new InvalidStixException(id.toString(), "$.id", e.getMessage(), e);
    }
  }

  private static String excerpt(String s) {
    return dev.lantern.stix.StixText.excerpt(s);
  }

  private StixObject object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new InvalidStixException(
          null, path, "expected a STIX object but found " + Props.kind(node), null);
    }
    JsonNode idNode = node.get("id");
    String knownId = idNode != null && idNode.isTextual() ? excerpt(idNode.textValue()) : null;
    Props p = new Props((ObjectNode) node, path, knownId);
    StixType type = p.reqVocab("type", StixType::of);
    if (type.equals(StixType.BUNDLE)) {
      throw new InvalidStixException(
          knownId,
          path + ".type",
          "a bundle is not an object inside a bundle; use readBundle",
          null);
    }
    Identifier id = p.reqRef("id");
    Common common = common(p);
    return ObjectCodecs.forType(type)
        .<StixObject>map(codec -> codec.reader().read(p, id, common))
        .orElseGet(() -> new GenericObject(type, id, common, p.rest()));
  }

  private static Common common(Props p) {
    return new Common(
        p.optString("spec_version").orElse(Common.SPEC_VERSION),
        p.optTime("created"),
        p.optTime("modified"),
        p.optRef("created_by_ref"),
        p.bool("revoked"),
        p.strings("labels"),
        p.optInt("confidence"),
        p.optString("lang"),
        p.externalReferences("external_references"),
        p.refs("object_marking_refs"),
        p.granularMarkings("granular_markings"),
        p.bool("defanged"),
        p.rawMap("extensions"));
  }

  // ---------------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------------

  /**
   * Writes one object as compact JSON.
   *
   * @throws InvalidStixException when an unknown property collides with a modelled one
   */
  public String write(StixObject o) {
    return toTree(o).toString();
  }

  /** Writes a bundle as compact JSON: {@code type}, {@code id}, {@code objects}. */
  public String write(Bundle b) {
    return toTree(b).toString();
  }

  /**
   * Writes a bundle to {@code out} one object at a time, indented as Jackson's default pretty
   * printer does ({@code pretty}) or compact: the same text as serialising {@link #toTree(Bundle)},
   * without ever holding the tree of the whole bundle, so exporting a million objects needs memory
   * for the objects only. {@code out} is flushed, not closed.
   *
   * @throws UncheckedIOException when writing fails
   * @throws InvalidStixException when an unknown property collides with a modelled one
   */
  public void write(Bundle b, Writer out, boolean pretty) {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("type", "bundle");
      g.writeStringField("id", b.id().toString());
      g.writeArrayFieldStart("objects");
      for (StixObject o : b.objects()) {
        mapper.writeTree(g, toTree(o));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a bundle failed: " + e.getMessage(), e);
    }
  }

  /** The JSON tree {@link #write(Bundle)} serialises; a fresh, mutable copy. */
  public ObjectNode toTree(Bundle b) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("type", "bundle");
    root.put("id", b.id().toString());
    var array = root.putArray("objects");
    b.objects().forEach(o -> array.add(toTree(o)));
    return root;
  }

  /** The JSON tree {@link #write(StixObject)} serialises; a fresh, mutable copy. */
  public ObjectNode toTree(StixObject o) {
    Common c = o.common();
    Out w = new Out(o.id().toString());
    w.put("type", o.type());
    w.put("spec_version", c.specVersion());
    w.put("id", o.id());
    w.put("created", c.created());
    w.put("modified", c.modified());
    w.put("created_by_ref", c.createdByRef());
    w.flag("revoked", c.revoked());
    w.put("labels", c.labels());
    w.put("confidence", c.confidence());
    w.put("lang", c.lang());
    w.put("external_references", c.externalReferences());
    w.put("object_marking_refs", c.objectMarkingRefs());
    w.put("granular_markings", c.granularMarkings());
    w.flag("defanged", c.defanged());
    ObjectCodecs.forObject(o).ifPresent(codec -> codec.write(o, w));
    w.put("extensions", c.extensions());
    w.extra(o.extra());
    return w.node();
  }
}
