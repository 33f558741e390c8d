package dev.lantern.extract.indicator;

import java.util.Locale;

/**
 * The kinds of indicator of compromise that {@link IndicatorExtractor} finds. Each has a stable
 * JSON name ({@link #jsonName()}) used by the CLI and the STIX mapping.
 */
public enum IndicatorType {
  /** Dotted-quad IPv4 address, canonical without leading zeros. */
  IPV4,
  /** IPv6 address in RFC 5952 form. */
  IPV6,
  /** IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). */
  CIDR,
  /** Domain name under a public suffix, lower case. */
  DOMAIN,
  /** URL with a scheme (or a host followed by a path), scheme and host lower case. */
  URL,
  /** E-mail address, lower case. */
  EMAIL,
  MD5,
  SHA1,
  SHA256,
  SHA512,
  /**
   * Import hash of a PE file (an MD5), when the text labels it {@code imphash} or {@code import
   * hash}.
   */
  IMPHASH,
  /** Authenticode hash of a PE file (a SHA-256), when the text labels it {@code authentihash}. */
  AUTHENTIHASH,
  /** CVE identifier, upper case ({@code CVE-2024-3400}). */
  CVE,
  /** MITRE ATT&amp;CK technique or sub-technique ({@code T1059}, {@code T1059.001}). */
  ATTACK_TECHNIQUE,
  /** MITRE ATT&amp;CK tactic ({@code TA0001}). */
  ATTACK_TACTIC,
  /** MITRE ATT&amp;CK mitigation ({@code M1036}); upper case in the text only. */
  ATTACK_MITIGATION,
  /** MITRE ATT&amp;CK group ({@code G0007}); upper case in the text only. */
  ATTACK_GROUP,
  /** MITRE ATT&amp;CK software ({@code S0154}); upper case in the text only. */
  ATTACK_SOFTWARE,
  /** Autonomous system number, canonical {@code AS12345}. */
  ASN,
  /** Bitcoin address: base58check P2PKH/P2SH or bech32/bech32m, checksum verified. */
  BTC,
  /** Ethereum address: {@code 0x} and 40 hex digits, lower case. */
  ETH,
  /** Monero address: 95 or 106 base58 characters starting with 4 or 8 (no checksum check). */
  XMR;

  private final String jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The stable lower-case, hyphenated name: {@code "ipv4"}, {@code "attack-technique"}. */
  public String jsonName() {
    return jsonName;
  }
}
