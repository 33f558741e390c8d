package dev.lantern.extract.document;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether an address is public. Covers every IPv4 and IPv6 range that is not globally
 * routable (RFC 6890 and its IPv6 siblings), including the forms that smuggle IPv4 inside IPv6.
 * Public so that other network clients (the TAXII client) apply the same rule as URL fetching.
 */
public final class AddressPolicy {
  private AddressPolicy() {}

  /** Why the address is not public, or empty when it is. */
  public static Optional<String> nonPublicReason(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      return Optional.of("unspecified address");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("loopback address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("link-local address");
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of("private address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("multicast address");
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return ipv4Reason(b, 0);
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xFF;
      if ((first & 0xFE) == 0xFC) {
        return Optional.of("unique local IPv6 address");
      }
      if (first == 0xFE && (b[1] & 0xC0) == 0xC0) {
        return Optional.of("site-local IPv6 address");
      }
      boolean zero10 = true;
      for (int i = 0; i < 10; i++) {
        zero10 &= b[i] == 0;
      }
      if (zero10 && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
        return ipv4Reason(b, 12);
      }
      if (zero10 && b[10] == 0 && b[11] == 0) {
        return Optional.of("IPv4-compatible IPv6 address");
      }
      if ((b[0] & 0xFF) == 0x00
          && (b[1] & 0xFF) == 0x64
          && (b[2] & 0xFF) == 0xFF
          && (b[3] & 0xFF) == 0x9B) {
        return ipv4Reason(b, 12);
      }
      if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
        return ipv4Reason(b, 2).map(r -> "6to4 address embedding a " + r);
      }
      if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && b[2] == 0 && b[3] == 0) {
        return Optional.of("Teredo address");
      }
      if ((b[0] & 0xFF) == 0x20
          && (b[1] & 0xFF) == 0x01
          && (b[2] & 0xFF) == 0x0D
          && (b[3] & 0xFF) == 0xB8) {
        return Optional.of("documentation address");
      }
      if ((b[0] & 0xFF) == 0x01
          && b[1] == 0
          && b[2] == 0
          && b[3] == 0
          && b[4] == 0
          && b[5] == 0
          && b[6] == 0
          && b[7] == 0) {
        return Optional.of("discard-only address");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ipv4Reason(byte[] b, int at) {
    int a = b[at] & 0xFF;
    int c = b[at + 1] & 0xFF;
    int d = b[at + 2] & 0xFF;
    if (a == 0) {
      return Optional.of("'this network' address");
    }
    if (a == 10 || (a == 172 && (c & 0xF0) == 16) || (a == 192 && c == 168)) {
      return Optional.of("private address");
    }
    if (a == 127) {
      return Optional.of("loopback address");
    }
    if (a == 169 && c == 254) {
      return Optional.of("link-local address");
    }
    if (a == 100 && (c & 0xC0) == 64) {
      return Optional.of("carrier-grade NAT address");
    }
    if (a == 192 && c == 0 && d == 0) {
      return Optional.of("IETF protocol assignment");
    }
    if ((a == 192 && c == 0 && d == 2)
        || (a == 198 && c == 51 && d == 100)
        || (a == 203 && c == 0 && d == 113)) {
      return Optional.of("documentation address");
    }
    if (a == 198 && (c & 0xFE) == 18) {
      return Optional.of("benchmarking address");
    }
    if (a >= 224) {
      return Optional.of(a < 240 ? "multicast address" : "reserved address");
    }
    return Optional.empty();
  }
}
