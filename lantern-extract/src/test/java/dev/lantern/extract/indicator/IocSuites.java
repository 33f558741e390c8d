package dev.lantern.extract.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Runs the peer projects' indicator-extraction cases in {@code shared/conformance/ioc-suites}
 * against an {@link IndicatorExtractor} and scores them. How a case is judged differs per suite and
 * is written out in {@code docs/conformance.md} by {@link IocSuitesConformanceTest}.
 */
final class IocSuites {
  private IocSuites() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  enum Outcome {
    PASS,
    FAIL,
    OUT_OF_SCOPE
  }

  record CaseResult(String id, Outcome outcome, String detail) {}

  record SuiteResult(String suite, String file, List<CaseResult> cases) {
    long run() {
      return cases.stream().filter(c -> c.outcome() != Outcome.OUT_OF_SCOPE).count();
    }

    long passed() {
      return cases.stream().filter(c -> c.outcome() == Outcome.PASS).count();
    }

    long outOfScope() {
      return cases.stream().filter(c -> c.outcome() == Outcome.OUT_OF_SCOPE).count();
    }

    double passRate() {
      return run() == 0 ? 1.0 : (double) passed() / run();
    }

    List<CaseResult> failures() {
      return cases.stream().filter(c -> c.outcome() == Outcome.FAIL).toList();
    }
  }

  static List<SuiteResult> runAll(Path dir, IndicatorExtractor x) {
    return List.of(
        iocFinder(dir, x),
        iocFanger(dir, x),
        iocExtract(dir, x),
        txt2stix(dir, x),
        xioc(dir, x),
        iocSearcher(dir, x));
  }

  // ------------------------------------------------------------------ shared helpers

  static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical form Lantern gives a value of a type, applied to the suites' expectations. */
  static String canonical(IndicatorType type, String v) {
    String s = v.strip();
    return switch (type) {
      case DOMAIN, EMAIL, MD5, SHA1, SHA256, SHA512, ETH -> s.toLowerCase(Locale.ROOT);
      case CVE, ATTACK_TECHNIQUE, ATTACK_TACTIC, ATTACK_MITIGATION, ATTACK_GROUP, ATTACK_SOFTWARE ->
          s.toUpperCase(Locale.ROOT);
      case ASN -> "AS" + s.replaceAll("(?i)^asn?\\s*", "");
      case IPV6 -> {
        int[] g = new int[8];
        char[] c = s.toCharArray();
        yield IpAddresses.parseV6(c, 0, c.length, g) ? IpAddresses.formatV6(g) : s;
      }
      case CIDR -> {
        int slash = s.indexOf('/');
        String addr = s.substring(0, slash);
        String base =
            addr.contains(":")
                ? canonical(IndicatorType.IPV6, addr)
                : canonical(IndicatorType.IPV4, addr);
        yield base + s.substring(slash);
      }
      case URL -> {
        int sep = s.indexOf("://");
        if (sep < 0) {
          yield s;
        }
        int end = sep + 3;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        yield s.substring(0, end).toLowerCase(Locale.ROOT) + s.substring(end);
      }
      default -> s;
    };
  }

  private static String key(IndicatorType t, String value) {
    return t.jsonName() + " " + value;
  }

  private static Set<String> keys(
      List<Indicator> found, Set<IndicatorType> types, boolean liveOnly) {
    Set<String> s = new TreeSet<>();
    for (Indicator i : found) {
      if (types.contains(i.type()) && (!liveOnly || i.live())) {
        s.add(key(i.type(), i.value()));
      }
    }
    return s;
  }

  /**
   * Compares expected values with findings: every expected value must be found (live or suppressed:
   * suppression is Lantern's judgement about liveness, not about extraction) and every live finding
   * of a compared type must be expected.
   */
  private static CaseResult compare(
      String id,
      Set<String> expected,
      List<Indicator> found,
      Set<IndicatorType> types,
      Set<String> ignored) {
    Set<String> all = keys(found, types, false);
    Set<String> live = keys(found, types, true);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(all);
    Set<String> extra = new TreeSet<>(live);
    extra.removeAll(expected);
    extra.removeIf(k -> ignored.contains(k.substring(k.indexOf(' ') + 1)));
    if (missing.isEmpty() && extra.isEmpty()) {
      return new CaseResult(id, Outcome.PASS, "");
    }
    return new CaseResult(
        id,
        Outcome.FAIL,
        (missing.isEmpty() ? "" : "missing " + missing)
            + (extra.isEmpty() ? "" : " extra " + extra));
  }

  private static String shorten(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 90 ? one.substring(0, 87) + "..." : one;
  }

  // ------------------------------------------------------------------ ioc-finder

  static final Map<String, IndicatorType> IOC_FINDER_TYPES = new LinkedHashMap<>();

  static {
    IOC_FINDER_TYPES.put("domains", IndicatorType.DOMAIN);
    IOC_FINDER_TYPES.put("urls", IndicatorType.URL);
    IOC_FINDER_TYPES.put("ipv4s", IndicatorType.IPV4);
    IOC_FINDER_TYPES.put("ipv6s", IndicatorType.IPV6);
    IOC_FINDER_TYPES.put("ipv4_cidrs", IndicatorType.CIDR);
    IOC_FINDER_TYPES.put("email_addresses", IndicatorType.EMAIL);
    IOC_FINDER_TYPES.put("md5s", IndicatorType.MD5);
    IOC_FINDER_TYPES.put("sha1s", IndicatorType.SHA1);
    IOC_FINDER_TYPES.put("sha256s", IndicatorType.SHA256);
    IOC_FINDER_TYPES.put("sha512s", IndicatorType.SHA512);
    IOC_FINDER_TYPES.put("imphashes", IndicatorType.IMPHASH);
    IOC_FINDER_TYPES.put("authentihashes", IndicatorType.AUTHENTIHASH);
    IOC_FINDER_TYPES.put("cves", IndicatorType.CVE);
    IOC_FINDER_TYPES.put("asns", IndicatorType.ASN);
    IOC_FINDER_TYPES.put("attack_techniques", IndicatorType.ATTACK_TECHNIQUE);
    IOC_FINDER_TYPES.put("attack_tactics", IndicatorType.ATTACK_TACTIC);
    IOC_FINDER_TYPES.put("attack_mitigations", IndicatorType.ATTACK_MITIGATION);
    IOC_FINDER_TYPES.put("bitcoin_addresses", IndicatorType.BTC);
    IOC_FINDER_TYPES.put("monero_addresses", IndicatorType.XMR);
  }

  static SuiteResult iocFinder(Path dir, IndicatorExtractor x) {
    String file = "ioc-finder.find_iocs_cases.jsonl";
    List<CaseResult> results = new ArrayList<>();
    int n = 0;
    for (JsonNode c : lines(dir.resolve(file))) {
      n++;
      String id = "#" + n + " " + c.path("id").asText();
      String text = c.path("text").asText();
      JsonNode options = c.path("options");
      JsonNode expectedNode = c.path("expected");
      Set<String> compared = new HashSet<>(IOC_FINDER_TYPES.keySet());
      if (options.has("included_ioc_types")) {
        Set<String> included = new HashSet<>();
        options.get("included_ioc_types").forEach(t -> included.add(t.asText()));
        compared.retainAll(included);
      }
      if (compared.isEmpty()) {
        results.add(new CaseResult(id, Outcome.OUT_OF_SCOPE, "only out-of-scope types"));
        continue;
      }
      Set<IndicatorType> types = new HashSet<>();
      compared.forEach(k -> types.add(IOC_FINDER_TYPES.get(k)));
      Set<String> expected = new TreeSet<>();
      Set<String> ignored = new HashSet<>();
      expectedNode
          .properties()
          .forEach(
              e -> {
                List<String> values = new ArrayList<>();
                collectStrings(e.getValue(), values);
                IndicatorType t = IOC_FINDER_TYPES.get(e.getKey());
                if (t != null && compared.contains(e.getKey())) {
                  values.forEach(v -> expected.add(key(t, canonical(t, v))));
                } else if (t == null) {
                  // values the suite files under a type Lantern does not have (imphash, xmpp, ...)
                  values.forEach(v -> ignored.add(v.toLowerCase(Locale.ROOT)));
                }
              });
      List<Indicator> found = new ArrayList<>(x.extract(text));
      List<Indicator> urls = found.stream().filter(i -> i.type() == IndicatorType.URL).toList();
      List<Indicator> emails = found.stream().filter(i -> i.type() == IndicatorType.EMAIL).toList();
      if (!options.path("parse_domain_from_url").asBoolean(true)) {
        found.removeIf(i -> i.type() == IndicatorType.DOMAIN && isHostOf(i, urls, text));
      }
      if (!options.path("parse_from_url_path").asBoolean(true)) {
        found.removeIf(i -> i.type() == IndicatorType.DOMAIN && insidePath(i, urls, text));
      }
      if (!options.path("parse_domain_from_email_address").asBoolean(true)) {
        found.removeIf(i -> i.type() == IndicatorType.DOMAIN && inside(i, emails));
      }
      if (!options.path("parse_domain_name_from_xmpp_address").asBoolean(true)) {
        found.removeIf(i -> i.type() == IndicatorType.DOMAIN && inside(i, emails));
      }
      CaseResult r = compare(id, expected, found, types, ignored);
      results.add(
          r.outcome() == Outcome.PASS
              ? r
              : new CaseResult(id, r.outcome(), "text `" + shorten(text) + "`: " + r.detail()));
    }
    return new SuiteResult("ioc-finder", file, results);
  }

  private static void collectStrings(JsonNode n, List<String> out) {
    if (n.isTextual()) {
      out.add(n.asText());
    } else if (n.isArray() || n.isObject()) {
      n.forEach(child -> collectStrings(child, out));
    }
  }

  private static boolean inside(Indicator i, List<Indicator> outers) {
    for (Indicator o : outers) {
      if (o.start() <= i.start() && i.end() <= o.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a domain finding is the host of one of the URLs (its authority, not its path). */
  private static boolean isHostOf(Indicator i, List<Indicator> urls, String text) {
    for (Indicator u : urls) {
      int sep = text.indexOf("//", u.start());
      if (sep >= 0 && sep < u.end() && i.start() == sep + 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a domain finding lies in the path of a URL (after the host, before any query). */
  private static boolean insidePath(Indicator i, List<Indicator> urls, String text) {
    for (Indicator u : urls) {
      if (u.start() <= i.start() && i.end() <= u.end()) {
        int hostStart = text.indexOf("//", u.start());
        int pathStart = text.indexOf('/', hostStart + 2);
        int query = text.indexOf('?', hostStart + 2);
        return pathStart >= 0
            && i.start() > pathStart
            && (query < 0 || query > u.end() || i.start() < query);
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ ioc-fanger

  static SuiteResult iocFanger(Path dir, IndicatorExtractor x) {
    String file = "ioc-fanger.fang_pairs.jsonl";
    List<CaseResult> results = new ArrayList<>();
    int n = 0;
    Set<IndicatorType> all = Set.of(IndicatorType.values());
    for (JsonNode c : lines(dir.resolve(file))) {
      n++;
      String defanged = c.path("defanged").asText();
      String fanged = c.path("fanged").asText();
      Set<String> want = keys(x.extract(fanged), all, false);
      Set<String> got = keys(x.extract(defanged), all, false);
      String id = "#" + n + " `" + shorten(defanged) + "`";
      if (!want.equals(got)) {
        results.add(
            new CaseResult(id, Outcome.FAIL, "fanged line gives " + want + ", defanged " + got));
      } else if (!defanged.equals(fanged) && got.isEmpty()) {
        results.add(new CaseResult(id, Outcome.FAIL, "nothing found on either line"));
      } else {
        results.add(new CaseResult(id, Outcome.PASS, ""));
      }
    }
    return new SuiteResult("ioc-fanger", file, results);
  }

  // ------------------------------------------------------------------ iocextract

  static SuiteResult iocExtract(Path dir, IndicatorExtractor x) {
    String file = "iocextract.corpus.jsonl";
    List<CaseResult> results = new ArrayList<>();
    for (JsonNode c : lines(dir.resolve(file))) {
      String text = c.path("text").asText();
      List<Indicator> found = x.extract(text);
      Set<String> spans = new HashSet<>();
      Set<String> values = new HashSet<>();
      for (Indicator i : found) {
        spans.add(text.substring(i.start(), i.end()));
        values.add(i.value());
      }
      for (JsonNode m : c.path("must_contain")) {
        String v = m.asText();
        String id = "must contain `" + v + "`";
        if (isPhoneNumberFragment(v)) {
          results.add(new CaseResult(id, Outcome.OUT_OF_SCOPE, "phone number"));
        } else if (spans.contains(v)
            || values.contains(v)
            || values.contains(v.toLowerCase(Locale.ROOT))) {
          results.add(new CaseResult(id, Outcome.PASS, ""));
        } else {
          results.add(new CaseResult(id, Outcome.FAIL, "no finding spans or equals it"));
        }
      }
      for (JsonNode m : c.path("must_not_contain")) {
        String v = m.asText();
        String id = "must not contain `" + v + "`";
        if (spans.contains(v) || values.contains(v)) {
          results.add(new CaseResult(id, Outcome.FAIL, "found"));
        } else {
          results.add(new CaseResult(id, Outcome.PASS, ""));
        }
      }
    }
    return new SuiteResult("iocextract", file, results);
  }

  private static boolean isPhoneNumberFragment(String v) {
    return v.matches("[0-9() +-]+") && v.contains("-");
  }

  // ------------------------------------------------------------------ txt2stix

  record Txt2StixType(IndicatorType type, Predicate<String> shape) {}

  static final Map<String, Txt2StixType> TXT2STIX_TYPES = new LinkedHashMap<>();

  static {
    Predicate<String> any = v -> true;
    TXT2STIX_TYPES.put("generic_ipv4_address_only", new Txt2StixType(IndicatorType.IPV4, any));
    TXT2STIX_TYPES.put(
        "generic_ipv4_address_cidr", new Txt2StixType(IndicatorType.CIDR, v -> !v.contains(":")));
    TXT2STIX_TYPES.put("generic_ipv6_address_only", new Txt2StixType(IndicatorType.IPV6, any));
    TXT2STIX_TYPES.put(
        "generic_ipv6_address_cidr", new Txt2StixType(IndicatorType.CIDR, v -> v.contains(":")));
    TXT2STIX_TYPES.put(
        "generic_domain_name_only", new Txt2StixType(IndicatorType.DOMAIN, IocSuites::registrable));
    TXT2STIX_TYPES.put(
        "generic_domain_name_subdomain",
        new Txt2StixType(IndicatorType.DOMAIN, v -> !registrable(v)));
    TXT2STIX_TYPES.put(
        "generic_url", new Txt2StixType(IndicatorType.URL, v -> path(v).length() <= 1));
    TXT2STIX_TYPES.put("generic_url_file", new Txt2StixType(IndicatorType.URL, IocSuites::fileUrl));
    TXT2STIX_TYPES.put(
        "generic_url_path",
        new Txt2StixType(IndicatorType.URL, v -> path(v).length() > 1 && !fileUrl(v)));
    TXT2STIX_TYPES.put(
        "generic_host_name_url", new Txt2StixType(IndicatorType.URL, v -> path(v).length() <= 1));
    TXT2STIX_TYPES.put(
        "generic_host_name_file", new Txt2StixType(IndicatorType.URL, IocSuites::fileUrl));
    TXT2STIX_TYPES.put(
        "generic_host_name_path",
        new Txt2StixType(IndicatorType.URL, v -> path(v).length() > 1 && !fileUrl(v)));
    TXT2STIX_TYPES.put("generic_file_hash_md5", new Txt2StixType(IndicatorType.MD5, any));
    TXT2STIX_TYPES.put("generic_file_hash_sha_1", new Txt2StixType(IndicatorType.SHA1, any));
    TXT2STIX_TYPES.put("generic_file_hash_sha_256", new Txt2StixType(IndicatorType.SHA256, any));
    TXT2STIX_TYPES.put("generic_file_hash_sha_512", new Txt2StixType(IndicatorType.SHA512, any));
    TXT2STIX_TYPES.put("generic_email_address", new Txt2StixType(IndicatorType.EMAIL, any));
    TXT2STIX_TYPES.put(
        "generic_autonomous_system_number", new Txt2StixType(IndicatorType.ASN, any));
    TXT2STIX_TYPES.put(
        "generic_cryptocurrency_btc_wallet", new Txt2StixType(IndicatorType.BTC, any));
    TXT2STIX_TYPES.put(
        "generic_cryptocurrency_eth_wallet", new Txt2StixType(IndicatorType.ETH, any));
    TXT2STIX_TYPES.put(
        "generic_cryptocurrency_xmr_wallet", new Txt2StixType(IndicatorType.XMR, any));
    TXT2STIX_TYPES.put("generic_cve_id", new Txt2StixType(IndicatorType.CVE, any));
    for (String k :
        List.of(
            "generic_mitre_attack_enterprise",
            "ai_mitre_attack_enterprise",
            "generic_mitre_attack_mobile",
            "ai_mitre_attack_mobile",
            "generic_mitre_attack_ics",
            "ai_mitre_attack_ics")) {
      TXT2STIX_TYPES.put(k, new Txt2StixType(null, any));
    }
  }

  private static final Set<IndicatorType> ATTACK =
      Set.of(
          IndicatorType.ATTACK_TECHNIQUE,
          IndicatorType.ATTACK_TACTIC,
          IndicatorType.ATTACK_MITIGATION,
          IndicatorType.ATTACK_GROUP,
          IndicatorType.ATTACK_SOFTWARE);

  private static final Set<String> FILE_EXTENSIONS =
      Set.of(
          "exe", "dll", "html", "htm", "php", "asp", "aspx", "jsp", "js", "zip", "rar", "7z", "pdf",
          "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "sh", "ps1", "bat", "vbs", "jar",
          "apk", "bin", "iso", "img", "msi", "scr", "hta", "lnk", "png", "jpg", "gif", "cab");

  private static boolean registrable(String domain) {
    String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2) {
      return false;
    }
    String[] parent = java.util.Arrays.copyOfRange(labels, 1, labels.length);
    return DomainNames.isUnderPublicSuffix(labels) && !DomainNames.isUnderPublicSuffix(parent);
  }

  private static String path(String url) {
    int s = url.indexOf("://") + 3;
    int p = url.indexOf('/', s);
    return p < 0 ? "" : url.substring(p);
  }

  private static boolean fileUrl(String url) {
    String p = path(url);
    int slash = p.lastIndexOf('/');
    String last = p.substring(slash + 1);
    int dot = last.lastIndexOf('.');
    return dot > 0 && FILE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  static SuiteResult txt2stix(Path dir, IndicatorExtractor x) {
    String file = "txt2stix.test_cases.jsonl";
    List<CaseResult> results = new ArrayList<>();
    for (JsonNode c : lines(dir.resolve(file))) {
      String typeName = c.path("type").asText();
      Txt2StixType mapping = TXT2STIX_TYPES.get(typeName);
      for (String polarity : List.of("positive", "negative")) {
        for (JsonNode s : c.path(polarity)) {
          if (!s.isTextual() || s.asText().isBlank()) {
            continue;
          }
          String v = s.asText();
          String id = typeName + " " + polarity + " `" + v + "`";
          if (mapping == null) {
            results.add(new CaseResult(id, Outcome.OUT_OF_SCOPE, typeName));
            continue;
          }
          boolean found = false;
          for (Indicator i : x.extract(v)) {
            boolean typeOk =
                mapping.type() == null ? ATTACK.contains(i.type()) : i.type() == mapping.type();
            if (typeOk
                && i.start() == 0
                && i.end() == v.length()
                && mapping.shape().test(i.value())) {
              found = true;
            }
          }
          boolean pass = found == polarity.equals("positive");
          results.add(
              new CaseResult(
                  id,
                  pass ? Outcome.PASS : Outcome.FAIL,
                  pass ? "" : (found ? "found as " : "not found as ") + typeName));
        }
      }
    }
    return new SuiteResult("txt2stix", file, results);
  }

  // ------------------------------------------------------------------ xioc

  static final Map<String, IndicatorType> XIOC_TYPES =
      Map.of(
          "domains", IndicatorType.DOMAIN,
          "urls", IndicatorType.URL,
          "emails", IndicatorType.EMAIL,
          "ip4s", IndicatorType.IPV4,
          "ip6s", IndicatorType.IPV6);

  static SuiteResult xioc(Path dir, IndicatorExtractor x) {
    String file = "xioc.tests.jsonl";
    List<CaseResult> results = new ArrayList<>();
    int n = 0;
    Set<IndicatorType> types = new HashSet<>(XIOC_TYPES.values());
    for (JsonNode c : lines(dir.resolve(file))) {
      n++;
      String text = c.path("text").asText();
      Set<String> expected = new TreeSet<>();
      c.path("expected")
          .properties()
          .forEach(
              e -> {
                IndicatorType t = XIOC_TYPES.get(e.getKey());
                if (t != null) {
                  e.getValue().forEach(v -> expected.add(key(t, canonical(t, v.asText()))));
                }
              });
      CaseResult r =
          compare("#" + n + " `" + shorten(text) + "`", expected, x.extract(text), types, Set.of());
      results.add(r);
    }
    return new SuiteResult("xioc", file, results);
  }

  // ------------------------------------------------------------------ iocsearcher

  static final Map<String, IndicatorType> IOCSEARCHER_TYPES =
      Map.of(
          "bitcoin", IndicatorType.BTC,
          "ethereum", IndicatorType.ETH,
          "monero", IndicatorType.XMR);

  static SuiteResult iocSearcher(Path dir, IndicatorExtractor x) {
    String file = "iocsearcher.valid.jsonl";
    List<CaseResult> results = new ArrayList<>();
    for (JsonNode c : lines(dir.resolve(file))) {
      String typeName = c.path("type").asText();
      String v = c.path("value").asText();
      String id = typeName + " `" + v + "`";
      IndicatorType t = IOCSEARCHER_TYPES.get(typeName);
      if (t == null) {
        results.add(new CaseResult(id, Outcome.OUT_OF_SCOPE, typeName));
        continue;
      }
      String want = canonical(t, v);
      boolean found = x.extract(v).stream().anyMatch(i -> i.type() == t && i.value().equals(want));
      results.add(
          new CaseResult(id, found ? Outcome.PASS : Outcome.FAIL, found ? "" : "not found"));
    }
    return new SuiteResult("iocsearcher", file, results);
  }
}
