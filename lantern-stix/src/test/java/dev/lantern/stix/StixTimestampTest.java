package dev.lantern.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StixTimestampTest {

  @Test
  void format_writesMillisecondsInUtc() {
    assertThat(StixTimestamp.format(Instant.parse("2024-02-06T10:00:00Z")))
        .isEqualTo("2024-02-06T10:00:00.000Z");
  }

  @Test
  void format_keepsSubMillisecondDetailRatherThanLosingIt() {
    assertThat(StixTimestamp.format(Instant.parse("2024-02-06T10:00:00.123456Z")))
        .isEqualTo("2024-02-06T10:00:00.123456Z");
  }

  @Test
  void parse_acceptsAnyRfc3339PrecisionAndOffset() {
    Instant expected = Instant.parse("2014-05-08T09:00:00Z");
    assertThat(StixTimestamp.parse("2014-05-08T09:00:00Z")).isEqualTo(expected);
    assertThat(StixTimestamp.parse("2014-05-08T09:00:00.000000Z")).isEqualTo(expected);
    assertThat(StixTimestamp.parse("2014-05-08t11:00:00+02:00")).isEqualTo(expected);
    assertThat(StixTimestamp.parse("2014-05-08T09:00:00.1Z"))
        .isEqualTo(Instant.parse("2014-05-08T09:00:00.100Z"));
  }

  @Test
  void parse_rejectsNonRfc3339NamingTheValue() {
    for (String bad :
        new String[] {"2014-05-08", "2014-05-08 09:00:00Z", "yesterday", "2014-13-08T09:00:00Z"}) {
      assertThatThrownBy(() -> StixTimestamp.parse(bad))
          .isInstanceOf(InvalidStixException.class)
          .hasMessageContaining(bad);
    }
  }

  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  @Test
  void format_writesWhatTheJavaFormatterWritesForEveryYearAndPrecision() {
    qt().withExamples(20_000)
        .forAll(longs().between(YEAR_0, YEAR_10000), integers().between(0, 999_999_999))
        .checkAssert(
            (second, nanos) -> {
              Instant t = Instant.ofEpochSecond(second, nanos);
              for (int digits : new int[] {3, 6, 9}) {
                String pattern = "uuuu-MM-dd'T'HH:mm:ss." + "S".repeat(digits) + "'Z'";
                assertThat(StixTimestamp.format(t, digits))
                    .isEqualTo(
                        DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(t));
              }
              Instant millis = t.truncatedTo(ChronoUnit.MILLIS);
              assertThat(StixTimestamp.parse(StixTimestamp.format(t))).isEqualTo(t);
              assertThat(StixTimestamp.parse(StixTimestamp.format(millis))).isEqualTo(millis);
            });
  }

  @Test
  void format_refusesYearsRfc3339CannotWrite() {
    assertThatThrownBy(() -> StixTimestamp.format(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("0000-9999");
    assertThatThrownBy(() -> StixTimestamp.format(Instant.parse("-0001-12-31T23:59:59Z")))
        .isInstanceOf(InvalidStixException.class);
  }

  @Test
  void parse_readsEveryUtcTimestampAsTheFormatterDoes() {
    qt().withExamples(20_000)
        .forAll(
            longs().between(YEAR_0, YEAR_10000),
            integers().between(0, 999_999_999),
            integers().between(0, 9),
            integers().between(0, 3))
        .checkAssert(
            (second, nanos, digits, letterCase) -> {
              Instant t = Instant.ofEpochSecond(second, nanos);
              String pattern =
                  "uuuu-MM-dd'"
                      + ((letterCase & 1) == 0 ? 'T' : 't')
                      + "'HH:mm:ss"
                      + (digits == 0 ? "" : "." + "S".repeat(digits))
                      + "'"
                      + ((letterCase & 2) == 0 ? 'Z' : 'z')
                      + "'";
              String text = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(t);
              assertThat(StixTimestamp.parse(text))
                  .isEqualTo(StixTimestamp.parseWithFormatter(text));
            });
  }

  @Test
  void parse_judgesNearMissTextAsTheFormatterDoes() {
    String[] seeds = {
      "2024-02-06T10:00:00.000Z",
      "2023-02-29T00:00:00Z",
      "2024-02-29T23:59:59.999999999Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59Z",
      "2024-04-31T00:00:00Z",
      "2024-02-06T10:00:00.Z",
      "2024-02-06T10:00:00.1234567890Z",
      "2024-02-06T24:00:00Z",
      "2024-02-06T10:60:00Z",
      "2024-02-06T10:00:60Z",
      "2024-00-06T10:00:00Z",
      "2024-02-00T10:00:00Z",
      "2024-02-06T10:00:00+01:00",
    };
    String alphabet = "0123456789-:.TtZz+ x\u0660";
    Random random = new Random(20261203);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      int edits = i < seeds.length ? 0 : 1 + random.nextInt(2);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.setCharAt(at, c);
          case 1 -> text.insert(at, c);
          default -> text.deleteCharAt(at);
        }
      }
      String candidate = text.toString();
      Object fast = outcome(() -> StixTimestamp.parse(candidate));
      Object slow = outcome(() -> StixTimestamp.parseWithFormatter(candidate));
      assertThat(fast).as(candidate).isEqualTo(slow);
    }
  }

  private static Object outcome(java.util.function.Supplier<Instant> parse) {
    try {
      return parse.get();
    } catch (InvalidStixException e) {
      return "invalid";
    }
  }
}
