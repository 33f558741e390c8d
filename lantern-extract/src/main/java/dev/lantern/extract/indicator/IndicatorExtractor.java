package dev.lantern.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds indicators of compromise in report text — IPv4/IPv6 addresses and CIDR networks, domains,
 * URLs, e-mail addresses, MD5/SHA-1/SHA-256/SHA-512 hashes, CVE ids, ATT&amp;CK ids, ASNs and
 * Bitcoin, Ethereum and Monero addresses — including defanged ones ({@code hxxp://evil[.]com}).
 *
 * <p>Each finding carries its canonical value and the span of original text it came from. Findings
 * in special address ranges (private, loopback, link-local, multicast, documentation, reserved), on
 * names reserved for documentation ({@code example.com}, {@code .test}; URLs on them too) or on a
 * warning list are kept, but marked {@link Indicator#suppressed() suppressed} with the reason. A
 * URL also yields its host as a domain or IP finding; an e-mail address also yields its domain (as
 * the ioc-finder and xioc suites expect). A URL is suppressed by a host-name warning list only when
 * it has no path, since a benign host can still serve a malicious path.
 *
 * <p>The scan is a single pass without regular expressions: time is linear in the input and memory
 * bounded by a fixed buffer plus the findings, whatever the input (see {@code Scanner}). Runs of
 * more than 4,096 non-separator chars (base64 blobs, long hex dumps) yield no findings.
 *
 * <p>Instances are immutable and thread-safe; build one and reuse it.
 */
public final class IndicatorExtractor {
  private static final IndicatorExtractor STANDARD = builder().build();

  private final List<WarningList> warningLists;

  private IndicatorExtractor(List<WarningList> warningLists) {
    this.warningLists = List.copyOf(warningLists);
  }

  /**
   * An extractor with Lantern's built-in warning list of benign domains ({@code lantern-benign}).
   */
  public static IndicatorExtractor standard() {
    return STANDARD;
  }

  /** A builder that starts with the built-in warning list. */
  public static Builder builder() {
    return new Builder();
  }

  /** The warning lists this extractor applies, built-in list first. */
  public List<WarningList> warningLists() {
    return warningLists;
  }

  /**
   * Finds the indicators in a text.
   *
   * @param text any text; malformed, binary or huge input yields fewer findings, never an error
   * @return the findings ordered by start offset (longer first at the same start); never null
   * @throws NullPointerException if {@code text} is null — the only exception this method throws
   */
  public List<Indicator> extract(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Indicator> found = new Scanner(text).scan();
    List<Indicator> result = new ArrayList<>(found.size());
    for (Indicator x : found) {
      result.add(x.live() ? applyWarningLists(x) : x);
    }
    return List.copyOf(result);
  }

  /**
   * Whether a host name is reserved for documentation and tests and so can never be an indicator,
   * whatever follows it in a URL: {@code example.com}, {@code .org}, {@code .net} and their
   * subdomains (RFC 2606), and names under {@code .example}, {@code .test}, {@code .invalid} and
   * {@code .localhost} (RFC 6761).
   */
  static boolean isDocumentationName(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    for (String reserved : RESERVED_DOMAINS) {
      if (h.equals(reserved) || h.endsWith("." + reserved)) {
        return true;
      }
    }
    int dot = h.lastIndexOf('.');
    return dot > 0 && RESERVED_TLDS.contains(h.substring(dot + 1));
  }

  private static final List<String> RESERVED_DOMAINS =
      List.of("example.com", "example.org", "example.net");
  private static final java.util.Set<String> RESERVED_TLDS =
      java.util.Set.of("example", "test", "invalid", "localhost");

  private Indicator applyWarningLists(Indicator x) {
    String name = nameOf(x);
    if (name != null && isDocumentationName(name)) {
      return x.withSuppressed("documentation-name");
    }
    String host = hostOf(x);
    for (WarningList list : warningLists) {
      if (list.matches(x.type(), x.value(), host)) {
        return x.withSuppressed("warning-list:" + list.name());
      }
    }
    return x;
  }

  /** The host name of a domain, e-mail address or URL finding, or null for other types. */
  private static String nameOf(Indicator x) {
    String v = x.value();
    return switch (x.type()) {
      case DOMAIN -> v;
      case EMAIL -> v.substring(v.lastIndexOf('@') + 1);
      case URL -> urlHost(v, authorityEnd(v)); // an IPv6 literal never is a reserved name
      default -> null;
    };
  }

  /**
   * The host a warning list is matched against, or null when a list should match the value only.
   */
  private static String hostOf(Indicator x) {
    String v = x.value();
    switch (x.type()) {
      case DOMAIN, IPV4, IPV6 -> {
        return v;
      }
      case EMAIL -> {
        return v.substring(v.lastIndexOf('@') + 1);
      }
      case URL -> {
        int e = authorityEnd(v);
        if (e < v.length() && !(v.charAt(e) == '/' && e == v.length() - 1)) {
          return null; // a path: the host being benign says nothing about it
        }
        return urlHost(v, e);
      }
      default -> {
        return null;
      }
    }
  }

  /** Where a URL value's authority ends: at its path, query or fragment, or at its end. */
  private static int authorityEnd(String url) {
    int e = url.indexOf("://") + 3;
    while (e < url.length() && "/?#".indexOf(url.charAt(e)) < 0) {
      e++;
    }
    return e;
  }

  /** A URL value's host, without user, port or an IPv6 literal's brackets. */
  private static String urlHost(String url, int authorityEnd) {
    String authority = url.substring(url.indexOf("://") + 3, authorityEnd);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? null : authority.substring(1, close);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /** Configures an {@link IndicatorExtractor}. Not thread-safe; the built extractor is. */
  public static final class Builder {
    private final List<WarningList> lists = new ArrayList<>();
    private boolean builtIn = true;

    private Builder() {}

    /** Adds a warning list (repeatable); findings it matches are suppressed. */
    public Builder warningList(WarningList list) {
      lists.add(Objects.requireNonNull(list, "list"));
      return this;
    }

    /** Leaves out the built-in list of benign domains. */
    public Builder withoutBuiltInWarningList() {
      builtIn = false;
      return this;
    }

    /** Builds the immutable extractor. */
    public IndicatorExtractor build() {
      List<WarningList> all = new ArrayList<>();
      if (builtIn) {
        all.add(BuiltIn.LIST);
      }
      all.addAll(lists);
      return new IndicatorExtractor(all);
    }
  }

  /** Holder so the built-in list is read once, on first use. */
  private static final class BuiltIn {
    static final WarningList LIST = WarningList.builtIn();
  }
}
