package dev.lantern.extract.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named list of well-known benign values (big vendors, CDNs, resolvers, documentation names).
 * Indicators that match a list are still reported, but marked suppressed with the reason {@code
 * "warning-list:<name>"}.
 *
 * <p>Matching, by kind of entry: a <em>hostname</em> entry matches that host and every subdomain of
 * it (in domains, URL hosts and e-mail domains); a <em>string</em> entry matches a value or host
 * exactly, ignoring case; a <em>substring</em> entry matches any value containing it; a
 * <em>cidr</em> entry matches IPv4/IPv6 addresses (and URL hosts) inside the network. MISP warning
 * lists of type {@code regex} are refused, since a regular expression from a file could make
 * matching slow.
 *
 * <p>Immutable and thread-safe.
 */
public final class WarningList {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_FILE_BYTES = 64L << 20;

  private final String name;
  private final Set<String> hostnames;

  /**
   * {@link #suffixHash} of every entry of {@link #hostnames}, in an open-addressed table (length a
   * power of two, at most half full, 0 marks an empty slot; an entry whose hash is 0 is held by
   * {@link #zeroHashHost}). Lets {@link #matches} reject a host suffix by arithmetic alone; a
   * suffix whose hash is present is still confirmed against {@link #hostnames}, so matching is
   * exactly the set lookup it replaces.
   */
  private final long[] hostHashes;

  private final boolean zeroHashHost;
  private final Set<String> strings;
  private final List<String> substrings;
  private final Map<Integer, Set<Long>> v4Networks;
  private final Map<Integer, Set<V6Key>> v6Networks;

  private record V6Key(long hi, long lo) {}

  private WarningList(
      String name,
      Set<String> hostnames,
      Set<String> strings,
      List<String> substrings,
      Map<Integer, Set<Long>> v4Networks,
      Map<Integer, Set<V6Key>> v6Networks) {
    this.name = name;
    this.hostnames = Set.copyOf(hostnames);
    int cap = Integer.highestOneBit(Math.max(1, this.hostnames.size()) * 2) * 2;
    long[] table = new long[cap];
    boolean zero = false;
    for (String h : this.hostnames) {
      long x = suffixHash(h, 0);
      if (x == 0) {
        zero = true;
      } else {
        int i = slot(x, cap);
        while (table[i] != 0 && table[i] != x) {
          i = (i + 1) & (cap - 1);
        }
        table[i] = x;
      }
    }
    this.hostHashes = table;
    this.zeroHashHost = zero;
    this.strings = Set.copyOf(strings);
    this.substrings = List.copyOf(substrings);
    this.v4Networks = Map.copyOf(v4Networks);
    this.v6Networks = Map.copyOf(v6Networks);
  }

  /** The list's name, as used in the suppression reason {@code "warning-list:<name>"}. */
  public String name() {
    return name;
  }

  /** How many entries the list holds. */
  public int size() {
    int n = hostnames.size() + strings.size() + substrings.size();
    for (Set<Long> s : v4Networks.values()) {
      n += s.size();
    }
    for (Set<V6Key> s : v6Networks.values()) {
      n += s.size();
    }
    return n;
  }

  /**
   * A list of host names: each entry matches itself and its subdomains.
   *
   * @throws InvalidWarningListException if the name is blank
   */
  public static WarningList ofHostnames(String name, Collection<String> hosts) {
    Builder b = new Builder(requireName(name, "WarningList.ofHostnames"));
    for (String h : hosts) {
      b.hostname(h);
    }
    return b.build();
  }

  /**
   * Reads a MISP warning list ({@code list.json} from the misp-warninglists project): an object
   * with {@code name}, {@code type} ({@code string}, {@code hostname}, {@code substring} or {@code
   * cidr}) and {@code list}.
   *
   * @throws InvalidWarningListException if the file is missing, unreadable, larger than 64 MiB, not
   *     such a JSON object, or of type {@code regex}
   */
  public static WarningList readMisp(Path file) {
    Objects.requireNonNull(file, "file");
    JsonNode root;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new InvalidWarningListException(
            "warning list " + file + " is larger than 64 MiB; split it or trim it");
      }
      try (InputStream in = Files.newInputStream(file)) {
        root = JSON.readTree(in);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidWarningListException(
          "warning list " + file + " does not exist; pass the path of a MISP list.json", e);
    } catch (JsonProcessingException e) {
      throw new InvalidWarningListException(
          "warning list "
              + file
              + " is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new InvalidWarningListException(
          "warning list " + file + " could not be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidWarningListException(
          "warning list " + file + " must be a JSON object with \"name\", \"type\" and \"list\"");
    }
    String name = text(root, "name", file);
    String type = root.has("type") ? text(root, "type", file) : "string";
    JsonNode list = root.get("list");
    if (list == null || !list.isArray()) {
      throw new InvalidWarningListException(
          "warning list " + file + ": \"list\" must be an array of strings");
    }
    Builder b = new Builder(requireName(name, file.toString()));
    int i = 0;
    for (JsonNode entry : list) {
      if (!entry.isTextual()) {
        throw new InvalidWarningListException(
            "warning list "
                + file
                + ": list["
                + i
                + "] must be a string, was "
                + entry.getNodeType());
      }
      String v = entry.asText().trim();
      if (!v.isEmpty()) {
        switch (type) {
          case "hostname" -> b.hostname(v);
          case "string" -> b.string(v);
          case "substring" -> b.substring(v);
          case "cidr" -> b.cidr(v, file, i);
          case "regex" ->
              throw new InvalidWarningListException(
                  "warning list "
                      + file
                      + " has type \"regex\", which Lantern does not run (a regular expression from"
                      + " a file could make matching slow); convert it to hostname or string entries");
          default ->
              throw new InvalidWarningListException(
                  "warning list "
                      + file
                      + " has unknown type \""
                      + type
                      + "\"; expected string, hostname, substring or cidr");
        }
      }
      i++;
    }
    return b.build();
  }

  /** Reads the built-in list of benign domains shipped with Lantern. */
  static WarningList builtIn() {
    String resource = "benign-domains.txt";
    try (InputStream in = WarningList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in warning list " + resource + " missing from jar");
      }
      Builder b = new Builder("lantern-benign");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String v = line.strip();
        if (!v.isEmpty() && !v.startsWith("#")) {
          b.hostname(v);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode root, String field, Path file) {
    JsonNode n = root.get(field);
    if (n == null || !n.isTextual()) {
      throw new InvalidWarningListException(
          "warning list " + file + ": \"" + field + "\" must be a string");
    }
    return n.asText();
  }

  private static String requireName(String name, String where) {
    if (name == null || name.isBlank()) {
      throw new InvalidWarningListException(where + ": a warning list needs a non-blank name");
    }
    return name.strip();
  }

  // ------------------------------------------------------------------ matching

  /**
   * Whether an indicator matches this list.
   *
   * @param host the host of a URL, the domain of an e-mail, the value of a domain or IP; may be
   *     null for other types
   */
  boolean matches(IndicatorType type, String value, String host) {
    // lowered only for the lists that compare the value itself (the built-in list does not)
    String v = strings.isEmpty() && substrings.isEmpty() ? value : value.toLowerCase(Locale.ROOT);
    if (!strings.isEmpty() && (strings.contains(v) || (host != null && strings.contains(host)))) {
      return true;
    }
    for (String s : substrings) {
      if (v.contains(s)) {
        return true;
      }
    }
    if (host != null && !hostnames.isEmpty() && matchesHostname(host)) {
      return true;
    }
    if (host != null && (!v4Networks.isEmpty() || !v6Networks.isEmpty())) {
      String ip =
          host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      if (type == IndicatorType.CIDR) {
        String lowered = value.toLowerCase(Locale.ROOT);
        int slash = lowered.indexOf('/');
        ip = lowered.substring(0, slash);
      }
      char[] c = ip.toCharArray();
      long v4 = IpAddresses.parseV4(c, 0, c.length);
      if (v4 != IpAddresses.NOT_V4) {
        for (Map.Entry<Integer, Set<Long>> e : v4Networks.entrySet()) {
          if (e.getValue().contains(maskV4(v4, e.getKey()))) {
            return true;
          }
        }
      } else {
        int[] g = new int[8];
        if (IpAddresses.parseV6(c, 0, c.length, g)) {
          for (Map.Entry<Integer, Set<V6Key>> e : v6Networks.entrySet()) {
            if (e.getValue().contains(maskV6(g, e.getKey()))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code host} or a suffix of it that follows a dot is in {@link #hostnames} — the same
   * strings, in any order, as taking the host and then cutting it after its first dot until no dot
   * is left. Suffix hashes are built from the last char backwards, so no string is made unless the
   * hash of a suffix is that of an entry.
   */
  private boolean matchesHostname(String host) {
    long h = 0;
    for (int i = host.length(); i >= 0; i--) {
      if (i < host.length()) {
        h = h * HASH_BASE + host.charAt(i) + 1;
      }
      if ((i == 0 || host.charAt(i - 1) == '.')
          && mayHoldHash(h)
          && hostnames.contains(host.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private static final long HASH_BASE = 0x100000001B3L;

  /** The hash {@link #matchesHostname} computes for the suffix of {@code s} from {@code from}. */
  private static long suffixHash(String s, int from) {
    long h = 0;
    for (int i = s.length() - 1; i >= from; i--) {
      h = h * HASH_BASE + s.charAt(i) + 1;
    }
    return h;
  }

  private static int slot(long x, int cap) {
    long m = x * 0x9E3779B97F4A7C15L;
    return (int) (m >>> 40) & (cap - 1);
  }

  private boolean mayHoldHash(long x) {
    if (x == 0) {
      return zeroHashHost;
    }
    long[] table = hostHashes;
    int i = slot(x, table.length);
    while (true) {
      long t = table[i];
      if (t == x) {
        return true;
      }
      if (t == 0) {
        return false;
      }
      i = (i + 1) & (table.length - 1);
    }
  }

  private static long maskV4(long addr, int prefix) {
    return prefix == 0 ? 0 : addr & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  private static V6Key maskV6(int[] g, int prefix) {
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 4; i++) {
      hi = (hi << 16) | g[i];
      lo = (lo << 16) | g[i + 4];
    }
    if (prefix <= 64) {
      hi = prefix == 0 ? 0 : hi & (-1L << (64 - prefix));
      lo = 0;
    } else if (prefix < 128) {
      lo = lo & (-1L << (128 - prefix));
    }
    return new V6Key(hi, lo);
  }

  // ------------------------------------------------------------------ building

  private static final class Builder {
    private final String name;
    private final Set<String> hostnames = new HashSet<>();
    private final Set<String> strings = new HashSet<>();
    private final List<String> substrings = new ArrayList<>();
    private final Map<Integer, Set<Long>> v4 = new HashMap<>();
    private final Map<Integer, Set<V6Key>> v6 = new HashMap<>();

    Builder(String name) {
      this.name = name;
    }

    void hostname(String h) {
      String v = h.toLowerCase(Locale.ROOT);
      while (v.startsWith("*.") || v.startsWith(".")) {
        v = v.substring(v.indexOf('.') + 1);
      }
      if (v.endsWith(".")) {
        v = v.substring(0, v.length() - 1);
      }
      if (!v.isEmpty()) {
        hostnames.add(v);
      }
    }

    void string(String s) {
      strings.add(s.toLowerCase(Locale.ROOT));
    }

    void substring(String s) {
      substrings.add(s.toLowerCase(Locale.ROOT));
    }

    void cidr(String s, Path file, int index) {
      int slash = s.indexOf('/');
      String addr = slash < 0 ? s : s.substring(0, slash);
      char[] c = addr.toCharArray();
      long a4 = IpAddresses.parseV4(c, 0, c.length);
      int[] g = new int[8];
      boolean isV6 = a4 == IpAddresses.NOT_V4 && IpAddresses.parseV6(c, 0, c.length, g);
      int max = isV6 ? 128 : 32;
      int prefix = max;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
      }
      if ((a4 == IpAddresses.NOT_V4 && !isV6) || prefix < 0 || prefix > max) {
        throw new InvalidWarningListException(
            "warning list "
                + file
                + ": list["
                + index
                + "] is not an IPv4 or IPv6 network in CIDR notation (like 192.0.2.0/24)");
      }
      if (isV6) {
        v6.computeIfAbsent(prefix, k -> new HashSet<>()).add(maskV6(g, prefix));
      } else {
        v4.computeIfAbsent(prefix, k -> new HashSet<>()).add(maskV4(a4, prefix));
      }
    }

    WarningList build() {
      return new WarningList(name, hostnames, strings, substrings, v4, v6);
    }
  }
}
