package dev.lantern.sweep;

import java.util.Locale;
import java.util.Optional;

/** The kinds of value the sweep can find in logs; the name is the STIX-style name in reports. */
public enum IndicatorType {
  IPV4("ipv4-addr"),
  IPV6("ipv6-addr"),
  DOMAIN("domain-name"),
  URL("url"),
  EMAIL("email-addr"),
  MD5("md5"),
  SHA1("sha1"),
  SHA256("sha256"),
  SHA512("sha512");

  private final String label;

  IndicatorType(String label) {
    this.label = label;
  }

  /** The name used in output ({@code ipv4-addr}, {@code domain-name}, {@code sha256}, …). */
  public String label() {
    return label;
  }

  /** Whether values of this type are file hashes. */
  public boolean isHash() {
    return this == MD5 || this == SHA1 || this == SHA256 || this == SHA512;
  }

  /** The hash type whose hex digest has {@code hexLength} characters, if any. */
  public static Optional<IndicatorType> hashOfLength(int hexLength) {
    return switch (hexLength) {
      case 32 -> Optional.of(MD5);
      case 40 -> Optional.of(SHA1);
      case 64 -> Optional.of(SHA256);
      case 128 -> Optional.of(SHA512);
      default -> Optional.empty();
    };
  }

  /**
   * Reads a type name as written in CSV headers and MISP/STIX vocabularies: {@code ip}, {@code
   * ipv4}, {@code ipv4-addr}, {@code ip-dst}, {@code domain}, {@code hostname}, {@code url}, {@code
   * email}, {@code md5}, {@code sha-256}, … Returns empty for names it does not know.
   */
  public static Optional<IndicatorType> fromName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (n) {
      case "ip", "ipv4", "ipv4-addr", "ip4", "ip-src", "ip-dst" -> Optional.of(IPV4);
      case "ipv6", "ipv6-addr", "ip6" -> Optional.of(IPV6);
      case "domain", "domain-name", "hostname", "host", "fqdn" -> Optional.of(DOMAIN);
      case "url", "uri", "link" -> Optional.of(URL);
      case "email", "email-addr", "email-src", "email-dst", "e-mail" -> Optional.of(EMAIL);
      case "md5", "file:hashes.md5" -> Optional.of(MD5);
      case "sha1", "sha-1" -> Optional.of(SHA1);
      case "sha256", "sha-256" -> Optional.of(SHA256);
      case "sha512", "sha-512" -> Optional.of(SHA512);
      default -> Optional.empty();
    };
  }
}
