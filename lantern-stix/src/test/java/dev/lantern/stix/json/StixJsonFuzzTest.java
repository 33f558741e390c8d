package dev.lantern.stix.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.stix.StixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.validate.StixValidator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input: whatever arrives, only {@link StixException} subclasses escape the reader, and an
 * object that reads and validates must write and read back equal.
 *
 * <p>Each property runs QuickTheories with a fixed seed, so a CI failure reproduces locally; the
 * falsifying example is reported shrunk and with non-printable characters escaped.
 */
class StixJsonFuzzTest {
  private static final StixJson JSON = StixJson.standard();

  @Test
  void readObject_randomTextThrowsOnlyStixExceptions() {
    qt().withFixedSeed(0x5717_0001L)
        .withExamples(300)
        .forAll(randomText())
        .checkAssert(StixJsonFuzzTest::readAndValidate);
  }

  @Test
  void readObject_jsonTokenSoupThrowsOnlyStixExceptions() {
    qt().withFixedSeed(0x5717_0002L)
        .withExamples(300)
        .forAll(jsonish())
        .checkAssert(StixJsonFuzzTest::readAndValidate);
  }

  @Test
  void readObject_mutatedValidObjectThrowsOnlyStixExceptions() {
    qt().withFixedSeed(0x5717_0003L)
        .withExamples(500)
        .forAll(mutations())
        .checkAssert(StixJsonFuzzTest::readAndValidate);
  }

  private static void readAndValidate(String text) {
    try {
      StixObject o = JSON.readObject(text);
      StixValidator.standard().validate(o);
      assertThat(JSON.readObject(JSON.write(o))).isEqualTo(o);
    } catch (StixException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  // ---------------------------------------------------------------- generators

  /** Unstructured text: any code points, and separately plain ASCII, up to 60 characters. */
  private static Gen<String> randomText() {
    return strings()
        .allPossible()
        .ofLengthBetween(0, 60)
        .mix(strings().ascii().ofLengthBetween(0, 60))
        .describedAs(StixJsonFuzzTest::visible);
  }

  /** Up to 40 JSON tokens and STIX-flavoured values glued together with no grammar. */
  private static Gen<String> jsonish() {
    Gen<String> tokens =
        arbitrary()
            .pick(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"type\"",
                "\"id\"",
                "\"malware\"",
                "\"created\"",
                "\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"",
                "1",
                "-0.5e400",
                "true",
                "null",
                "\"2024-02-30T25:00:00Z\"",
                "\"\\ud800\"",
                " ");
    return lists()
        .of(tokens)
        .ofSizeBetween(0, 40)
        .map(l -> String.join("", l))
        .describedAs(StixJsonFuzzTest::visible);
  }

  /**
   * A valid malware object with one property replaced by an ill-typed or out-of-range value (the
   * original is kept under a {@code _old} name, so it is an unknown custom property).
   */
  private static Gen<String> mutations() {
    String base = StixJsonTest.MALWARE;
    Gen<String> keys =
        arbitrary()
            .pick(
                "type",
                "id",
                "created",
                "modified",
                "name",
                "is_family",
                "malware_types",
                "object_marking_refs",
                "spec_version",
                "labels",
                "confidence",
                "external_references",
                "extensions",
                "granular_markings",
                "kill_chain_phases",
                "first_seen",
                "sample_refs");
    Gen<String> values =
        arbitrary()
            .pick(
                "null",
                "1",
                "-1",
                "1e999",
                "true",
                "\"\"",
                "\"x\"",
                "[]",
                "{}",
                "[1]",
                "[{}]",
                "[\"x--y\"]",
                "{\"a\":[{\"b\":null}]}",
                "\"2024-02-06T10:00:00Z\"",
                "[null]",
                "99999999999999999999",
                "\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"");
    return keys.zip(
            values,
            (k, v) -> {
              String withoutKey = base.replaceFirst("\"" + k + "\"\\s*:", "\"" + k + "_old\":");
              return withoutKey.replaceFirst("\\{", "{\"" + k + "\":" + v + ",");
            })
        .describedAs(StixJsonFuzzTest::visible);
  }

  /**
   * The text quoted, with backslashes and quotes escaped and control, non-ASCII and surrogate
   * characters as {@code \\uXXXX}, so a reported falsifying example can be pasted into a Java
   * string literal.
   */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
