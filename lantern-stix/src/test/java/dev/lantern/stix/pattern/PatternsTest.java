package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternsTest {
  private static final String SHA256 =
      "ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c";

  @Test
  void equals_writesQuotedComparison() {
    Pattern p = Patterns.equals("ipv4-addr", "value", "198.51.100.7");

    assertThat(p.toString()).isEqualTo("[ipv4-addr:value = '198.51.100.7']");
    assertThat(Pattern.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void equals_escapesQuotesAndBackslashes() {
    Pattern p = Patterns.equals("file", "name", "it's C:\\evil.exe");

    assertThat(p.toString()).isEqualTo("[file:name = 'it\\'s C:\\\\evil.exe']");
    assertThat(Pattern.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void equals_rejectsInvalidObjectType() {
    assertThatThrownBy(() -> Patterns.equals("IPv4", "value", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object type 'IPv4'");
  }

  @Test
  void fileHash_quotesAlgorithmKeyWithHyphen() {
    Pattern p = Patterns.fileHash("SHA-256", SHA256.toUpperCase(java.util.Locale.ROOT));

    assertThat(p.toString()).isEqualTo("[file:hashes.'SHA-256' = '" + SHA256 + "']");
    assertThat(Pattern.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void fileHash_leavesPlainAlgorithmUnquoted() {
    assertThat(Patterns.fileHash("MD5", "001dd76872d80801692ff942308c64e6").toString())
        .isEqualTo("[file:hashes.MD5 = '001dd76872d80801692ff942308c64e6']");
  }

  @Test
  void fileHash_rejectsWrongLengthOrNonHex() {
    assertThatThrownBy(() -> Patterns.fileHash("SHA-256", "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> Patterns.fileHash("MD5", "g".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fileHash_acceptsNonHexAlgorithmsAsGiven() {
    Pattern p = Patterns.fileHash("SSDEEP", "3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C");

    assertThat(Pattern.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void in_writesSetOfStrings() {
    Pattern p = Patterns.in("domain-name", "value", List.of("a.example", "b'example"));

    assertThat(p.toString()).isEqualTo("[domain-name:value IN ('a.example', 'b\\'example')]");
    assertThat(Pattern.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void anyOf_joinsWithOr() {
    Pattern p =
        Patterns.anyOf(
            List.of(
                Patterns.equals("ipv4-addr", "value", "10.0.0.1"),
                Patterns.equals("domain-name", "value", "example.com")));

    assertThat(p.toString())
        .isEqualTo("[ipv4-addr:value = '10.0.0.1'] OR [domain-name:value = 'example.com']");
  }
}
