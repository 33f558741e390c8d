package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Hostile-input properties: no exception, spans within bounds, spans refang to values, bounded
 * output.
 */
class IndicatorExtractorPropertiesTest {
  private final IndicatorExtractor x = IndicatorExtractor.standard();

  @Property(tries = 300)
  void extract_anyString_keepsContract(@ForAll @StringLength(max = 400) String text) {
    checkContract(text);
  }

  @Property(tries = 200)
  void extract_randomBytesAsLatin1_keepsContract(@ForAll @Size(max = 600) byte[] bytes) {
    checkContract(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 200)
  void extract_randomBytesAsUtf8_keepsContract(@ForAll @Size(max = 600) byte[] bytes) {
    checkContract(new String(bytes, StandardCharsets.UTF_8));
  }

  @Property(tries = 400)
  void extract_adversarialTokens_keepsContract(@ForAll("adversarial") String text) {
    checkContract(text);
  }

  @Provide
  Arbitrary<String> adversarial() {
    Arbitrary<String> token =
        Arbitraries.of(
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
    return token.list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Property(tries = 50)
  void extract_longRunsOfOneJoiner_yieldNothingAndFinish(
      @ForAll("joiner") String unit, @ForAll("runLength") int times) {
    assertThat(x.extract(unit.repeat(times))).isEmpty();
  }

  @Provide
  Arbitrary<String> joiner() {
    return Arbitraries.of(".", "[.]", ":", "@", "-", "/", "a.", "1.", "::", "[dot]");
  }

  @Provide
  Arbitrary<Integer> runLength() {
    return Arbitraries.integers().between(5_000, 200_000);
  }

  private void checkContract(String text) {
    List<Indicator> found = x.extract(text);
    assertThat(found.size()).isLessThanOrEqualTo(text.length());
    int lastStart = -1;
    for (Indicator i : found) {
      assertThat(i.start()).isBetween(0, text.length() - 1);
      assertThat(i.end()).isBetween(i.start() + 1, text.length());
      assertThat(i.start()).isGreaterThanOrEqualTo(lastStart);
      lastStart = i.start();
      assertThat(i.value()).isNotEmpty().doesNotContain("[.]", "[dot]", "[at]");
      assertSpanRefangsToValue(text, i);
    }
  }

  /**
   * The original text of a span, extracted on its own, gives the same value over the whole span.
   * Findings that depend on context outside their span are exempt: labelled hashes, hosts whose
   * file-extension TLD is allowed by the URL or e-mail around them, and address literals that a
   * version word before them would hide.
   */
  private void assertSpanRefangsToValue(String text, Indicator i) {
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
    boolean same =
        x.extract(span).stream()
            .anyMatch(
                j ->
                    j.value().equals(i.value())
                        && j.start() == 0
                        && j.end() == span.length()
                        && j.type() == i.type());
    assertThat(same).as("span %s of %s re-extracted gives %s", span, i, x.extract(span)).isTrue();
  }
}
