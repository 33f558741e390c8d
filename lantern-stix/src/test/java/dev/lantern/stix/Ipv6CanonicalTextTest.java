package dev.lantern.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Ipv6CanonicalTextTest {

  @Test
  void canonicalText_compressesTheLongestZeroRunAndDropsLeadingZeros() {
    assertThat(Ipv6Addr.canonicalText(new int[] {0x2001, 0xdb8, 0, 0, 1, 0, 0, 1}))
        .isEqualTo("2001:db8::1:0:0:1");
    assertThat(Ipv6Addr.canonicalText(new int[] {0x2a00, 0x1450, 0x4001, 0x829, 0, 0, 0, 0x200e}))
        .isEqualTo("2a00:1450:4001:829::200e");
  }

  @Test
  void canonicalText_leavesASingleZeroGroupUncompressed() {
    assertThat(Ipv6Addr.canonicalText(new int[] {0x2001, 0xdb8, 0, 1, 1, 1, 1, 1}))
        .isEqualTo("2001:db8:0:1:1:1:1:1");
  }

  @Test
  void canonicalText_writesAllZerosAndLoopback() {
    assertThat(Ipv6Addr.canonicalText(new int[8])).isEqualTo("::");
    assertThat(Ipv6Addr.canonicalText(new int[] {0, 0, 0, 0, 0, 0, 0, 1})).isEqualTo("::1");
  }

  @Test
  void canonicalText_refusesWrongShapes() {
    assertThatThrownBy(() -> Ipv6Addr.canonicalText(new int[7]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 groups");
    assertThatThrownBy(() -> Ipv6Addr.canonicalText(new int[] {0x10000, 0, 0, 0, 0, 0, 0, 0}))
        .hasMessageContaining("out of range");
  }
}
