package dev.lantern.stix.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.GenericObject;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.Malware;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.Tlp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StixJsonTest {
  private static final StixJson JSON = StixJson.standard();

  static final String MALWARE =
      """
      {"type":"malware","spec_version":"2.1","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
       "created":"2024-02-06T10:00:00Z","modified":"2024-02-06T10:00:00.000Z",
       "name":"COATHANGER","is_family":true,"malware_types":["backdoor","rootkit"],
       "x_lantern_evidence":{"offsets":[10,42],"score":2.50},"object_marking_refs":
       ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]}
      """;

  static Path examples() {
    Path dir =
        Path.of(System.getProperty("lantern.shared", "../shared"))
            .resolve("conformance/stix2.1-schemas/examples");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent: skipping");
    return dir;
  }

  static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> s = Files.walk(examples())) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void readBundle_everyOasisExampleRoundTripsToAnEqualValue() throws IOException {
    List<Path> files = exampleFiles();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String text = Files.readString(f);
      StixObject single = null;
      Bundle first;
      if (text.contains("\"bundle\"")) {
        first = JSON.readBundle(text);
      } else {
        single = JSON.readObject(text);
        first = new Bundle(dev.lantern.stix.Identifier.random(StixType.BUNDLE), List.of(single));
      }
      Bundle again = JSON.readBundle(JSON.write(first));
      assertThat(again).as(f.toString()).isEqualTo(first);
      assertThat(JSON.write(again)).as(f.toString()).isEqualTo(JSON.write(first));
    }
  }

  /**
   * Stronger than value equality: every property of every OASIS example object appears in the
   * written JSON with the same value (timestamps compared as instants), so nothing the model does
   * not understand is dropped. Only {@code spec_version} may be added (observables may omit it),
   * and identifiers are normalised to lowercase (one OASIS example has an uppercase UUID).
   */
  @Test
  void write_oasisExamplesLoseNoProperty() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper plain =
        new com.fasterxml.jackson.databind.ObjectMapper();
    int compared = 0;
    for (Path f : exampleFiles()) {
      com.fasterxml.jackson.databind.JsonNode root = plain.readTree(f.toFile());
      List<com.fasterxml.jackson.databind.JsonNode> originals = new java.util.ArrayList<>();
      if (root.has("objects")) {
        root.get("objects").forEach(originals::add);
      } else {
        originals.add(root);
      }
      for (com.fasterxml.jackson.databind.JsonNode original : originals) {
        com.fasterxml.jackson.databind.JsonNode written =
            plain.readTree(JSON.write(JSON.fromTree(original)));
        java.util.Set<String> added = new java.util.HashSet<>();
        written.fieldNames().forEachRemaining(added::add);
        original.fieldNames().forEachRemaining(added::remove);
        assertThat(added).as(f + " " + original.get("id")).isSubsetOf("spec_version");
        original
            .properties()
            .forEach(
                e ->
                    assertThat(sameValue(e.getValue(), written.get(e.getKey())))
                        .as(
                            f
                                + " "
                                + original.get("id")
                                + " "
                                + e.getKey()
                                + ": "
                                + written.get(e.getKey()))
                        .isTrue());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  private static boolean sameValue(
      com.fasterxml.jackson.databind.JsonNode a, com.fasterxml.jackson.databind.JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isTextual() && b.isTextual() && a.textValue().matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
      try {
        return dev.lantern.stix.StixTimestamp.parse(a.textValue())
            .equals(dev.lantern.stix.StixTimestamp.parse(b.textValue()));
      } catch (InvalidStixException e) {
        return a.equals(b);
      }
    }
    if (a.isTextual() && b.isTextual() && a.textValue().contains("--")) {
      return a.textValue().equalsIgnoreCase(b.textValue());
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (var it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!sameValue(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameValue(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  @Test
  void writeToStream_givesTheSameTextAsTheWholeTreeObjectByObject() throws IOException {
    String stamps =
        "\"created\":\"2024-02-06T00:00:00.000Z\",\"modified\":\"2024-02-06T00:00:00.000Z\"";
    Bundle b =
        JSON.readBundle(
            "{\"type\":\"bundle\",\"id\":\"bundle--00000000-0000-4000-8000-000000000001\","
                + "\"objects\":["
                + "{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\","
                + "\"id\":\"intrusion-set--00000000-0000-4000-8000-000000000002\","
                + stamps
                + ",\"name\":\"Угруповання «Пісочний черв'як» \\u003cb\\u003e\","
                + "\"aliases\":[\"Sandworm\",\"Voodoo Bear\"],"
                + "\"x_custom\":{\"nested\":[1,2.5,true,null,{\"k\":\"v\"}]}},"
                + "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\","
                + "\"id\":\"ipv4-addr--00000000-0000-4000-8000-000000000003\","
                + "\"value\":\"203.0.113.7\"}"
                + "]}");
    String pretty =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(JSON.toTree(b));

    java.io.StringWriter streamedPretty = new java.io.StringWriter();
    JSON.write(b, streamedPretty, true);
    java.io.StringWriter streamedCompact = new java.io.StringWriter();
    JSON.write(b, streamedCompact, false);

    assertThat(streamedPretty.toString()).isEqualTo(pretty);
    assertThat(streamedCompact.toString()).isEqualTo(JSON.write(b));
  }

  @Test
  void readObject_bundleGivenAsObjectIsRejectedWithAHint() {
    assertThatThrownBy(
            () ->
                JSON.readObject(
                    "{\"type\":\"bundle\",\"id\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\"}"))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("readBundle");
  }

  @Test
  void rawJson_cannotBeChangedThroughItsNode() {
    Malware m = (Malware) JSON.readObject(MALWARE);
    ((com.fasterxml.jackson.databind.node.ObjectNode) m.extra().get("x_lantern_evidence").node())
        .put("score", 99);
    assertThat(JSON.write(m)).contains("\"score\":2.50");
  }

  @Test
  void readObject_keepsUnknownPropertiesExactlyAndInOrder() {
    Malware m = (Malware) JSON.readObject(MALWARE);
    assertThat(m.name()).contains("COATHANGER");
    assertThat(m.extra()).containsOnlyKeys("x_lantern_evidence");
    String out = JSON.write(m);
    assertThat(out).contains("\"x_lantern_evidence\":{\"offsets\":[10,42],\"score\":2.50}");
    assertThat(JSON.readObject(out)).isEqualTo(m);
  }

  @Test
  void write_putsTypeSpecVersionIdCreatedModifiedFirstAndOmitsEmpties() {
    String out = JSON.write(JSON.readObject(MALWARE));
    assertThat(out)
        .startsWith(
            "{\"type\":\"malware\",\"spec_version\":\"2.1\","
                + "\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\","
                + "\"created\":\"2024-02-06T10:00:00.000Z\","
                + "\"modified\":\"2024-02-06T10:00:00.000Z\",");
    assertThat(out).doesNotContain("aliases").doesNotContain("null").doesNotContain("[]");
  }

  @Test
  void readObject_customObjectRoundTripsAsGeneric() {
    String claim =
        """
        {"type":"x-lantern-claim","spec_version":"2.1","id":"x-lantern-claim--6e0ad1f1-5a4d-4d47-8b2c-0b7c8f3e9d11",
         "created":"2024-02-06T10:00:00.000Z","modified":"2024-02-06T10:00:00.000Z",
         "stance":"attributes","claimant_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
         "evidence":{"start":5,"end":90,"quote":"the MIVD said"}}
        """;
    StixObject o = JSON.readObject(claim);
    assertThat(o).isInstanceOf(GenericObject.class);
    assertThat(o.type()).isEqualTo(StixType.of("x-lantern-claim"));
    assertThat(o.extra()).containsOnlyKeys("stance", "claimant_ref", "evidence");
    assertThat(JSON.readObject(JSON.write(o))).isEqualTo(o);
  }

  @Test
  void readBundle_wrongTypedPropertyNamesObjectIdAndPath() {
    String bundle =
        """
        {"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[
         {"type":"identity","id":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","created":"2016-05-12T08:17:27.000Z","modified":"2016-05-12T08:17:27.000Z","name":"A"},
         {"type":"indicator","id":"indicator--33fe3b22-0201-47cf-85d0-97c02164528d","created":12,"modified":"2016-05-12T08:17:27.000Z"}]}
        """;
    assertThatThrownBy(() -> JSON.readBundle(bundle))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("$.objects[1].created")
        .hasMessageContaining("indicator--33fe3b22-0201-47cf-85d0-97c02164528d")
        .hasMessageContaining("expected a string but found a number");
  }

  @Test
  void readObject_missingRequiredPropertyNamesIt() {
    String noPattern =
        """
        {"type":"indicator","id":"indicator--33fe3b22-0201-47cf-85d0-97c02164528d","created":"2016-05-12T08:17:27.000Z",
         "modified":"2016-05-12T08:17:27.000Z","pattern_type":"stix","valid_from":"2016-05-12T08:17:27Z"}
        """;
    assertThatThrownBy(() -> JSON.readObject(noPattern))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("$.pattern")
        .hasMessageContaining("missing");
  }

  @Test
  void readObject_malformedJsonReportsLocation() {
    assertThatThrownBy(() -> JSON.readObject("{\"type\":\"malware\",\"id\":"))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> JSON.readObject("{\"type\":\"a\",\"type\":\"b\"}"))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> JSON.readObject(""))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void readObject_rejectsAbsurdNestingWithoutStackOverflow() {
    String deep =
        "{\"type\":\"x-a\",\"id\":\"x-a--6e0ad1f1-5a4d-4d47-8b2c-0b7c8f3e9d11\",\"x\":"
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}";
    assertThatThrownBy(() -> JSON.readObject(deep))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void readObject_rejectsDocumentsOverTheSizeLimit() {
    StixJson small = StixJson.withLimits(new StixJson.Limits(16, 4096, 1024));
    String big = MALWARE.replace("\"COATHANGER\"", "\"" + "A".repeat(5000) + "\"");
    assertThatThrownBy(
            () -> small.readObject(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("length");
  }

  @Test
  void write_tlpMarkingsHaveTheirPublishedForm() {
    assertThat(JSON.write(Tlp.V1_WHITE))
        .isEqualTo(
            "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\","
                + "\"id\":\"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9\","
                + "\"created\":\"2017-01-20T00:00:00.000Z\",\"name\":\"TLP:WHITE\","
                + "\"definition_type\":\"tlp\",\"definition\":{\"tlp\":\"white\"}}");
    assertThat(JSON.write(Tlp.V2_AMBER_STRICT))
        .contains("\"id\":\"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003\"")
        .contains(
            "\"extensions\":{\"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d\":"
                + "{\"extension_type\":\"property-extension\",\"tlp_2_0\":\"amber+strict\"}}");
  }

  @Test
  void write_unknownPropertyCollidingWithModelledOneIsRejected() {
    Malware m = (Malware) JSON.readObject(MALWARE);
    Malware bad =
        m.withExtra(
            java.util.Map.of(
                "name",
                new dev.lantern.stix.RawJson(
                    com.fasterxml.jackson.databind.node.TextNode.valueOf("x"))));
    assertThatThrownBy(() -> JSON.write(bad))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("name");
  }

  @Test
  void bundle_findReturnsLatestVersion() {
    Indicator v1 =
        Indicator.of(
            dev.lantern.stix.Identifier.random(StixType.INDICATOR),
            Common.createdAt(java.time.Instant.parse("2024-01-01T00:00:00Z")),
            "[ipv4-addr:value = '198.51.100.3']",
            dev.lantern.stix.vocab.PatternType.STIX,
            java.time.Instant.parse("2024-01-01T00:00:00Z"));
    Indicator v2 =
        v1.withCommon(v1.common().withModified(java.time.Instant.parse("2024-03-01T00:00:00Z")));
    Bundle b = Bundle.of(List.of(v2, v1));
    assertThat(b.find(v1.id())).contains(v2);
    assertThat(b.versions(v1.id())).containsExactly(v2, v1);
    assertThat(b.find(dev.lantern.stix.Identifier.random(StixType.INDICATOR))).isEmpty();
    assertThat(JSON.readBundle(JSON.write(b))).isEqualTo(b);
  }
}
