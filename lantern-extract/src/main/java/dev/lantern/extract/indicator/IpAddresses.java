package dev.lantern.extract.indicator;

import dev.lantern.stix.Ipv6Addr;
import java.util.Optional;

/**
 * Parsing, canonical form and special-range classification of IPv4 and IPv6 addresses held in a
 * char buffer. No allocation on the rejection paths; the parsers never look outside {@code [from,
 * to)}.
 *
 * <p>Special ranges follow the IANA special-purpose registries (RFC 6890 and successors): private
 * and unique-local, loopback, link-local, multicast, documentation (RFC 5737, RFC 3849),
 * benchmarking, shared address space and reserved blocks.
 */
final class IpAddresses {
  private IpAddresses() {}

  /** Sentinel returned by {@link #parseV4} for text that is not a dotted quad. */
  static final long NOT_V4 = -1L;

  // ------------------------------------------------------------------ IPv4

  /**
   * Parses a strict dotted quad: four decimal octets 0–255 without leading zeros.
   *
   * @return the address as an unsigned 32-bit value, or {@link #NOT_V4}
   */
  static long parseV4(char[] b, int from, int to) {
    long addr = 0;
    int octets = 0;
    int i = from;
    while (i < to) {
      int start = i;
      int v = 0;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        v = v * 10 + (b[i] - '0');
        i++;
        if (i - start > 3) {
          return NOT_V4;
        }
      }
      int len = i - start;
      if (len == 0 || v > 255 || (len > 1 && b[start] == '0')) {
        return NOT_V4;
      }
      addr = (addr << 8) | v;
      octets++;
      if (i < to) {
        if (b[i] != '.' || octets == 4) {
          return NOT_V4;
        }
        i++;
        if (i == to) {
          return NOT_V4;
        }
      }
    }
    return octets == 4 ? addr : NOT_V4;
  }

  static String formatV4(long a) {
    return ((a >>> 24) & 255)
        + "."
        + ((a >>> 16) & 255)
        + "."
        + ((a >>> 8) & 255)
        + "."
        + (a & 255);
  }

  /** The special range an IPv4 address belongs to, or empty for a global unicast address. */
  static Optional<String> specialV4(long a) {
    int o1 = (int) (a >>> 24) & 255;
    int o2 = (int) (a >>> 16) & 255;
    int o3 = (int) (a >>> 8) & 255;
    if (o1 == 10 || (o1 == 172 && (o2 & 0xF0) == 16) || (o1 == 192 && o2 == 168)) {
      return Optional.of("private-range");
    }
    if (o1 == 127) {
      return Optional.of("loopback");
    }
    if (o1 == 169 && o2 == 254) {
      return Optional.of("link-local");
    }
    if (o1 >= 224 && o1 <= 239) {
      return Optional.of("multicast");
    }
    if ((o1 == 192 && o2 == 0 && o3 == 2)
        || (o1 == 198 && o2 == 51 && o3 == 100)
        || (o1 == 203 && o2 == 0 && o3 == 113)) {
      return Optional.of("documentation-range");
    }
    if (o1 == 100 && (o2 & 0xC0) == 64) {
      return Optional.of("shared-range");
    }
    if (o1 == 0
        || o1 >= 240
        || (o1 == 198 && (o2 & 0xFE) == 18)
        || (o1 == 192 && o2 == 0 && o3 == 0)) {
      return Optional.of("reserved-range");
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ IPv6

  /**
   * Parses an IPv6 address (RFC 4291 text forms, including {@code ::} compression and a dotted IPv4
   * tail) into eight 16-bit groups.
   *
   * @return whether {@code [from, to)} is exactly one IPv6 address; {@code groups} holds it then
   */
  static boolean parseV6(char[] b, int from, int to, int[] groups) {
    if (to - from < 2 || to - from > 45) {
      return false;
    }
    int n = 0;
    int gap = -1;
    int i = from;
    if (b[i] == ':') {
      if (b[i + 1] != ':') {
        return false;
      }
      gap = 0;
      i += 2;
      if (i == to) {
        return false; // "::" alone is the unspecified address: not an indicator
      }
    }
    while (i < to) {
      if (n == 8) {
        return false;
      }
      int start = i;
      int v = 0;
      while (i < to && i - start < 5 && hex(b[i]) >= 0) {
        v = (v << 4) | hex(b[i]);
        i++;
      }
      if (i < to && b[i] == '.') {
        // dotted IPv4 tail: takes two groups and must end the address
        long v4 = parseV4(b, start, to);
        if (v4 == NOT_V4 || n > 6) {
          return false;
        }
        groups[n++] = (int) (v4 >>> 16);
        groups[n++] = (int) (v4 & 0xFFFF);
        i = to;
        break;
      }
      int len = i - start;
      if (len == 0 || len > 4) {
        return false;
      }
      groups[n++] = v;
      if (i == to) {
        break;
      }
      if (b[i] != ':') {
        return false;
      }
      i++;
      if (i < to && b[i] == ':') {
        if (gap >= 0) {
          return false;
        }
        gap = n;
        i++;
      } else if (i == to) {
        return false;
      }
    }
    if (gap < 0) {
      return n == 8;
    }
    if (gap > 0 && n < 2) {
      return false; // "a::", "cafe::": one group and a gap is a word with colons, not an address
    }
    if (n > 7) {
      return false;
    }
    int fill = 8 - n;
    System.arraycopy(groups, gap, groups, gap + fill, n - gap);
    for (int k = gap; k < gap + fill; k++) {
      groups[k] = 0;
    }
    return true;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** RFC 5952 text, with IPv4-mapped addresses in their dotted form ({@code ::ffff:1.2.3.4}). */
  static String formatV6(int[] g) {
    if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF) {
      return "::ffff:" + formatV4(((long) g[6] << 16) | g[7]);
    }
    return Ipv6Addr.canonicalText(g);
  }

  /** The special range an IPv6 address belongs to, or empty for a global unicast address. */
  static Optional<String> specialV6(int[] g) {
    boolean zeroHigh = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0;
    if (zeroHigh && g[5] == 0 && g[6] == 0 && (g[7] == 1)) {
      return Optional.of("loopback");
    }
    if (zeroHigh && g[5] == 0xFFFF) {
      return specialV4(((long) g[6] << 16) | g[7]);
    }
    if (zeroHigh && g[5] == 0) {
      return Optional.of("reserved-range");
    }
    if ((g[0] & 0xFFC0) == 0xFE80) {
      return Optional.of("link-local");
    }
    if ((g[0] & 0xFE00) == 0xFC00) {
      return Optional.of("private-range");
    }
    if ((g[0] & 0xFF00) == 0xFF00) {
      return Optional.of("multicast");
    }
    if (g[0] == 0x2001 && g[1] == 0x0DB8 || (g[0] == 0x3FFF && (g[1] & 0xF000) == 0)) {
      return Optional.of("documentation-range");
    }
    return Optional.empty();
  }
}
