package dev.lantern.sweep.index;

import dev.lantern.stix.Ipv6Addr;
import dev.lantern.sweep.Indicator;
import dev.lantern.sweep.IndicatorType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A compiled, immutable set of indicators that answers "is this token an indicator?" in a few
 * nanoseconds, with CIDR (longest prefix first) and subdomain (most specific first) semantics.
 *
 * <p>Build one with {@link #builder()}; sources in {@code dev.lantern.sweep.intel} feed the
 * builder. Start-up cost and memory grow with the indicator count only (about 30 bytes per
 * indicator, see {@code KeyTable}). Safe for concurrent use by any number of scanner threads, each
 * with its own {@link Keys}.
 */
public final class IndicatorIndex {
  private static final IndicatorType[] TYPES = IndicatorType.values();

  private final KeyTable table;
  private final List<Rejection> rejected;
  private final int duplicates;
  private final boolean[] present;
  private final int[] ipv4Prefixes;
  private final int[] ipv6Prefixes;

  /** Label counts of the domains held: parents with other counts need no lookup. */
  private final boolean[] domainLabels;

  /**
   * One bit per IPv4 /16 that any IPv4 indicator touches (8 KB, stays in L1): most addresses in
   * logs (internal ranges, big clouds) are rejected with one load before any hashing.
   */
  private final long[] ipv4Slash16;

  /** One bit per hashed top-level label of the domains held (512 bytes). */
  private final long[] domainTlds;

  private IndicatorIndex(Builder b) {
    this.table = b.table.build();
    this.rejected = List.copyOf(b.rejected);
    this.duplicates = b.duplicates;
    this.present = b.present.clone();
    this.ipv4Prefixes = descending(b.ipv4Prefixes, 32);
    this.ipv6Prefixes = descending(b.ipv6Prefixes, 128);
    this.domainLabels = b.domainLabels.clone();
    this.ipv4Slash16 = b.ipv4Slash16.clone();
    this.domainTlds = b.domainTlds.clone();
  }

  /** A builder for an index; not thread-safe. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many distinct indicators the index holds. */
  public int size() {
    return table.size();
  }

  /** Indicators offered but not held (unsupported or malformed), in the order they were met. */
  public List<Rejection> rejected() {
    return rejected;
  }

  /** How many offered indicators repeated one already held. */
  public int duplicates() {
    return duplicates;
  }

  /** Approximate heap bytes held by the compiled table (arrays only). */
  public long memoryBytes() {
    return table.memoryBytes();
  }

  /** Whether any indicator of {@code type} is held (scanners skip work for absent types). */
  public boolean contains(IndicatorType type) {
    return present[type.ordinal()];
  }

  /** The indicator behind an entry number returned by a lookup. */
  public Indicator indicator(int entry) {
    IndicatorType type = TYPES[table.type(entry)];
    String value = display(type, table.key(entry));
    String reference = table.reference(entry);
    return new Indicator(type, value, reference == null ? value : reference);
  }

  // ------------------------------------------------------------------ lookups (hot path)

  /** The most specific IPv4 indicator (exact or CIDR) containing {@code address}, or -1. */
  public int findIpv4(Keys keys, long address) {
    int top = (int) (address >>> 16);
    if ((ipv4Slash16[top >>> 6] & (1L << top)) == 0) {
      return -1;
    }
    byte[] out = keys.out();
    for (int prefix : ipv4Prefixes) {
      int e = table.find(IndicatorType.IPV4.ordinal(), out, 0, keys.ipv4Key(address, prefix));
      if (e >= 0) {
        return e;
      }
    }
    return -1;
  }

  /** The most specific IPv6 indicator containing {@code (high, low)}, or -1. */
  public int findIpv6(Keys keys, long high, long low) {
    if (Keys.isMappedIpv4(high, low)) {
      return findIpv4(keys, low & 0xffffffffL);
    }
    byte[] out = keys.out();
    for (int prefix : ipv6Prefixes) {
      int e = table.find(IndicatorType.IPV6.ordinal(), out, 0, keys.ipv6Key(high, low, prefix));
      if (e >= 0) {
        return e;
      }
    }
    return -1;
  }

  /**
   * The most specific domain indicator equal to, or a parent domain of, the domain key in {@code
   * keys.out()[0, length)}, or -1.
   */
  public int findDomain(Keys keys, int length) {
    byte[] out = keys.out();
    int labels = 1;
    int lastDot = -1;
    for (int i = 0; i < length; i++) {
      if (out[i] == '.') {
        labels++;
        lastDot = i;
      }
    }
    int tld = tldBit(out, lastDot + 1, length);
    if ((domainTlds[tld >>> 6] & (1L << tld)) == 0) {
      return -1;
    }
    int from = 0;
    while (from < length) {
      if (labels < domainLabels.length && domainLabels[labels]) {
        int e = table.find(IndicatorType.DOMAIN.ordinal(), out, from, length - from);
        if (e >= 0) {
          return e;
        }
      }
      while (from < length && out[from] != '.') {
        from++;
      }
      from++;
      labels--;
    }
    return -1;
  }

  /** The indicator whose key of {@code type} equals {@code keys.out()[0, length)}, or -1. */
  public int findExact(IndicatorType type, Keys keys, int length) {
    return table.find(type.ordinal(), keys.out(), 0, length);
  }

  /**
   * Looks up one value the way a sweep would see it as a whole token (for tests, benchmarks and
   * interactive checks). Slow path; allocates.
   */
  public Optional<Indicator> match(String value) {
    Keys keys = new Keys();
    byte[] b = value.trim().getBytes(StandardCharsets.UTF_8);
    Optional<IndicatorType> type = Builder.guess(keys, b);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    int e =
        switch (type.get()) {
          case IPV4, IPV6 -> {
            long v4 = Keys.parseIpv4(b, 0, b.length);
            if (v4 >= 0) {
              yield findIpv4(keys, v4);
            }
            yield keys.parseIpv6(b, 0, b.length)
                ? findIpv6(keys, keys.ipv6High(), keys.ipv6Low())
                : -1;
          }
          case DOMAIN -> {
            int n = keys.domainKey(b, 0, b.length);
            yield n < 0 ? -1 : findDomain(keys, n);
          }
          case URL -> {
            int n = keys.urlKey(b, 0, b.length);
            yield n < 0 ? -1 : findExact(IndicatorType.URL, keys, n);
          }
          case EMAIL -> {
            int n = keys.emailKey(b, 0, b.length);
            yield n < 0 ? -1 : findExact(IndicatorType.EMAIL, keys, n);
          }
          default -> findExact(type.get(), keys, keys.hashKey(b, 0, b.length));
        };
    return e < 0 ? Optional.empty() : Optional.of(indicator(e));
  }

  private static int tldBit(byte[] key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + key[i];
    }
    return (h ^ (h >>> 12)) & 4095;
  }

  // ------------------------------------------------------------------ display

  private static String display(IndicatorType type, byte[] key) {
    switch (type) {
      case IPV4:
        {
          String a =
              (key[0] & 0xff)
                  + "."
                  + (key[1] & 0xff)
                  + "."
                  + (key[2] & 0xff)
                  + "."
                  + (key[3] & 0xff);
          return key[4] == 32 ? a : a + "/" + key[4];
        }
      case IPV6:
        {
          String a = formatIpv6(key);
          return (key[16] & 0xff) == 128 ? a : a + "/" + (key[16] & 0xff);
        }
      default:
        return new String(key, StandardCharsets.US_ASCII);
    }
  }

  /** RFC 5952 text of a 16-byte address. */
  static String formatIpv6(byte[] a) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
    }
    return Ipv6Addr.canonicalText(g);
  }

  private static int[] descending(boolean[] present, int max) {
    int n = 0;
    for (boolean p : present) {
      n += p ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int p = max; p >= 0; p--) {
      if (present[p]) {
        out[k++] = p;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ building

  /** Collects indicators; {@link #build()} compiles them. Not thread-safe. */
  public static final class Builder {
    private final KeyTable.Builder table = new KeyTable.Builder();
    private final Keys keys = new Keys();
    private final List<Rejection> rejected = new ArrayList<>();
    private final boolean[] present = new boolean[TYPES.length];
    private final boolean[] ipv4Prefixes = new boolean[33];
    private final boolean[] ipv6Prefixes = new boolean[129];
    private final boolean[] domainLabels = new boolean[128];
    private final long[] ipv4Slash16 = new long[1 << 10];
    private final long[] domainTlds = new long[64];
    private int duplicates;

    private Builder() {}

    /**
     * Adds one indicator.
     *
     * @param type the declared type; IP types accept either family (feeds often file IPv6 under
     *     "ip-dst"), and URLs without a scheme get {@code http://}
     * @param value the value as the source gives it; IPs may carry a {@code /prefix}
     * @param reference the source's name for it (STIX id, MISP uuid), or null to use the value
     * @return empty when added (or a duplicate), else why the value is not usable
     */
    public Optional<String> add(IndicatorType type, String value, String reference) {
      return add(type, value.trim().getBytes(StandardCharsets.UTF_8), reference);
    }

    private Optional<String> add(IndicatorType type, byte[] b, String reference) {
      byte[] out = keys.out();
      switch (type) {
        case IPV4, IPV6:
          return addIp(b, reference);
        case DOMAIN:
          {
            int n = keys.domainKey(b, 0, b.length);
            if (n < 0 || !isDomainKey(out, n)) {
              return Optional.of("not a domain name");
            }
            int labels = 1;
            for (int i = 0; i < n; i++) {
              labels += out[i] == '.' ? 1 : 0;
            }
            domainLabels[labels] = true;
            int lastDot = -1;
            for (int i = 0; i < n; i++) {
              lastDot = out[i] == '.' ? i : lastDot;
            }
            int tld = tldBit(out, lastDot + 1, n);
            domainTlds[tld >>> 6] |= 1L << tld;
            return put(IndicatorType.DOMAIN, n, reference);
          }
        case URL:
          {
            if (indexOf(b, SCHEME_SEPARATOR) < 0) {
              byte[] withScheme = new byte[HTTP.length + b.length];
              System.arraycopy(HTTP, 0, withScheme, 0, HTTP.length);
              System.arraycopy(b, 0, withScheme, HTTP.length, b.length);
              b = withScheme;
            }
            int n = keys.urlKey(b, 0, b.length);
            return n < 0 ? Optional.of("not a URL") : put(IndicatorType.URL, n, reference);
          }
        case EMAIL:
          {
            int n = keys.emailKey(b, 0, b.length);
            return n < 0
                ? Optional.of("not an e-mail address")
                : put(IndicatorType.EMAIL, n, reference);
          }
        default:
          {
            Optional<IndicatorType> byLength = IndicatorType.hashOfLength(b.length);
            if (byLength.isEmpty() || byLength.get() != type || keys.hashKey(b, 0, b.length) < 0) {
              return Optional.of(
                  "not a " + type.label() + " hex digest (" + b.length + " characters)");
            }
            return put(type, b.length, reference);
          }
      }
    }

    /** Adds a value whose type is guessed from its shape; see {@link #guess(String)}. */
    public Optional<String> addGuessing(String value, String reference) {
      return addGuessing(value.trim().getBytes(StandardCharsets.UTF_8), reference);
    }

    /**
     * {@link #addGuessing(String, String)} of a value already in UTF-8 without surrounding
     * whitespace, for sources that read bytes in bulk. The array is kept by the builder only for
     * the duration of the call.
     */
    public Optional<String> addGuessing(byte[] utf8, String reference) {
      Optional<IndicatorType> type = guess(keys, utf8);
      if (type.isEmpty()) {
        return Optional.of("not an IP, CIDR, domain, URL, e-mail address or hash");
      }
      return add(type.get(), utf8, reference);
    }

    /** Records an indicator the source offered but that cannot be used. */
    public void reject(String source, String reference, String reason) {
      rejected.add(new Rejection(source, reference, reason));
    }

    /**
     * Guesses a value's type from its shape: {@code ://} URL, {@code @} e-mail, 32/40/64/128 hex
     * digits a hash, dotted quad (optionally {@code /n}) IPv4, colon form IPv6, dotted name domain.
     */
    public Optional<IndicatorType> guess(String value) {
      return guess(keys, value.trim().getBytes(StandardCharsets.UTF_8));
    }

    static Optional<IndicatorType> guess(Keys keys, byte[] b) {
      if (indexOf(b, SCHEME_SEPARATOR) >= 0) {
        return Optional.of(IndicatorType.URL);
      }
      if (indexOf(b, (byte) '@') > 0) {
        return Optional.of(IndicatorType.EMAIL);
      }
      if (IndicatorType.hashOfLength(b.length).isPresent() && keys.hashKey(b, 0, b.length) > 0) {
        return IndicatorType.hashOfLength(b.length);
      }
      int slash = indexOf(b, (byte) '/');
      int end = slash < 0 ? b.length : slash;
      if (Keys.parseIpv4(b, 0, end) >= 0) {
        return Optional.of(IndicatorType.IPV4);
      }
      if (keys.parseIpv6(b, 0, end)) {
        return Optional.of(
            Keys.isMappedIpv4(keys.ipv6High(), keys.ipv6Low())
                ? IndicatorType.IPV4
                : IndicatorType.IPV6);
      }
      if (slash < 0 && indexOf(b, (byte) '.') > 0) {
        int n = keys.domainKey(b, 0, b.length);
        if (n > 0 && isDomainKey(keys.out(), n)) {
          return Optional.of(IndicatorType.DOMAIN);
        }
      }
      return Optional.empty();
    }

    private static final byte[] SCHEME_SEPARATOR = {':', '/', '/'};
    private static final byte[] HTTP = {'h', 't', 't', 'p', ':', '/', '/'};

    private static int indexOf(byte[] b, byte c) {
      for (int i = 0; i < b.length; i++) {
        if (b[i] == c) {
          return i;
        }
      }
      return -1;
    }

    private static int indexOf(byte[] b, byte[] part) {
      outer:
      for (int i = 0; i + part.length <= b.length; i++) {
        for (int k = 0; k < part.length; k++) {
          if (b[i + k] != part[k]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    /** Compiles the index; the builder must not be used afterwards. */
    public IndicatorIndex build() {
      return new IndicatorIndex(this);
    }

    private Optional<String> addIp(byte[] b, String reference) {
      int slash = -1;
      for (int i = 0; i < b.length; i++) {
        if (b[i] == '/') {
          slash = i;
          break;
        }
      }
      int end = slash < 0 ? b.length : slash;
      int prefix = -1;
      if (slash >= 0) {
        int digits = b.length - slash - 1;
        prefix = 0;
        for (int i = slash + 1; i < b.length; i++) {
          if (b[i] < '0' || b[i] > '9' || digits > 3) {
            return Optional.of("CIDR prefix length is not a number");
          }
          prefix = prefix * 10 + (b[i] - '0');
        }
        if (digits == 0) {
          return Optional.of("CIDR prefix length is missing after '/'");
        }
      }
      long v4 = Keys.parseIpv4(b, 0, end);
      if (v4 >= 0) {
        if (prefix > 32) {
          return Optional.of("IPv4 prefix length " + prefix + " is over 32");
        }
        return putIpv4(v4, prefix < 0 ? 32 : prefix, reference);
      }
      if (!keys.parseIpv6(b, 0, end)) {
        return Optional.of("not an IPv4 or IPv6 address");
      }
      if (prefix > 128) {
        return Optional.of("IPv6 prefix length " + prefix + " is over 128");
      }
      int p = prefix < 0 ? 128 : prefix;
      long hi = keys.ipv6High();
      long lo = keys.ipv6Low();
      if (Keys.isMappedIpv4(hi, lo) && p >= 96) {
        return putIpv4(lo & 0xffffffffL, p - 96, reference);
      }
      ipv6Prefixes[p] = true;
      return put(IndicatorType.IPV6, keys.ipv6Key(hi, lo, p), reference);
    }

    private Optional<String> putIpv4(long address, int prefix, String reference) {
      ipv4Prefixes[prefix] = true;
      long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
      int first = (int) ((address & mask) >>> 16);
      int last = (int) (((address & mask) | (~mask & 0xffffffffL)) >>> 16);
      for (int top = first; top <= last; top++) {
        ipv4Slash16[top >>> 6] |= 1L << top;
      }
      return put(IndicatorType.IPV4, keys.ipv4Key(address, prefix), reference);
    }

    private Optional<String> put(IndicatorType type, int length, String reference) {
      present[type.ordinal()] = true;
      if (!table.add(type.ordinal(), keys.out(), 0, length, reference)) {
        duplicates++;
      }
      return Optional.empty();
    }

    private static boolean isDomainKey(byte[] k, int n) {
      boolean letterInLast = false;
      int labelLength = 0;
      for (int i = 0; i < n; i++) {
        byte c = k[i];
        if (c == '.') {
          if (labelLength == 0) {
            return false;
          }
          labelLength = 0;
          letterInLast = false;
        } else if ((c >= 'a' && c <= 'z') || c == '-' || c == '_') {
          labelLength++;
          letterInLast = true;
        } else if (c >= '0' && c <= '9') {
          labelLength++;
        } else {
          return false;
        }
        if (labelLength > 63) {
          return false;
        }
      }
      return labelLength > 0 && letterInLast;
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "IndicatorIndex[%d indicators]", size());
  }
}
