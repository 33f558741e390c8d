package dev.lantern.stix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.stix.Bundle;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.json.StixJson;
import dev.lantern.stix.validate.Violation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class StixValidatorTest {
  private static final StixJson JSON = StixJson.standard();
  private static final StixValidator V = StixValidator.standard();

  private static List<Violation> check(String json) {
    StixObject o = JSON.readObject(json);
    return V.validate(o);
  }

  private static String sdo(
      String type, String uuid, String created, String modified, String rest) {
    return "{\"type\":\""
        + type
        + "\",\"spec_version\":\"2.1\",\"id\":\""
        + type
        + "--"
        + uuid
        + "\",\"created\":\""
        + created
        + "\",\"modified\":\""
        + modified
        + "\""
        + rest
        + "}";
  }

  private static final String U = "6e0ad1f1-5a4d-4d47-8b2c-0b7c8f3e9d11";
  private static final String T0 = "2024-02-06T10:00:00.000Z";
  private static final String T1 = "2024-03-06T10:00:00.000Z";

  @Test
  void validate_flagsIdPrefixThatDisagreesWithType() {
    String json =
        sdo("tool", U, T0, T0, ",\"name\":\"x\"").replace("\"id\":\"tool--", "\"id\":\"malware--");
    assertThat(check(json))
        .anySatisfy(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("$.id");
              assertThat(v.message()).contains("does not match type");
            });
  }

  @Test
  void validate_flagsNonRfc4122Uuid() {
    String json = sdo("tool", "6e0ad1f1-5a4d-0d47-0b2c-0b7c8f3e9d11", T0, T0, ",\"name\":\"x\"");
    assertThat(check(json)).extracting(Violation::message).anyMatch(m -> m.contains("RFC 4122"));
  }

  @Test
  void validate_flagsModifiedBeforeCreated() {
    assertThat(check(sdo("tool", U, T1, T0, ",\"name\":\"x\"")))
        .extracting(Violation::path)
        .containsExactly("$.modified");
  }

  @Test
  void validate_flagsEveryInvertedTimeWindow() {
    assertThat(
            check(
                sdo(
                    "campaign",
                    U,
                    T0,
                    T0,
                    ",\"name\":\"c\",\"first_seen\":\"" + T1 + "\",\"last_seen\":\"" + T0 + "\"")))
        .extracting(Violation::path)
        .containsExactly("$.last_seen");
    assertThat(
            check(
                sdo(
                    "indicator",
                    U,
                    T0,
                    T0,
                    ",\"pattern\":\"[url:value = 'x']\",\"pattern_type\":\"stix\",\"valid_from\":\""
                        + T0
                        + "\",\"valid_until\":\""
                        + T0
                        + "\"")))
        .extracting(Violation::path)
        .containsExactly("$.valid_until");
    assertThat(
            check(
                sdo(
                    "relationship",
                    U,
                    T0,
                    T0,
                    ",\"relationship_type\":\"uses\",\"source_ref\":\"intrusion-set--"
                        + U
                        + "\",\"target_ref\":\"malware--"
                        + U
                        + "\",\"start_time\":\""
                        + T1
                        + "\",\"stop_time\":\""
                        + T0
                        + "\"")))
        .extracting(Violation::path)
        .containsExactly("$.stop_time");
    assertThat(
            check(
                sdo(
                    "observed-data",
                    U,
                    T0,
                    T0,
                    ",\"first_observed\":\""
                        + T1
                        + "\",\"last_observed\":\""
                        + T0
                        + "\",\"number_observed\":1")))
        .extracting(Violation::path)
        .containsExactly("$.last_observed");
  }

  @Test
  void validate_flagsReferencesToTheWrongKindOfObject() {
    String sighting =
        sdo(
            "sighting",
            U,
            T0,
            T0,
            ",\"created_by_ref\":\"malware--"
                + U
                + "\",\"object_marking_refs\":[\"identity--"
                + U
                + "\"]"
                + ",\"sighting_of_ref\":\"relationship--"
                + U
                + "\",\"where_sighted_refs\":[\"malware--"
                + U
                + "\"]");
    assertThat(check(sighting))
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "$.created_by_ref",
            "$.object_marking_refs[0]",
            "$.sighting_of_ref",
            "$.where_sighted_refs[0]");
    String rel =
        sdo(
            "relationship",
            U,
            T0,
            T0,
            ",\"relationship_type\":\"uses\",\"source_ref\":\"sighting--"
                + U
                + "\",\"target_ref\":\"malware--"
                + U
                + "\"");
    assertThat(check(rel)).extracting(Violation::path).containsExactly("$.source_ref");
    String mal =
        sdo(
            "malware",
            U,
            T0,
            T0,
            ",\"name\":\"m\",\"is_family\":false,\"sample_refs\":[\"url--" + U + "\"]");
    assertThat(check(mal)).extracting(Violation::path).containsExactly("$.sample_refs[0]");
  }

  @Test
  void validate_warnsOnValuesOutsideSuggestedVocabularies() {
    List<Violation> v =
        check(
            sdo(
                "malware",
                U,
                T0,
                T0,
                ",\"name\":\"m\",\"is_family\":true,\"malware_types\":[\"backdoor\",\"space-laser\"]"));
    assertThat(v)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.message()).contains("space-laser");
            });
  }

  @Test
  void validate_flagsMissingRequiredProperties() {
    String noDates = "{\"type\":\"tool\",\"id\":\"tool--" + U + "\",\"name\":\"t\"}";
    assertThat(check(noDates))
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("$.created", "$.modified");
    assertThat(check(sdo("malware", U, T0, T0, ",\"is_family\":true")))
        .extracting(Violation::path)
        .containsExactly("$.name");
    assertThat(check(sdo("report", U, T0, T0, ",\"name\":\"r\",\"published\":\"" + T0 + "\"")))
        .extracting(Violation::path)
        .containsExactly("$.object_refs");
    assertThat(check(sdo("grouping", U, T0, T0, ",\"context\":\"unspecified\"")))
        .extracting(Violation::path)
        .containsExactly("$.object_refs");
  }

  @Test
  void validate_warnsWhenObservableIdIsNotDeterministic() {
    String ip =
        "{\"type\":\"ipv4-addr\",\"id\":\"ipv4-addr--" + U + "\",\"value\":\"198.51.100.3\"}";
    assertThat(check(ip))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.message()).contains("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
            });
  }

  @Test
  void validateBundle_prefixesPathsWithObjectIndex() {
    Bundle b =
        JSON.readBundle(
            "{\"type\":\"bundle\",\"id\":\"bundle--"
                + U
                + "\",\"objects\":["
                + sdo("tool", U, T0, T0, ",\"name\":\"x\"")
                + ","
                + sdo("tool", U, T1, T0, ",\"name\":\"x\"")
                + "]}");
    assertThat(V.validate(b)).extracting(Violation::path).containsExactly("$.objects[1].modified");
  }
}
