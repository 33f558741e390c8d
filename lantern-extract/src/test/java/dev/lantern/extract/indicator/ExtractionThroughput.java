package dev.lantern.extract.indicator;

import java.util.Random;

/**
 * A quick throughput check, not a test and not a benchmark: generates about 50 MB of report-like
 * text (English, Ukrainian and Russian prose with defanged and plain indicators) and prints MB/s
 * over a few passes, both per wall-clock second and per CPU-second of the calling thread (the
 * latter is the per-core figure, and stays meaningful on a busy machine). The JMH benchmark in
 * {@code lantern-bench} is the reference.
 *
 * <p>Run: {@code java -cp <test-classpath> dev.lantern.extract.indicator.ExtractionThroughput}
 */
final class ExtractionThroughput {
  private ExtractionThroughput() {}

  static String reportText(int chars, long seed) {
    String[] prose = {
      "The threat actor gained initial access through a phishing e-mail and moved laterally.",
      "Зловмисники використали вразливість у мережевому обладнанні для первинного доступу.",
      "Злоумышленники применяли вредоносное ПО для скрытого сбора данных и закрепления.",
      "According to the advisory, the campaign targeted government and energy organisations.",
      "Version 7.0.12 of the product is affected; see the vendor notes for details (2024).",
    };
    String[] iocs = {
      "hxxps://update-check[.]org/api/v2/gate.php",
      "45.9.148.3",
      "evil(.)com",
      "d41d8cd98f00b204e9800998ecf8427e",
      "CVE-2022-42475",
      "T1059.001",
      "admin[at]mail-box[.]ru",
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "2a00:1450:4001:829::200e",
      "AS13335",
      "192.168.10.5",
      "https://github.com/org/repo/releases"
    };
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(chars + 200);
    while (sb.length() < chars) {
      sb.append(prose[r.nextInt(prose.length)]).append(' ');
      if (r.nextInt(4) == 0) {
        sb.append(iocs[r.nextInt(iocs.length)]).append(r.nextBoolean() ? ", " : "\n");
      }
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    String text = reportText(50_000_000, 42);
    IndicatorExtractor x = IndicatorExtractor.standard();
    double mb = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 8; pass++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      int found = x.extract(text).size();
      double s = (System.nanoTime() - t0) / 1e9;
      double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(
          "pass %d: %.1f MB (UTF-8), %d findings: %.0f MB/s wall, %.0f MB per CPU-second%n",
          pass, mb, found, mb / s, mb / c);
    }
  }
}
