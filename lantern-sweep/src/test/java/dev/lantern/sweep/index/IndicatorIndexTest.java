package dev.lantern.sweep.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.sweep.Indicator;
import dev.lantern.sweep.IndicatorType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorIndexTest {
  private static IndicatorIndex index(String... values) {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    for (String v : values) {
      assertThat(b.addGuessing(v, null)).as(v).isEmpty();
    }
    return b.build();
  }

  private static Optional<String> matched(IndicatorIndex index, String token) {
    return index.match(token).map(Indicator::value);
  }

  @Test
  void cidr_slash0MatchesEveryIpv4() {
    IndicatorIndex i = index("0.0.0.0/0");
    assertThat(matched(i, "0.0.0.0")).contains("0.0.0.0/0");
    assertThat(matched(i, "255.255.255.255")).contains("0.0.0.0/0");
  }

  @Test
  void cidr_slash32MatchesOnlyThatAddress() {
    IndicatorIndex i = index("192.0.2.7/32");
    assertThat(matched(i, "192.0.2.7")).contains("192.0.2.7");
    assertThat(matched(i, "192.0.2.6")).isEmpty();
    assertThat(matched(i, "192.0.2.8")).isEmpty();
  }

  @Test
  void cidr_boundariesOfASlash24AreInsideAndNeighboursOutside() {
    IndicatorIndex i = index("198.51.100.0/24");
    assertThat(matched(i, "198.51.100.0")).contains("198.51.100.0/24");
    assertThat(matched(i, "198.51.100.255")).contains("198.51.100.0/24");
    assertThat(matched(i, "198.51.99.255")).isEmpty();
    assertThat(matched(i, "198.51.101.0")).isEmpty();
  }

  @Test
  void cidr_longestPrefixWins() {
    IndicatorIndex i = index("10.0.0.0/8", "10.1.0.0/16", "10.1.2.3");
    assertThat(matched(i, "10.1.2.3")).contains("10.1.2.3");
    assertThat(matched(i, "10.1.9.9")).contains("10.1.0.0/16");
    assertThat(matched(i, "10.200.0.1")).contains("10.0.0.0/8");
  }

  @Test
  void cidr_hostBitsInTheIndicatorAreMaskedOff() {
    assertThat(matched(index("203.0.113.77/24"), "203.0.113.1")).contains("203.0.113.0/24");
  }

  @Test
  void ipv6_compressedExpandedAndUpperCaseFormsAreEqual() {
    IndicatorIndex i = index("2001:db8::1");
    assertThat(matched(i, "2001:0db8:0000:0000:0000:0000:0000:0001")).contains("2001:db8::1");
    assertThat(matched(i, "2001:DB8:0:0::1")).contains("2001:db8::1");
    assertThat(matched(i, "2001:db8::2")).isEmpty();
  }

  @Test
  void ipv6_slash128AndSlash0AndSlash48() {
    assertThat(matched(index("2001:db8::1/128"), "2001:db8::1")).contains("2001:db8::1");
    assertThat(matched(index("2001:db8::1/128"), "2001:db8::")).isEmpty();
    assertThat(matched(index("::/0"), "fe80::1")).contains("::/0");
    IndicatorIndex i = index("2001:db8:abcd::/48");
    assertThat(matched(i, "2001:db8:abcd:ffff:ffff:ffff:ffff:ffff")).contains("2001:db8:abcd::/48");
    assertThat(matched(i, "2001:db8:abce::")).isEmpty();
  }

  @Test
  void ipv6_mappedIpv4EqualsIpv4InBothDirections() {
    assertThat(matched(index("192.0.2.1"), "::ffff:192.0.2.1")).contains("192.0.2.1");
    assertThat(matched(index("192.0.2.1"), "::ffff:c000:201")).contains("192.0.2.1");
    assertThat(matched(index("::ffff:192.0.2.0/120"), "192.0.2.99")).contains("192.0.2.0/24");
  }

  @Test
  void domain_matchesItselfAndAnySubdomainCaseInsensitively() {
    IndicatorIndex i = index("Evil.COM.");
    assertThat(matched(i, "evil.com")).contains("evil.com");
    assertThat(matched(i, "A.B.EVIL.com.")).contains("evil.com");
    assertThat(matched(i, "notevil.com")).isEmpty();
    assertThat(matched(i, "evil.com.au")).isEmpty();
  }

  @Test
  void domain_mostSpecificParentWins() {
    IndicatorIndex i = index("evil.com", "cdn.evil.com");
    assertThat(matched(i, "x.cdn.evil.com")).contains("cdn.evil.com");
    assertThat(matched(i, "x.www.evil.com")).contains("evil.com");
  }

  @Test
  void domain_unicodeAndPunycodeAreEquivalent() {
    assertThat(matched(index("bücher.example"), "xn--bcher-kva.example"))
        .contains("xn--bcher-kva.example");
    assertThat(matched(index("xn--bcher-kva.example"), "www.BÜCHER.example"))
        .contains("xn--bcher-kva.example");
  }

  @Test
  void url_normalisesSchemeHostDefaultPortEscapesAndTrailingSlash() {
    IndicatorIndex i = index("http://evil.example/a-b/c?x=1");
    assertThat(matched(i, "HTTP://EVIL.example:80/a%2Db/c?x=1"))
        .contains("http://evil.example/a-b/c?x=1");
    assertThat(matched(i, "http://evil.example/a-b/c/?x=1#frag")).isPresent();
    assertThat(matched(i, "https://evil.example/a-b/c?x=1")).isEmpty();
    assertThat(matched(i, "http://evil.example/A-b/c?x=1")).isEmpty();
    assertThat(matched(index("https://e.example/"), "https://E.example:443")).isPresent();
    assertThat(matched(index("http://e.example/%7euser"), "http://e.example/~user")).isPresent();
    assertThat(matched(index("http://e.example/a%2fb"), "http://e.example/a%2Fb")).isPresent();
  }

  @Test
  void hashesAndEmails_matchCaseInsensitively() {
    String md5 = "d41d8cd98f00b204e9800998ecf8427e";
    IndicatorIndex i = index(md5.toUpperCase(), "Spy@Evil.Example");
    assertThat(index(md5).match(md5.toUpperCase()).map(Indicator::type))
        .contains(IndicatorType.MD5);
    assertThat(matched(i, md5)).contains(md5);
    assertThat(matched(i, "spy@evil.example")).contains("spy@evil.example");
    assertThat(matched(i, "spy2@evil.example")).isEmpty();
  }

  @Test
  void builder_reportsWhyAValueIsUnusable() {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    assertThat(b.add(IndicatorType.IPV4, "10.0.0.0/33", null)).get().asString().contains("33");
    assertThat(b.add(IndicatorType.SHA256, "abcd", null)).get().asString().contains("sha256");
    assertThat(b.addGuessing("hello", null)).isPresent();
    assertThat(b.add(IndicatorType.DOMAIN, "1.2.3.4", null)).isPresent();
  }

  @Test
  void builder_countsDuplicatesAndKeepsTheFirstReference() {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    b.add(IndicatorType.DOMAIN, "evil.com", "indicator--1");
    b.add(IndicatorType.DOMAIN, "EVIL.com", "indicator--2");
    IndicatorIndex i = b.build();
    assertThat(i.size()).isEqualTo(1);
    assertThat(i.duplicates()).isEqualTo(1);
    assertThat(i.match("evil.com").map(Indicator::reference)).contains("indicator--1");
  }

  @Test
  void emptyIndex_matchesNothing() {
    IndicatorIndex i = IndicatorIndex.builder().build();
    assertThat(i.size()).isZero();
    assertThat(i.match("10.0.0.1")).isEmpty();
    assertThat(i.match("evil.com")).isEmpty();
  }

  @Test
  void manyIndicators_allFoundAndNeighboursNot() {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    for (int k = 0; k < 100_000; k++) {
      b.add(
          IndicatorType.IPV4, "10." + (k >>> 16) + "." + ((k >>> 8) & 255) + "." + (k & 255), null);
    }
    IndicatorIndex i = b.build();
    assertThat(i.size()).isEqualTo(100_000);
    Keys keys = new Keys();
    for (long a = 0x0A000000L; a < 0x0A000000L + 100_000; a++) {
      assertThat(i.findIpv4(keys, a)).isGreaterThanOrEqualTo(0);
    }
    for (long a = 0x0B000000L; a < 0x0B000000L + 100_000; a++) {
      assertThat(i.findIpv4(keys, a)).isEqualTo(-1);
    }
  }

  @Test
  void cidr_widerThanSlash16PassesThePreFilterForEveryCoveredAddress() {
    IndicatorIndex i = index("10.0.0.0/15", "evil.example");
    assertThat(matched(i, "10.0.0.0")).contains("10.0.0.0/15");
    assertThat(matched(i, "10.1.255.255")).contains("10.0.0.0/15");
    assertThat(matched(i, "10.2.0.0")).isEmpty();
    assertThat(matched(i, "9.255.255.255")).isEmpty();
    assertThat(matched(i, "evil.com")).isEmpty();
  }
}
