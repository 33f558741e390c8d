package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile-input properties of {@link IndicatorExtractor}: no exception, spans within bounds and in
 * order, each span refangs on its own to the value found, and output bounded by the input length.
 *
 * <p>Design note: every property runs QuickTheories with its own fixed seed, so a CI failure
 * reproduces locally. Generators describe their values as Java string literals with control,
 * non-ASCII and surrogate characters escaped, so the shrunk falsifying example can be pasted into a
 * regression test. Random bytes are decoded inside the generator, so the example shown is the text
 * the extractor saw.
 */
class IndicatorExtractorPropertiesTest {
  private static final IndicatorExtractor X = IndicatorExtractor.standard();

  @Test
  void extract_keepsContractOnAnyString() {
    qt().withFixedSeed(0x10C0_0001L)
        .withExamples(300)
        .forAll(randomText())
        .checkAssert(IndicatorExtractorPropertiesTest::checkContract);
  }

  @Test
  void extract_keepsContractOnRandomBytesDecodedAsLatin1() {
    qt().withFixedSeed(0x10C0_0002L)
        .withExamples(200)
        .forAll(decodedBytes(StandardCharsets.ISO_8859_1))
        .checkAssert(IndicatorExtractorPropertiesTest::checkContract);
  }

  @Test
  void extract_keepsContractOnRandomBytesDecodedAsUtf8() {
    qt().withFixedSeed(0x10C0_0003L)
        .withExamples(200)
        .forAll(decodedBytes(StandardCharsets.UTF_8))
        .checkAssert(IndicatorExtractorPropertiesTest::checkContract);
  }

  @Test
  void extract_keepsContractOnAdversarialTokenSoup() {
    qt().withFixedSeed(0x10C0_0004L)
        .withExamples(400)
        .forAll(adversarial())
        .checkAssert(IndicatorExtractorPropertiesTest::checkContract);
  }

  @Test
  void extract_findsNothingInLongRunsOfOneJoinerAndFinishes() {
    qt().withFixedSeed(0x10C0_0005L)
        .withExamples(50)
        .forAll(joiners(), integers().between(5_000, 200_000))
        .checkAssert(
            (unit, times) ->
                assertThat(X.extract(unit.repeat(times)))
                    .as("%s repeated %d times", visible(unit), times)
                    .isEmpty());
  }

  // ---------------------------------------------------------------- contract

  private static void checkContract(String text) {
    List<Indicator> found = X.extract(text);
    assertThat(found.size()).as("number of findings").isLessThanOrEqualTo(text.length());
    int lastStart = -1;
    for (Indicator i : found) {
      assertThat(i.start()).as("start of %s", i).isBetween(0, text.length() - 1);
      assertThat(i.end()).as("end of %s", i).isBetween(i.start() + 1, text.length());
      assertThat(i.start())
          .as("start of %s after previous finding", i)
          .isGreaterThanOrEqualTo(lastStart);
      lastStart = i.start();
      assertThat(i.value())
          .as("value of %s", i)
          .isNotEmpty()
          .doesNotContain("[.]", "[dot]", "[at]");
      assertSpanRefangsToValue(text, i);
    }
  }

  /**
   * The original text of a span, extracted on its own, gives the same value over the whole span.
   * Findings that depend on context outside their span are exempt: labelled hashes, hosts whose
   * file-extension TLD is allowed by the URL or e-mail around them, and address literals that a
   * version word before them would hide.
   */
  private static void assertSpanRefangsToValue(String text, Indicator i) {
    if (i.type() == IndicatorType.IMPHASH || i.type() == IndicatorType.AUTHENTIHASH) {
      return;
    }
    if (i.type() == IndicatorType.DOMAIN && i.start() > 0) {
      char before = text.charAt(i.start() - 1);
      if (before == '@' || before == '/' || before == ']' || before == ')' || before == '}') {
        return;
      }
    }
    String span = text.substring(i.start(), i.end());
    List<Indicator> again = X.extract(span);
    boolean same =
        again.stream()
            .anyMatch(
                j ->
                    j.value().equals(i.value())
                        && j.start() == 0
                        && j.end() == span.length()
                        && j.type() == i.type());
    assertThat(same)
        .as("span %s of %s re-extracted on its own gives %s", visible(span), i, again)
        .isTrue();
  }

  // ---------------------------------------------------------------- generators

  /** Any code points, and separately plain ASCII, up to 400 characters. */
  private static Gen<String> randomText() {
    return strings()
        .allPossible()
        .ofLengthBetween(0, 400)
        .mix(strings().ascii().ofLengthBetween(0, 400))
        .describedAs(IndicatorExtractorPropertiesTest::visible);
  }

  /** Up to 600 random bytes, decoded with {@code charset} (malformed UTF-8 becomes U+FFFD). */
  private static Gen<String> decodedBytes(Charset charset) {
    return Generate.byteArrays(
            integers().between(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .map(bytes -> new String(bytes, charset))
        .describedAs(IndicatorExtractorPropertiesTest::visible);
  }

  private static final List<String> TOKENS =
      List.of(
          ".",
          "..",
          "[.]",
          "(.)",
          "[dot]",
          " dot ",
          "\\.",
          "[",
          "]",
          "(",
          ")",
          "@",
          "[at]",
          " AT ",
          ":",
          "::",
          "/",
          "//",
          "://",
          "[://]",
          "hxxp://",
          "http://",
          "1",
          "25",
          "255",
          "256",
          "0",
          "a",
          "f",
          "ff",
          "com",
          "ru",
          "zip",
          "-",
          "_",
          "%2F",
          " ",
          "\n",
          "version ",
          "AS ",
          "cve ",
          "T1059",
          ".001",
          "bc1q",
          "0x",
          "deadbeef",
          "e3b0c44298fc1c14",
          "рф",
          "пример",
          "2001:db8",
          "%",
          "*",
          "?",
          "#",
          "=",
          "&");

  /**
   * Up to 300 tokens that sit near indicator syntax (defang brackets, dots, digits, hex, {@code @},
   * {@code :}, schemes, labels), glued together with no grammar.
   */
  private static Gen<String> adversarial() {
    return lists()
        .of(arbitrary().pick(TOKENS))
        .ofSizeBetween(0, 300)
        .map(l -> String.join("", l))
        .describedAs(IndicatorExtractorPropertiesTest::visible);
  }

  /** Units that, repeated many times, stress the scanners' backtracking and joining. */
  private static Gen<String> joiners() {
    return arbitrary()
        .pick(".", "[.]", ":", "@", "-", "/", "a.", "1.", "::", "[dot]")
        .describedAs(IndicatorExtractorPropertiesTest::visible);
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
