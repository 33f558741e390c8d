package dev.lantern.bench.extract;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates report-like text for extraction benchmarks: news and advisory prose in English,
 * Ukrainian and Russian, with the things that make extraction hard — version numbers, file names,
 * dates, dotted abbreviations — and indicators, plain and defanged, at roughly the density of real
 * vendor reports (about one indicator per 400 characters).
 *
 * <p>Deterministic for a seed, so every run of a benchmark reads the same text.
 */
public final class ReportTextGenerator {

  private static final List<String> EN =
      List.of(
          "The",
          "agency",
          "said",
          "the",
          "hackers",
          "had",
          "placed",
          "malicious",
          "software",
          "inside",
          "a",
          "network",
          "used",
          "for",
          "unclassified",
          "research",
          "and",
          "that",
          "this",
          "incident",
          "does",
          "not",
          "stand",
          "on",
          "its",
          "own",
          "but",
          "is",
          "part",
          "of",
          "wider",
          "trend",
          "espionage",
          "against",
          "allies",
          "according",
          "to",
          "report",
          "published",
          "last",
          "year",
          "by",
          "intelligence",
          "services",
          "attackers",
          "exploited",
          "vulnerability",
          "in",
          "appliance",
          "firmware",
          "persistence",
          "was",
          "achieved",
          "through",
          "implant",
          "which",
          "survived",
          "reboots",
          "upgrades",
          "operators",
          "used",
          "infrastructure",
          "rented",
          "from",
          "providers",
          "several",
          "countries",
          "ministry",
          "denied",
          "any",
          "involvement",
          "called",
          "accusations",
          "groundless",
          "researchers");
  private static final List<String> UK =
      List.of(
          "Хакери",
          "отримали",
          "доступ",
          "до",
          "мережі",
          "міністерства",
          "оборони",
          "минулого",
          "року",
          "повідомила",
          "служба",
          "розвідки",
          "зловмисники",
          "використали",
          "вразливість",
          "у",
          "програмному",
          "забезпеченні",
          "атака",
          "була",
          "частиною",
          "кампанії",
          "проти",
          "України",
          "та",
          "її",
          "союзників",
          "посольство",
          "заперечило",
          "причетність",
          "фахівці",
          "зафіксували",
          "шкідливе",
          "що",
          "приховувало",
          "свою",
          "активність",
          "в",
          "липні");
  private static final List<String> RU =
      List.of(
          "Хакеры",
          "получили",
          "доступ",
          "к",
          "сети",
          "министерства",
          "обороны",
          "в",
          "прошлом",
          "году",
          "сообщила",
          "служба",
          "разведки",
          "злоумышленники",
          "использовали",
          "уязвимость",
          "программном",
          "обеспечении",
          "атака",
          "была",
          "частью",
          "кампании",
          "против",
          "союзников",
          "посольство",
          "отвергло",
          "обвинения",
          "специалисты",
          "обнаружили",
          "вредоносное",
          "которое",
          "скрывало",
          "свою",
          "активность",
          "декабре");
  private static final List<String> NOISE =
      List.of(
          "version 7.0.12",
          "build 10.0.19045",
          "libpe.so",
          "report.zip",
          "invoice.pdf",
          "update.exe",
          "e.g.",
          "i.e.",
          "U.S.",
          "Jan. 5",
          "3.5%",
          "1,024",
          "v2.4.1",
          "10:45",
          "2023-07-14",
          "p. 12",
          "No. 4",
          "50 people",
          "CVE",
          "ATT&CK",
          "TLP:AMBER",
          "Node.js",
          "ASP.NET",
          "section 4.2.1",
          "$12.5 million",
          "Windows 10",
          "FortiOS 7.2.4");
  private static final List<String> TLDS =
      List.of("com", "net", "org", "ru", "ua", "info", "top", "xyz");
  private static final String HEX = "0123456789abcdef";

  private final SplittableRandom random;
  private final boolean withIndicators;

  /** A generator of report text with indicators at the density of real reports. */
  public ReportTextGenerator(long seed) {
    this(seed, true);
  }

  /** A generator of report text with or without indicators (prose measures the scanner's floor). */
  public ReportTextGenerator(long seed, boolean withIndicators) {
    this.random = new SplittableRandom(seed);
    this.withIndicators = withIndicators;
  }

  /** About {@code chars} characters of text, cut at a line end. */
  public String generate(int chars) {
    StringBuilder out = new StringBuilder(chars + 512);
    while (out.length() < chars) {
      paragraph(out);
      out.append("\n\n");
    }
    out.setLength(chars);
    return out.toString();
  }

  private void paragraph(StringBuilder out) {
    List<String> words =
        switch (random.nextInt(10)) {
          case 0, 1 -> UK;
          case 2, 3 -> RU;
          default -> EN;
        };
    int sentences = 2 + random.nextInt(5);
    for (int s = 0; s < sentences; s++) {
      int n = 8 + random.nextInt(18);
      for (int w = 0; w < n; w++) {
        if (w > 0) {
          out.append(' ');
        }
        int roll = random.nextInt(100);
        if (roll < 3) {
          out.append(NOISE.get(random.nextInt(NOISE.size())));
        } else if (roll < 5 && withIndicators) {
          indicator(out);
        } else {
          out.append(words.get(random.nextInt(words.size())));
        }
      }
      out.append(random.nextInt(8) == 0 ? ", " : ". ");
    }
  }

  private void indicator(StringBuilder out) {
    boolean defang = random.nextBoolean();
    switch (random.nextInt(8)) {
      case 0, 1 -> {
        String ip = ipv4();
        out.append(defang ? ip.replace(".", "[.]") : ip);
      }
      case 2, 3 -> {
        String domain = domain();
        out.append(defang ? domain.replace(".", "[.]") : domain);
      }
      case 4 -> {
        String url =
            "https://" + domain() + "/" + word() + "/" + word() + ".php?id=" + random.nextInt(9999);
        out.append(defang ? url.replace("https", "hxxps").replace(".", "[.]") : url);
      }
      case 5 -> out.append(hex(64));
      case 6 -> out.append(hex(random.nextBoolean() ? 32 : 40));
      default -> out.append(word()).append(defang ? "[at]" : "@").append(domain());
    }
  }

  private String ipv4() {
    return (11 + random.nextInt(200))
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254));
  }

  private String domain() {
    String d =
        word()
            + (random.nextInt(3) == 0 ? "-" + word() : "")
            + "."
            + TLDS.get(random.nextInt(TLDS.size()));
    return random.nextInt(4) == 0 ? word() + "." + d : d;
  }

  private String word() {
    int n = 4 + random.nextInt(8);
    StringBuilder w = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }

  private String hex(int n) {
    StringBuilder h = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      h.append(HEX.charAt(random.nextInt(16)));
    }
    return h.toString();
  }
}
