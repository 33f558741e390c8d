package dev.lantern.sweep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeysTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0",
    "1.2.3.4, 16909060",
    "255.255.255.255, 4294967295",
    "010.001.000.009, 167837705",
    "192.168.1.10, 3232235786"
  })
  void parseIpv4_readsDottedQuads(String text, long expected) {
    assertThat(parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "256.1.1.1",
    "1.2.3.256",
    "1.2.3",
    "1.2.3.4.5",
    "1..2.3",
    ".1.2.3",
    "1.2.3.",
    "0001.2.3.4",
    "1.2.3.4444",
    "1.2.3.a",
    "1.2.3.-4",
    "'1.2.3.4 '",
    "12345678.1",
    "1.2.3.999",
    "a.b.c.d",
    "1.2.3.4:80"
  })
  void parseIpv4_rejectsWhatIsNotAnAddress(String text) {
    assertThat(parse(text)).isEqualTo(-1);
  }

  @Test
  void parseIpv4_agreesWithAPlainParserOnRandomDigitsAndDots() {
    Random random = new Random(7);
    String alphabet = "0123456789..........2559x";
    for (int round = 0; round < 200_000; round++) {
      StringBuilder s = new StringBuilder();
      int n = 1 + random.nextInt(17);
      for (int i = 0; i < n; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(parse(text)).as(text).isEqualTo(plainParse(text));
    }
  }

  private static long parse(String text) {
    byte[] b = ("#" + text + "#").getBytes(StandardCharsets.UTF_8);
    return Keys.parseIpv4(b, 1, b.length - 1);
  }

  /** The definition, written for clarity: four parts of one to three digits, each at most 255. */
  private static long plainParse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return -1;
    }
    long acc = 0;
    for (String part : parts) {
      if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
        return -1;
      }
      acc = (acc << 8) | Integer.parseInt(part);
    }
    return acc;
  }
}
