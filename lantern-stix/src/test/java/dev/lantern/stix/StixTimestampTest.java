package dev.lantern.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
}
