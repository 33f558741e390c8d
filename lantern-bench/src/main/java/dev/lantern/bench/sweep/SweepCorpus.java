package dev.lantern.bench.sweep;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a sweep corpus: an indicator list, realistic mixed logs with planted hits, and the
 * truth (every planted hit, nothing else).
 *
 * <h2>Design note</h2>
 *
 * <p>Indicators and background values come from disjoint value spaces, so nothing matches by
 * accident: indicator IPv4s live in 180.0.0.0–209.255.255.255 (exact in 180–189, CIDRs in 200–209),
 * background IPs in private ranges and 1–99.x; indicator IPv6 in 2001:db8::/32, background in
 * 2a00::/16; indicator domains end in .top/.xyz/.click, URL-indicator hosts in .su, e-mail domains
 * in .ru, background names in .com/.net/.org/.nl. Most indicators are never seen.
 *
 * <p>Planted hits cover every type and kind: IPv4 exact and inside a CIDR, IPv4-mapped IPv6, IPv6
 * exact (compressed, expanded, upper case) and inside a /48, domains exact, as subdomains, upper
 * case with a trailing dot, URLs differing only by normalisation (host case, default port, a
 * trailing slash), URL hosts under a listed domain, e-mail addresses in mixed case, and MD5, SHA-1,
 * SHA-256, SHA-512 digests in upper or lower case. The truth file lists {@code file, line, byte
 * offset, value as written, indicator} per hit, tab-separated. Output is a pure function of the
 * seed and sizes.
 *
 * <p>Usage: {@code java -cp lantern-bench.jar dev.lantern.bench.sweep.SweepCorpus --out DIR
 * [--indicators N] [--bytes B] [--hits H] [--seed S]}
 */
public final class SweepCorpus {
  /** Log files written, with their share of the bytes. */
  static final String[] FILES = {"conn.log", "dns.log", "http.log", "proxy.jsonl", "firewall.log"};

  private static final double[] SHARE = {0.3, 0.2, 0.2, 0.2, 0.1};
  private static final String[] DOMAIN_TLDS = {"top", "xyz", "click"};
  private static final String[] BACKGROUND_TLDS = {"com", "net", "org", "nl"};
  private static final String[] WORDS = {
    "cdn", "api", "static", "mail", "login", "update", "assets", "img", "news", "shop", "cloud",
    "portal", "data", "media", "files", "edge", "auth", "web", "app", "docs"
  };
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final SplittableRandom random;
  private final List<String> ipv4 = new ArrayList<>();
  private final List<String> cidr4 = new ArrayList<>();
  private final List<String> ipv6 = new ArrayList<>();
  private final List<String> cidr6 = new ArrayList<>();
  private final List<String> domains = new ArrayList<>();
  private final List<String> urls = new ArrayList<>();
  private final List<String> emails = new ArrayList<>();
  private final List<String> hashes = new ArrayList<>();
  private final List<String> truth = new ArrayList<>();
  private long hits;

  private SweepCorpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** What {@link #generate} wrote. */
  public record Result(Path indicators, Path logs, Path truth, long bytes, long hits) {}

  /**
   * Writes {@code indicators.txt}, {@code logs/*} and {@code truth.tsv} under {@code out}.
   *
   * @param indicatorCount how many indicators to list (at least 100)
   * @param bytes roughly how many bytes of logs to write
   * @param plantedHits roughly how many hits to plant
   */
  public static Result generate(
      Path out, int indicatorCount, long bytes, int plantedHits, long seed) {
    try {
      return new SweepCorpus(seed).write(out, Math.max(100, indicatorCount), bytes, plantedHits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    Path out = null;
    int n = 1_000_000;
    long bytes = 1L << 30;
    int plant = 546;
    long seed = 42;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[i + 1]);
        case "--indicators" -> n = Integer.parseInt(args[i + 1]);
        case "--bytes" -> bytes = parseSize(args[i + 1]);
        case "--hits" -> plant = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      System.err.println(
          "usage: SweepCorpus --out DIR [--indicators N] [--bytes 1G] [--hits H] [--seed S]");
      System.exit(2);
    }
    Result r = generate(out, n, bytes, plant, seed);
    System.out.printf(
        Locale.ROOT,
        "wrote %d indicators, %d bytes of logs with %d planted hits under %s%n",
        n,
        r.bytes(),
        r.hits(),
        out);
  }

  static long parseSize(String s) {
    String t = s.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("G")) {
      unit = 1L << 30;
    } else if (t.endsWith("M")) {
      unit = 1L << 20;
    } else if (t.endsWith("K")) {
      unit = 1L << 10;
    }
    if (unit > 1) {
      t = t.substring(0, t.length() - 1);
    }
    return (long) (Double.parseDouble(t) * unit);
  }

  // ------------------------------------------------------------------ indicators

  private Result write(Path out, int n, long bytes, int plantedHits) throws IOException {
    Files.createDirectories(out.resolve("logs"));
    makeIndicators(n);
    Path list = out.resolve("indicators.txt");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(list), 1 << 16)) {
      o.write(("# sweep corpus, " + n + " indicators\n").getBytes(StandardCharsets.US_ASCII));
      for (List<String> kind : List.of(ipv4, cidr4, ipv6, cidr6, domains, urls, emails, hashes)) {
        for (String v : kind) {
          o.write(v.getBytes(StandardCharsets.US_ASCII));
          o.write('\n');
        }
      }
    }
    long written = 0;
    for (int f = 0; f < FILES.length; f++) {
      long target = (long) (bytes * SHARE[f]);
      int plant = (int) Math.round(plantedHits * SHARE[f]);
      written += writeLog(out.resolve("logs").resolve(FILES[f]), f, target, plant);
    }
    Path truthFile = out.resolve("truth.tsv");
    Files.write(truthFile, truth, StandardCharsets.US_ASCII);
    return new Result(list, out.resolve("logs"), truthFile, written, hits);
  }

  private void makeIndicators(int n) {
    HashSet<String> seen = new HashSet<>();
    int nIpv4 = n * 30 / 100;
    int nCidr4 = n * 4 / 100;
    int nIpv6 = n * 4 / 100;
    int nCidr6 = n * 2 / 100;
    int nUrls = n * 15 / 100;
    int nEmails = n * 5 / 100;
    int nHashes = n * 10 / 100;
    int nDomains = n - nIpv4 - nCidr4 - nIpv6 - nCidr6 - nUrls - nEmails - nHashes;
    fill(ipv4, nIpv4, seen, () -> ip(180 + random.nextInt(10)));
    fill(
        cidr4,
        nCidr4,
        seen,
        () ->
            (200 + random.nextInt(10))
                + "."
                + random.nextInt(256)
                + "."
                + random.nextInt(256)
                + ".0/24");
    fill(ipv6, nIpv6, seen, () -> "2001:db8:" + hexGroup() + ":" + hexGroup() + "::" + hexGroup());
    fill(cidr6, nCidr6, seen, () -> "2001:db8:" + hexGroup() + "::/48");
    fill(domains, nDomains, seen, () -> label(8, 12) + "." + pick(DOMAIN_TLDS));
    fill(
        urls,
        nUrls,
        seen,
        () ->
            (random.nextBoolean() ? "http" : "https")
                + "://"
                + label(6, 10)
                + ".su/"
                + pick(WORDS)
                + "/"
                + label(4, 8)
                + ".php?id="
                + random.nextInt(100_000));
    fill(emails, nEmails, seen, () -> label(4, 8) + "." + label(3, 6) + "@" + label(5, 9) + ".ru");
    int[] lengths = {32, 40, 64, 128};
    fill(hashes, nHashes, seen, () -> hex(lengths[random.nextInt(4)]));
  }

  private static void fill(
      List<String> into, int n, HashSet<String> seen, java.util.function.Supplier<String> make) {
    while (into.size() < n) {
      String v = make.get();
      if (seen.add(v)) {
        into.add(v);
      }
    }
  }

  // ------------------------------------------------------------------ logs

  private long writeLog(Path file, int kind, long target, int plant) throws IOException {
    String name = file.getFileName().toString();
    long estimatedLines = Math.max(1, target / 160);
    double p = Math.min(1.0, (double) plant / estimatedLines);
    long offset = 0;
    long line = 0;
    StringBuilder s = new StringBuilder(512);
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (String h : header(kind)) {
        o.write((h + "\n").getBytes(StandardCharsets.US_ASCII));
        offset += h.length() + 1;
        line++;
      }
      long time = 1_700_000_000L;
      while (offset < target) {
        time += random.nextInt(3);
        s.setLength(0);
        Planted planted = random.nextDouble() < p ? plant(kind) : null;
        line(kind, s, time, planted);
        line++;
        if (planted != null) {
          int at = s.indexOf(planted.written);
          truth.add(
              name
                  + "\t"
                  + line
                  + "\t"
                  + (offset + at)
                  + "\t"
                  + planted.written
                  + "\t"
                  + planted.indicator);
          hits++;
        }
        s.append('\n');
        byte[] b = s.toString().getBytes(StandardCharsets.US_ASCII);
        o.write(b);
        offset += b.length;
      }
    }
    return offset;
  }

  private static List<String> header(int kind) {
    String fields =
        switch (kind) {
          case 0 ->
              "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state";
          case 1 ->
              "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tquery\tqtype_name\trcode_name\tanswers";
          case 2 ->
              "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tmethod\thost\turi\tuser_agent\tstatus_code";
          default -> null;
        };
    if (fields == null) {
      return List.of();
    }
    String path = kind == 0 ? "conn" : kind == 1 ? "dns" : "http";
    return List.of(
        "#separator \\x09",
        "#set_separator\t,",
        "#empty_field\t(empty)",
        "#unset_field\t-",
        "#path\t" + path,
        "#open\t2023-11-14-22-13-20",
        "#fields\t" + fields,
        "#types\t" + fields.replaceAll("[^\t]+", "string"));
  }

  /** A planted value: how it is written in the log, and the indicator it must match. */
  private record Planted(String kindOfSlot, String written, String indicator) {}

  private Planted plant(int kind) {
    int r = random.nextInt(100);
    switch (kind) {
      case 0: // conn: IPs in id.resp_h
        if (r < 35) {
          String v = pickList(ipv4);
          return new Planted("ip", v, v);
        } else if (r < 55) {
          String c = pickList(cidr4);
          String host = c.substring(0, c.lastIndexOf('.')) + "." + random.nextInt(256);
          return new Planted("ip", host, c);
        } else if (r < 65) {
          String v = pickList(ipv4);
          return new Planted("ip", "::ffff:" + v, v);
        } else if (r < 85) {
          String v = pickList(ipv6);
          int form = random.nextInt(3);
          String w = form == 0 ? v : form == 1 ? expand(v) : v.toUpperCase(Locale.ROOT);
          return new Planted("ip", w, v);
        } else {
          String c = pickList(cidr6);
          String host = c.substring(0, c.indexOf("::")) + ":" + hexGroup() + "::" + hexGroup();
          return new Planted("ip", host, c);
        }
      case 1: // dns: query
        {
          String d = pickList(domains);
          if (r < 40) {
            return new Planted("name", d, d);
          } else if (r < 75) {
            String w = pick(WORDS) + random.nextInt(100) + "." + d;
            return new Planted("name", w, d);
          } else {
            String w = (label(3, 5) + "." + d).toUpperCase(Locale.ROOT);
            return new Planted("name-dot", w, d);
          }
        }
      case 2: // http: host under a listed domain
        {
          String d = pickList(domains);
          String w = r < 50 ? d : pick(WORDS) + "." + d;
          return new Planted("host", w, d);
        }
      case 3: // proxy JSON: URLs, hashes
        if (r < 45) {
          String u = pickList(urls);
          return new Planted("url", urlVariant(u), u);
        } else if (r < 65) {
          String d = pickList(domains);
          String host = pick(WORDS) + "." + d;
          return new Planted("url-host", host, d);
        } else {
          String h = pickList(hashes);
          return new Planted("hash", random.nextBoolean() ? h : h.toUpperCase(Locale.ROOT), h);
        }
      default: // firewall syslog: IPs, e-mail
        if (r < 50) {
          String v = pickList(ipv4);
          return new Planted("ip", v, v);
        } else {
          String e = pickList(emails);
          String w = random.nextBoolean() ? e : capitalise(e);
          return new Planted("email", w, e);
        }
    }
  }

  private void line(int kind, StringBuilder s, long time, Planted planted) {
    String ts = time + "." + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    String uid = uid();
    String orig = privateIp();
    switch (kind) {
      case 0 -> {
        String resp = planted != null ? planted.written : backgroundIp();
        s.append(ts)
            .append('\t')
            .append(uid)
            .append('\t')
            .append(orig)
            .append('\t')
            .append(1024 + random.nextInt(60000))
            .append('\t')
            .append(resp)
            .append('\t')
            .append(pick(new String[] {"443", "80", "53", "22", "8080"}))
            .append('\t')
            .append(random.nextBoolean() ? "tcp" : "udp")
            .append('\t')
            .append(pick(new String[] {"ssl", "http", "dns", "-"}))
            .append('\t')
            .append(random.nextInt(100))
            .append('.')
            .append(random.nextInt(1_000_000))
            .append('\t')
            .append(random.nextInt(100_000))
            .append('\t')
            .append(random.nextInt(1_000_000))
            .append('\t')
            .append(pick(new String[] {"SF", "S0", "REJ", "RSTO"}));
      }
      case 1 -> {
        String q = planted != null ? planted.written : backgroundName();
        String answer = random.nextInt(4) == 0 ? "-" : backgroundIp() + "," + backgroundIp();
        s.append(ts)
            .append('\t')
            .append(uid)
            .append('\t')
            .append(orig)
            .append('\t')
            .append(1024 + random.nextInt(60000))
            .append("\t10.0.0.53\t53\tudp\t")
            .append(q);
        if (planted != null && planted.kindOfSlot.equals("name-dot")) {
          s.append('.');
        }
        s.append('\t')
            .append(pick(new String[] {"A", "AAAA", "TXT", "MX"}))
            .append("\tNOERROR\t")
            .append(answer);
      }
      case 2 -> {
        String host = planted != null ? planted.written : backgroundName();
        s.append(ts)
            .append('\t')
            .append(uid)
            .append('\t')
            .append(orig)
            .append('\t')
            .append(1024 + random.nextInt(60000))
            .append('\t')
            .append(backgroundIp())
            .append("\t80\t")
            .append(random.nextBoolean() ? "GET" : "POST")
            .append('\t')
            .append(host)
            .append("\t/")
            .append(pick(WORDS))
            .append('/')
            .append(label(3, 9))
            .append(".html?q=")
            .append(random.nextInt(1000))
            .append("\tMozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36\t")
            .append(pick(new String[] {"200", "304", "404", "302"}));
      }
      case 3 -> {
        String url;
        String sha = hex(64);
        if (planted == null) {
          url =
              "https://"
                  + backgroundName()
                  + "/"
                  + pick(WORDS)
                  + "/"
                  + label(3, 9)
                  + "?id="
                  + random.nextInt(10000);
        } else if (planted.kindOfSlot.equals("url")) {
          url = planted.written;
        } else if (planted.kindOfSlot.equals("url-host")) {
          url = "https://" + planted.written + "/" + pick(WORDS) + "/" + label(3, 9);
        } else {
          url = "https://" + backgroundName() + "/dl/" + label(3, 9) + ".bin";
          sha = planted.written;
        }
        s.append("{\"ts\":\"")
            .append(java.time.Instant.ofEpochSecond(time))
            .append("\",\"client\":\"")
            .append(orig)
            .append("\",\"user\":\"")
            .append(label(4, 8))
            .append("\",\"method\":\"GET\",\"url\":\"")
            .append(url)
            .append("\",\"status\":")
            .append(pick(new String[] {"200", "302", "404"}))
            .append(",\"bytes\":")
            .append(random.nextInt(1_000_000))
            .append(",\"sha256\":\"")
            .append(sha)
            .append("\",\"ua\":\"Mozilla/5.0 (X11; Linux x86_64)\"}");
      }
      default -> {
        java.time.LocalDateTime t =
            java.time.LocalDateTime.ofEpochSecond(time, 0, java.time.ZoneOffset.UTC);
        s.append(
                String.format(
                    Locale.ROOT,
                    "%s %2d %02d:%02d:%02d",
                    t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT),
                    t.getDayOfMonth(),
                    t.getHour(),
                    t.getMinute(),
                    t.getSecond()))
            .append(" fw01 ");
        if (planted != null && planted.kindOfSlot.equals("email")) {
          s.append("postfix/smtpd[")
              .append(random.nextInt(30000))
              .append("]: NOQUEUE: from=<")
              .append(planted.written)
              .append("> to=<")
              .append(label(4, 8))
              .append("@example.nl>");
        } else {
          String dst = planted != null ? planted.written : backgroundIp();
          s.append("kernel: [UFW BLOCK] IN=eth0 OUT= SRC=")
              .append(orig)
              .append(" DST=")
              .append(dst)
              .append(" LEN=")
              .append(40 + random.nextInt(1400))
              .append(" PROTO=TCP SPT=")
              .append(1024 + random.nextInt(60000))
              .append(" DPT=")
              .append(random.nextInt(1024));
        }
      }
    }
  }

  // ------------------------------------------------------------------ value spaces

  private String ip(int first) {
    return first
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  private String privateIp() {
    return random.nextBoolean()
        ? "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256)
        : "192.168." + random.nextInt(256) + "." + random.nextInt(256);
  }

  private String backgroundIp() {
    int r = random.nextInt(10);
    if (r == 0) {
      return "2a00:" + hexGroup() + ":" + hexGroup() + "::" + hexGroup();
    }
    return r < 4 ? privateIp() : ip(1 + random.nextInt(99));
  }

  private String backgroundName() {
    return pick(WORDS) + "." + pick(WORDS) + random.nextInt(500) + "." + pick(BACKGROUND_TLDS);
  }

  private String urlVariant(String url) {
    int r = random.nextInt(4);
    int hostStart = url.indexOf("://") + 3;
    int hostEnd = url.indexOf('/', hostStart);
    String scheme = url.substring(0, hostStart - 3);
    String host = url.substring(hostStart, hostEnd);
    String rest = url.substring(hostEnd);
    return switch (r) {
      case 0 -> url;
      case 1 -> scheme.toUpperCase(Locale.ROOT) + "://" + host.toUpperCase(Locale.ROOT) + rest;
      case 2 -> scheme + "://" + host + (scheme.equals("http") ? ":80" : ":443") + rest;
      default -> {
        int q = rest.indexOf('?');
        yield scheme + "://" + host + rest.substring(0, q) + "/" + rest.substring(q);
      }
    };
  }

  private static String expand(String v6) {
    String[] halves = v6.split("::", -1);
    String[] left = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
    String[] right =
        halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
    StringBuilder s = new StringBuilder();
    int zeros = 8 - left.length - right.length;
    List<String> all = new ArrayList<>(List.of(left));
    for (int i = 0; i < zeros; i++) {
      all.add("0");
    }
    all.addAll(List.of(right));
    for (String g : all) {
      if (s.length() > 0) {
        s.append(':');
      }
      s.append(String.format(Locale.ROOT, "%4s", g).replace(' ', '0'));
    }
    return s.toString();
  }

  private static String capitalise(String s) {
    int at = s.indexOf('@');
    return s.substring(0, at).toUpperCase(Locale.ROOT) + s.substring(at);
  }

  private String uid() {
    StringBuilder s = new StringBuilder("C");
    for (int i = 0; i < 17; i++) {
      s.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return s.toString();
  }

  private String hexGroup() {
    return Integer.toHexString(0x1000 + random.nextInt(0xf000));
  }

  private String hex(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  private String label(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(LETTERS.charAt(random.nextInt(26)));
    }
    return s.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private String pickList(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
