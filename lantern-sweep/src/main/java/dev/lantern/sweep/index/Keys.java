package dev.lantern.sweep.index;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns values (from indicator sources or straight from log bytes) into the canonical key bytes the
 * {@link IndicatorIndex} is keyed by. One instance per thread: it owns scratch buffers and the hot
 * path allocates nothing unless a value is not ASCII.
 *
 * <h2>Design note</h2>
 *
 * <p>Both sides of a match (indicator at load time, log token at scan time) go through the same
 * byte-level code, so "equal after normalisation" cannot drift between them. Key layouts:
 *
 * <ul>
 *   <li>IPv4: 4 address bytes (masked to the prefix) + prefix length; IPv4-mapped IPv6 ({@code
 *       ::ffff:a.b.c.d}) is IPv4.
 *   <li>IPv6: 16 address bytes (masked) + prefix length; any textual form parses to the same bytes.
 *   <li>Domain: lower-case ASCII (IDN labels as punycode via {@link IDN#toASCII}), no leading or
 *       trailing dots.
 *   <li>URL: lower-case scheme and host, default port dropped, {@code %XX} of unreserved characters
 *       decoded and other escapes upper-cased, fragment dropped, one trailing {@code /} of the path
 *       dropped.
 *   <li>E-mail and hashes: lower-case ASCII.
 * </ul>
 *
 * <p>Methods return the key length written to {@link #out()} from index 0, or {@code -1} when the
 * bytes are not a value of that shape.
 */
public final class Keys {
  /** Longest URL (in bytes) the sweep considers; longer tokens are not URL candidates. */
  public static final int MAX_URL = 8192;

  /** Longest domain name in bytes (RFC 1035). */
  public static final int MAX_DOMAIN = 253;

  private final byte[] out = new byte[MAX_URL + 512];
  private final int[] groups = new int[8];
  private long hi;
  private long lo;

  /** The buffer that key methods write into, from index 0. */
  public byte[] out() {
    return out;
  }

  /** High 64 bits of the last IPv6 address parsed by {@link #parseIpv6}. */
  public long ipv6High() {
    return hi;
  }

  /** Low 64 bits of the last IPv6 address parsed by {@link #parseIpv6}. */
  public long ipv6Low() {
    return lo;
  }

  // ------------------------------------------------------------------ IP addresses

  /**
   * Parses dotted-quad IPv4 ({@code 0..255} per part, at most three digits) in {@code b[from,to)}.
   *
   * @return the address as an unsigned 32-bit value, or {@code -1}
   */
  public static long parseIpv4(byte[] b, int from, int to) {
    long acc = 0;
    int parts = 0;
    int val = 0;
    int digits = 0;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 3) {
          return -1;
        }
        val = val * 10 + (c - '0');
      } else if (c == '.') {
        if (digits == 0 || val > 255 || ++parts > 3) {
          return -1;
        }
        acc = (acc << 8) | val;
        val = 0;
        digits = 0;
      } else {
        return -1;
      }
    }
    if (digits == 0 || val > 255 || parts != 3) {
      return -1;
    }
    return (acc << 8) | val;
  }

  /**
   * Parses an IPv6 address in any RFC 4291 text form (compressed, expanded, with a trailing dotted
   * IPv4). On success the address is in {@link #ipv6High()}/{@link #ipv6Low()}.
   */
  public boolean parseIpv6(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 45) {
      return false;
    }
    int gi = 0;
    int gap = -1;
    int i = from;
    if (b[i] == ':') {
      if (b[i + 1] != ':') {
        return false;
      }
      gap = 0;
      i += 2;
    }
    while (i < to) {
      int start = i;
      int v = 0;
      while (i < to) {
        int h = hexValue(b[i]);
        if (h < 0) {
          break;
        }
        v = (v << 4) | h;
        i++;
      }
      if (i < to && b[i] == '.') {
        if (gi > 6) {
          return false;
        }
        long v4 = parseIpv4(b, start, to);
        if (v4 < 0) {
          return false;
        }
        groups[gi++] = (int) (v4 >>> 16);
        groups[gi++] = (int) (v4 & 0xffff);
        i = to;
        break;
      }
      if (i == start || i - start > 4 || gi == 8) {
        return false;
      }
      groups[gi++] = v;
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
        gap = gi;
        i++;
      } else if (i == to) {
        return false;
      }
    }
    if (gap < 0 ? gi != 8 : gi > 7) {
      return false;
    }
    long h = 0;
    long l = 0;
    int fill = 8 - gi;
    int src = 0;
    for (int g = 0; g < 8; g++) {
      int v;
      if (gap >= 0 && g >= gap && g < gap + fill) {
        v = 0;
      } else {
        v = groups[src++];
      }
      if (g < 4) {
        h = (h << 16) | v;
      } else {
        l = (l << 16) | v;
      }
    }
    hi = h;
    lo = l;
    return true;
  }

  /** Whether {@code (high, low)} is an IPv4-mapped IPv6 address ({@code ::ffff:0:0/96}). */
  public static boolean isMappedIpv4(long high, long low) {
    return high == 0 && (low >>> 32) == 0xffffL;
  }

  /** Writes the IPv4 key for {@code address} masked to {@code prefix} bits. */
  public int ipv4Key(long address, int prefix) {
    long masked = prefix == 0 ? 0 : address & (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    out[0] = (byte) (masked >>> 24);
    out[1] = (byte) (masked >>> 16);
    out[2] = (byte) (masked >>> 8);
    out[3] = (byte) masked;
    out[4] = (byte) prefix;
    return 5;
  }

  /** Writes the IPv6 key for {@code (high, low)} masked to {@code prefix} bits. */
  public int ipv6Key(long high, long low, int prefix) {
    long h;
    long l;
    if (prefix >= 64) {
      h = high;
      l = prefix == 128 ? low : (prefix == 64 ? 0 : low & (-1L << (128 - prefix)));
    } else {
      h = prefix == 0 ? 0 : high & (-1L << (64 - prefix));
      l = 0;
    }
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (h >>> (56 - 8 * i));
      out[8 + i] = (byte) (l >>> (56 - 8 * i));
    }
    out[16] = (byte) prefix;
    return 17;
  }

  // ------------------------------------------------------------------ names

  /**
   * Writes the domain key for {@code b[from,to)}: leading and trailing dots dropped, lower-cased,
   * non-ASCII names converted to punycode. Does not check that the name is well formed.
   */
  public int domainKey(byte[] b, int from, int to) {
    return hostKey(b, from, to, 0);
  }

  private int hostKey(byte[] b, int from, int to, int at) {
    while (from < to && b[from] == '.') {
      from++;
    }
    while (to > from && b[to - 1] == '.') {
      to--;
    }
    int n = to - from;
    if (n == 0 || n > 4 * MAX_DOMAIN) {
      return -1;
    }
    int k = at;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c < 0) {
        return idnKey(new String(b, from, n, StandardCharsets.UTF_8), at);
      }
      out[k++] = (c >= 'A' && c <= 'Z') ? (byte) (c + 32) : c;
    }
    return n > MAX_DOMAIN ? -1 : k;
  }

  private int idnKey(String name, int at) {
    String ascii;
    try {
      ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    while (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    int n = ascii.length();
    if (n == 0 || n > MAX_DOMAIN) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = ascii.charAt(i);
      if (c > 0x7f) {
        return -1;
      }
      out[at + i] = (byte) c;
    }
    return at + n;
  }

  /** Writes the e-mail key: ASCII {@code local@domain}, lower-cased, trailing dots dropped. */
  public int emailKey(byte[] b, int from, int to) {
    while (to > from && b[to - 1] == '.') {
      to--;
    }
    int n = to - from;
    if (n < 3 || n > 320) {
      return -1;
    }
    int at = -1;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c < 0) {
        return -1;
      }
      if (c == '@') {
        if (at >= 0) {
          return -1;
        }
        at = i;
      }
      out[i - from] = (c >= 'A' && c <= 'Z') ? (byte) (c + 32) : c;
    }
    if (at <= from || at >= to - 1) {
      return -1;
    }
    return n;
  }

  /** Writes the hash key (lower-case hex) or returns -1 when a byte is not a hex digit. */
  public int hashKey(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (hexValue(c) < 0) {
        return -1;
      }
      out[i - from] = (c >= 'A' && c <= 'F') ? (byte) (c + 32) : c;
    }
    return to - from;
  }

  /**
   * Writes the hash key of {@code b[from,to)}, whose bytes the caller has already seen to be hex
   * digits (the scanner's word classes): lower-casing is then one OR per byte, with no check.
   */
  public int hexKey(byte[] b, int from, int to) {
    int n = to - from;
    byte[] o = out;
    for (int i = 0; i < n; i++) {
      o[i] = (byte) (b[from + i] | 0x20);
    }
    return n;
  }

  // ------------------------------------------------------------------ URLs

  /** Writes the normalised URL key for {@code b[from,to)} (see the class note), or -1. */
  public int urlKey(byte[] b, int from, int to) {
    if (to - from > MAX_URL) {
      return -1;
    }
    int i = from;
    while (i < to && isSchemeByte(b[i])) {
      i++;
    }
    if (i == from || i + 2 >= to || b[i] != ':' || b[i + 1] != '/' || b[i + 2] != '/') {
      return -1;
    }
    int k = 0;
    for (int j = from; j < i; j++) {
      byte c = b[j];
      out[k++] = (c >= 'A' && c <= 'Z') ? (byte) (c + 32) : c;
    }
    int schemeLength = k;
    out[k++] = ':';
    out[k++] = '/';
    out[k++] = '/';
    int a = i + 3;
    int ae = a;
    while (ae < to && b[ae] != '/' && b[ae] != '?' && b[ae] != '#') {
      ae++;
    }
    int hs = a;
    for (int j = ae - 1; j >= a; j--) {
      if (b[j] == '@') {
        for (int u = a; u <= j; u++) {
          out[k++] = b[u];
        }
        hs = j + 1;
        break;
      }
    }
    int ps = -1;
    if (hs < ae && b[hs] == '[') {
      int he = hs;
      while (he < ae && b[he] != ']') {
        he++;
      }
      if (he == ae) {
        return -1;
      }
      for (int j = hs; j <= he; j++) {
        byte c = b[j];
        out[k++] = (c >= 'A' && c <= 'Z') ? (byte) (c + 32) : c;
      }
      if (he + 1 < ae) {
        if (b[he + 1] != ':') {
          return -1;
        }
        ps = he + 2;
      }
    } else {
      int he = hs;
      while (he < ae && b[he] != ':') {
        he++;
      }
      int hk = hostKey(b, hs, he, k);
      if (hk < 0) {
        return -1;
      }
      k = hk;
      if (he < ae) {
        ps = he + 1;
      }
    }
    if (ps >= 0) {
      while (ps < ae && b[ps] == '0') {
        ps++;
      }
      int port = 0;
      for (int j = ps; j < ae; j++) {
        int c = b[j];
        if (c < '0' || c > '9' || j - ps > 5) {
          return -1;
        }
        port = port * 10 + (c - '0');
      }
      if (ps < ae && !isDefaultPort(out, schemeLength, port)) {
        out[k++] = ':';
        for (int j = ps; j < ae; j++) {
          out[k++] = b[j];
        }
      }
    }
    int pathStart = k;
    int end = ae;
    while (end < to && b[end] != '#') {
      end++;
    }
    int query = -1;
    for (int j = ae; j < end; j++) {
      byte c = b[j];
      if (c == '%' && j + 2 < end && hexValue(b[j + 1]) >= 0 && hexValue(b[j + 2]) >= 0) {
        int v = (hexValue(b[j + 1]) << 4) | hexValue(b[j + 2]);
        if (isUnreserved(v)) {
          out[k++] = (byte) v;
        } else {
          out[k++] = '%';
          out[k++] = upperHex(b[j + 1]);
          out[k++] = upperHex(b[j + 2]);
        }
        j += 2;
      } else {
        if (c == '?' && query < 0) {
          query = k;
        }
        out[k++] = c;
      }
    }
    int pathEnd = query < 0 ? k : query;
    if (pathEnd > pathStart && out[pathEnd - 1] == '/') {
      System.arraycopy(out, pathEnd, out, pathEnd - 1, k - pathEnd);
      k--;
    }
    return k;
  }

  private static boolean isDefaultPort(byte[] scheme, int length, int port) {
    return switch (length) {
      case 2 -> port == 80 && scheme[0] == 'w' && scheme[1] == 's';
      case 3 ->
          (port == 21 && scheme[0] == 'f' && scheme[1] == 't' && scheme[2] == 'p')
              || (port == 443 && scheme[0] == 'w' && scheme[1] == 's' && scheme[2] == 's');
      case 4 -> port == 80 && scheme[0] == 'h' && scheme[1] == 't' && scheme[3] == 'p';
      case 5 -> port == 443 && scheme[0] == 'h' && scheme[1] == 't' && scheme[4] == 's';
      default -> false;
    };
  }

  private static boolean isSchemeByte(byte c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '-'
        || c == '.';
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static byte upperHex(byte c) {
    return (c >= 'a' && c <= 'f') ? (byte) (c - 32) : c;
  }

  /** The value of a hex digit, or -1. */
  public static int hexValue(byte c) {
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
}
