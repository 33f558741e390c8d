package dev.lantern.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.sweep.index.IndicatorIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The sweep against a deliberately naive reference matcher (regex tokens, string comparisons,
 * linear CIDR checks) on random text lines built from indicators, near misses and junk. URLs are
 * covered by example tests instead: the reference would have to re-implement normalisation.
 *
 * <p>Design note: every property runs QuickTheories with its own fixed seed, so a CI failure
 * reproduces locally. Generators describe their values as Java string literals with control,
 * non-ASCII and surrogate characters escaped, so the shrunk falsifying example can be pasted into a
 * regression test. Random bytes are described in hex, since the sweep reads them undecoded.
 */
class SweepPropertiesTest {
  private static final List<String> INDICATORS =
      List.of(
          "10.0.0.5",
          "10.0.1.0/28",
          "10.0.0.0/30",
          "10.0.0.9",
          "2001:db8::1",
          "2001:db8:0:1::/64",
          "evil.example",
          "c2.bad.example",
          "ab.cd",
          "spy@evil.example",
          "0123456789abcdef0123456789abcdef",
          "0123456789abcdef0123456789abcdef01234567");

  private static final List<String> TOKENS =
      List.of(
          "10.0.0.5",
          "10.0.0.4",
          "10.0.0.3",
          "10.0.1.15",
          "10.0.1.16",
          "10.0.0.9",
          "::ffff:10.0.0.9",
          "2001:db8::1",
          "2001:DB8:0:0:0:0:0:1",
          "2001:db8::2",
          "2001:db8:0:1:ffff::9",
          "::1",
          "evil.example",
          "EVIL.Example",
          "x.evil.example",
          "notevil.example",
          "c2.bad.example",
          "bad.example",
          "ab.cd",
          "x.ab.cd",
          "spy@evil.example",
          "SPY@EVIL.EXAMPLE",
          "spy@evil",
          "0123456789abcdef0123456789abcdef",
          "0123456789ABCDEF0123456789ABCDEF",
          "0123456789abcdef0123456789abcdef01234567",
          "c2.bad.example:8080",
          "10.0.0.5:443",
          "md5:0123456789abcdef0123456789abcdef",
          "1.2.3",
          "256.0.0.1",
          "evil",
          ".example",
          "a..evil.example");

  private static final IndicatorIndex INDEX = SweeperTest.index(INDICATORS.toArray(new String[0]));

  @Test
  void sweep_reportsExactlyTheHitsOfANaiveReferenceMatcherOnGeneratedLogLines() {
    qt().withFixedSeed(0x5EE9_0001L)
        .withExamples(300)
        .forAll(lines())
        .checkAssert(
            lines -> {
              String text = String.join("\n", lines);
              List<String> actual =
                  sweep(text).hits().stream()
                      .map(
                          h ->
                              h.line()
                                  + "@"
                                  + h.offset()
                                  + " "
                                  + h.value()
                                  + " -> "
                                  + h.indicator().value())
                      .toList();
              assertThat(actual).as("hits in %s", visible(text)).isEqualTo(reference(lines));
            });
  }

  @Test
  void sweep_reportsNoProblemAndCountsEveryByteOfArbitraryBytes() {
    qt().withFixedSeed(0x5EE9_0002L)
        .withExamples(200)
        .forAll(randomBytes())
        .checkAssert(
            bytes -> {
              SweepResult r = sweepBytes(bytes);
              assertThat(r.problems()).as("problems").isEmpty();
              assertThat(r.bytes()).as("bytes read").isEqualTo(bytes.length);
            });
  }

  @Test
  void sweep_reportsNoProblemOnArbitraryStrings() {
    qt().withFixedSeed(0x5EE9_0003L)
        .withExamples(200)
        .forAll(randomText())
        .checkAssert(text -> assertThat(sweep(text).problems()).as("problems").isEmpty());
  }

  // ---------------------------------------------------------------- generators

  /**
   * Up to 12 lines, each up to 24 parts glued together: known indicators and near misses, junk from
   * the characters indicators are made of, addresses in and around the listed IPv4 ranges, and
   * separators.
   */
  private static Gen<List<String>> lines() {
    Gen<String> known = arbitrary().pick(TOKENS);
    Gen<String> junk =
        lists()
            .of(arbitrary().pick(List.of("abcdef0123456789.:-@_+xyz".split(""))))
            .ofSizeBetween(1, 16)
            .map(chars -> String.join("", chars));
    Gen<String> ip = integers().between(0, 511).map(n -> "10.0." + (n >> 8) + "." + (n & 255));
    Gen<String> sep =
        arbitrary()
            .pick(
                " ", "\t", ",", "=", "\"", "/", "(", ")", "[", "]", " | ", ":", ".", "://", "<",
                ">");
    Gen<String> line =
        lists()
            .of(
                Generate.frequency(
                    Pair.of(3, known), Pair.of(2, junk), Pair.of(2, ip), Pair.of(4, sep)))
            .ofSizeBetween(0, 24)
            .map(parts -> String.join("", parts));
    return lists().of(line).ofSizeBetween(0, 12).describedAs(l -> visible(String.join("\n", l)));
  }

  /** Up to 600 random bytes. */
  private static Gen<byte[]> randomBytes() {
    return Generate.byteArrays(
            integers().between(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .describedAs(SweepPropertiesTest::hex);
  }

  /** Any code points, and separately plain ASCII, up to 400 characters. */
  private static Gen<String> randomText() {
    return strings()
        .allPossible()
        .ofLengthBetween(0, 400)
        .mix(strings().ascii().ofLengthBetween(0, 400))
        .describedAs(SweepPropertiesTest::visible);
  }

  /**
   * The text quoted, with backslashes and quotes escaped and control, non-ASCII and surrogate
   * characters as {@code \\uXXXX}, so a reported falsifying example can be pasted into a Java
   * string literal.
   */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  /** The bytes as lower-case hex pairs, with their count. */
  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2 + 16);
    out.append(bytes.length).append(" bytes: ");
    for (byte b : bytes) {
      out.append(String.format("%02x", b & 0xff));
    }
    return out.toString();
  }

  private static SweepResult sweep(String text) {
    return sweepBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static SweepResult sweepBytes(byte[] bytes) {
    try {
      Path f = Files.createTempFile("prop", ".log");
      try {
        Files.write(f, bytes);
        return Sweeper.builder(INDEX)
            .threads(1)
            .format(LogFormat.TEXT)
            .build()
            .sweep(List.of(f.toString()));
      } finally {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ the naive reference

  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9.:@_+\\-]+");

  static List<String> reference(List<String> lines) {
    List<String> out = new ArrayList<>();
    long offset = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        word(m.group(), offset + m.start(), n + 1, out, true);
      }
      offset += line.length() + 1;
    }
    return out;
  }

  private static void word(String w, long at, long line, List<String> out, boolean whole) {
    int a = 0;
    int b = w.length();
    while (b > a && w.charAt(b - 1) == '.') {
      b--;
    }
    while (a < b && w.charAt(a) == '.') {
      a++;
    }
    String t = w.substring(a, b);
    long start = at + a;
    if (t.length() < 3) {
      return;
    }
    String found = null;
    if (t.contains(":")) {
      long[] v6 = t.matches("[0-9A-Fa-f.:]+") ? ipv6(t) : null;
      if (v6 != null) {
        found =
            v6[0] == 0 && (v6[1] >>> 32) == 0xffff ? ipv4Match(v6[1] & 0xffffffffL) : ipv6Match(v6);
      } else {
        int p = 0;
        for (String part : t.split(":", -1)) {
          if (!part.isEmpty()) {
            word(part, start + p, line, out, false);
          }
          p += part.length() + 1;
        }
        return;
      }
    } else if (t.contains("@")) {
      found =
          INDICATORS.contains(t.toLowerCase(Locale.ROOT))
                  && t.chars().filter(c -> c == '@').count() == 1
              ? t.toLowerCase(Locale.ROOT)
              : null;
    } else if (t.matches("[0-9A-Fa-f]+")) {
      found = INDICATORS.contains(t.toLowerCase(Locale.ROOT)) ? t.toLowerCase(Locale.ROOT) : null;
    } else if (t.matches("[0-9.]+")) {
      long v4 = ipv4(t);
      found = v4 < 0 ? null : ipv4Match(v4);
    } else if (t.contains(".")) {
      String lower = t.toLowerCase(Locale.ROOT);
      for (String d : INDICATORS) {
        boolean isDomain =
            d.matches(".*[a-z].*")
                && !d.contains("@")
                && !d.contains(":")
                && !d.matches("[0-9a-f]+");
        if (isDomain
            && (lower.equals(d) || lower.endsWith("." + d))
            && (found == null || d.length() > found.length())) {
          found = d;
        }
      }
    }
    if (found != null) {
      out.add(line + "@" + start + " " + t + " -> " + found);
    }
  }

  private static long ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return -1;
    }
    long v = 0;
    for (String p : parts) {
      if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
        return -1;
      }
      v = v << 8 | Integer.parseInt(p);
    }
    return v;
  }

  private static String ipv4Match(long address) {
    String best = null;
    int bestPrefix = -1;
    for (String ind : INDICATORS) {
      String[] cidr = ind.split("/");
      long net = ipv4(cidr[0]);
      if (net < 0) {
        continue;
      }
      int prefix = cidr.length > 1 ? Integer.parseInt(cidr[1]) : 32;
      long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
      if ((address & mask) == (net & mask) && prefix > bestPrefix) {
        best = ind;
        bestPrefix = prefix;
      }
    }
    return best;
  }

  private static String ipv6Match(long[] a) {
    String best = null;
    int bestPrefix = -1;
    for (String ind : INDICATORS) {
      String[] cidr = ind.split("/");
      long[] net = cidr[0].contains(":") ? ipv6(cidr[0]) : null;
      if (net == null) {
        continue;
      }
      int prefix = cidr.length > 1 ? Integer.parseInt(cidr[1]) : 128;
      boolean inside = true;
      for (int bit = 0; bit < prefix; bit++) {
        int word = bit / 64;
        int shift = 63 - bit % 64;
        inside &= ((a[word] >>> shift) & 1) == ((net[word] >>> shift) & 1);
      }
      if (inside && prefix > bestPrefix) {
        best = ind;
        bestPrefix = prefix;
      }
    }
    return best;
  }

  private static long[] ipv6(String s) {
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    if (gap >= 0) {
      String l = s.substring(0, gap);
      String r = s.substring(gap + 2);
      if (!l.isEmpty()) {
        left.addAll(List.of(l.split(":", -1)));
      }
      if (!r.isEmpty()) {
        right.addAll(List.of(r.split(":", -1)));
      }
    } else {
      left.addAll(List.of(s.split(":", -1)));
    }
    List<String> last = gap >= 0 ? right : left;
    if (!last.isEmpty() && last.get(last.size() - 1).contains(".")) {
      long v4 = ipv4(last.remove(last.size() - 1));
      if (v4 < 0) {
        return null;
      }
      last.add(Long.toHexString(v4 >>> 16));
      last.add(Long.toHexString(v4 & 0xffff));
    }
    int groups = left.size() + right.size();
    if (gap >= 0 ? groups > 7 : groups != 8) {
      return null;
    }
    List<String> all = new ArrayList<>(left);
    for (int k = groups; k < 8; k++) {
      all.add("0");
    }
    all.addAll(right);
    long[] v = new long[2];
    for (int k = 0; k < 8; k++) {
      String g = all.get(k);
      if (!g.matches("[0-9A-Fa-f]{1,4}")) {
        return null;
      }
      v[k / 4] = v[k / 4] << 16 | Integer.parseInt(g, 16);
    }
    return v;
  }
}
