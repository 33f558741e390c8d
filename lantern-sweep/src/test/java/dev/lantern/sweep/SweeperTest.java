package dev.lantern.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.sweep.index.IndicatorIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweeperTest {
  @TempDir Path dir;

  static IndicatorIndex index(String... values) {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    for (String v : values) {
      assertThat(b.addGuessing(v, null)).as(v).isEmpty();
    }
    return b.build();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static SweepResult sweep(IndicatorIndex index, Path... files) {
    return Sweeper.builder(index)
        .threads(2)
        .build()
        .sweep(Arrays.stream(files).map(Path::toString).toList());
  }

  private static List<String> values(SweepResult r) {
    return r.hits().stream().map(Hit::value).toList();
  }

  @Test
  void text_findsEachKindOfValueWithLineAndOffset() throws IOException {
    String log =
        "Nov 28 14:03:01 fw1 kernel: DROP src=10.9.8.7 dst=203.0.113.5:443 proto=TCP\n"
            + "resolved www.Evil.example. via 8.8.8.8\n"
            + "mail from <Spy@Evil.example> hash D41D8CD98F00B204E9800998ECF8427E ok\n";
    Path f = write("fw.log", log);
    SweepResult r =
        sweep(
            index(
                "203.0.113.0/24",
                "evil.example",
                "spy@evil.example",
                "d41d8cd98f00b204e9800998ecf8427e"),
            f);
    assertThat(values(r))
        .containsExactly(
            "203.0.113.5",
            "www.Evil.example",
            "Spy@Evil.example",
            "D41D8CD98F00B204E9800998ECF8427E");
    Hit first = r.hits().get(0);
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.offset()).isEqualTo(log.indexOf("203.0.113.5"));
    assertThat(first.indicator().value()).isEqualTo("203.0.113.0/24");
    assertThat(first.field()).isEmpty();
    assertThat(r.hits().get(1).line()).isEqualTo(2);
    assertThat(r.hits().get(3).type()).isEqualTo(IndicatorType.MD5);
    assertThat(r.lines()).isEqualTo(3);
    assertThat(r.bytes()).isEqualTo(log.length());
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void url_hitsAsUrlAndItsHostHitsTheDomainIndicator() throws IOException {
    Path f =
        write(
            "proxy.log",
            "GET HTTP://Sub.Bad.example:80/x/?q=1 200\nGET https://bad.example/other 200\n");
    SweepResult r = sweep(index("http://sub.bad.example/x?q=1", "bad.example"), f);
    assertThat(r.hits())
        .extracting(h -> h.type() + " " + h.value())
        .containsExactly(
            "URL HTTP://Sub.Bad.example:80/x/?q=1", "DOMAIN Sub.Bad.example", "DOMAIN bad.example");
  }

  @Test
  void text_ipv6CompressedExpandedAndMappedFormsHit() throws IOException {
    Path f =
        write(
            "v6.log",
            "a 2001:0DB8:0000:0000:0000:0000:0000:0001 b [2001:db8::1]:443 c ::ffff:192.0.2.1\n");
    SweepResult r = sweep(index("2001:db8::1", "192.0.2.1"), f);
    assertThat(values(r))
        .containsExactly(
            "2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1", "::ffff:192.0.2.1");
  }

  @Test
  void zeek_reportsFieldNamesFromTheHeaderAndEpochTime() throws IOException {
    String log =
        "#separator \\x09\n#set_separator\t,\n#fields\tts\tuid\tid.orig_h\tid.resp_h\tquery\n"
            + "#types\ttime\tstring\taddr\taddr\tstring\n"
            + "1700000000.123456\tCx1\t10.0.0.1\t192.0.2.9\tc2.evil.example\n";
    SweepResult r = sweep(index("192.0.2.9", "evil.example"), write("dns.log", log));
    assertThat(r.hits())
        .extracting(h -> h.field().orElse("-"))
        .containsExactly("id.resp_h", "query");
    assertThat(r.hits().get(0).time()).contains(Instant.parse("2023-11-14T22:13:20.123456Z"));
    assertThat(r.hits().get(0).line()).isEqualTo(5);
  }

  @Test
  void json_reportsTheKeyAndIsoTime() throws IOException {
    String log =
        "{\"timestamp\":\"2024-02-06T10:15:00+01:00\",\"client\":\"10.1.1.1\",\"url\":\"http://x.example/a\","
            + "\"dest\":{\"host\":\"c2.evil.example\"}}\n";
    SweepResult r = sweep(index("evil.example"), write("proxy.json", log));
    assertThat(r.hits()).hasSize(1);
    assertThat(r.hits().get(0).field()).contains("host");
    assertThat(r.hits().get(0).time()).contains(Instant.parse("2024-02-06T09:15:00Z"));
  }

  @Test
  void csv_reportsTheColumnNameAndSkipsTheHeader() throws IOException {
    String log = "time,src,dst,note\n2024-01-01 00:00:00,10.0.0.1,192.0.2.9,\"a, b\"\n";
    SweepResult r = sweep(index("192.0.2.9", "10.0.0.0/8"), write("flows.csv", log));
    assertThat(r.hits()).extracting(h -> h.field().orElse("-")).containsExactly("src", "dst");
    assertThat(r.hits().get(0).line()).isEqualTo(2);
  }

  @Test
  void syslog_yearComesFromTheInjectedClock() throws IOException {
    Path f = write("sys.log", "Dec 31 23:59:59 host sshd: from 192.0.2.9\n");
    InstantSource jan2025 = InstantSource.fixed(Instant.parse("2025-01-02T00:00:00Z"));
    SweepResult r =
        Sweeper.builder(index("192.0.2.9")).clock(jan2025).build().sweep(List.of(f.toString()));
    assertThat(r.hits().get(0).time()).contains(Instant.parse("2024-12-31T23:59:59Z"));
  }

  @Test
  void gzip_isDetectedByMagicBytes() throws IOException {
    Path f = dir.resolve("conn.log.1");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("line one\nbeacon to 192.0.2.9\n".getBytes(StandardCharsets.UTF_8));
    }
    SweepResult r = sweep(index("192.0.2.9"), f);
    assertThat(values(r)).containsExactly("192.0.2.9");
    assertThat(r.hits().get(0).line()).isEqualTo(2);
  }

  @Test
  void gzip_truncatedStreamKeepsEarlierHitsAndNamesTheOffset() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder("first 192.0.2.9\n");
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      text.append("noise ").append(random.nextLong()).append('\n');
    }
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    Path f = dir.resolve("cut.log.gz");
    Files.write(f, Arrays.copyOf(all, all.length / 2));
    Path other = write("other.log", "also 192.0.2.9\n");
    SweepResult r = sweep(index("192.0.2.9"), f, other);
    assertThat(r.hits()).extracting(Hit::file).containsExactly(f.toString(), other.toString());
    assertThat(r.problems()).hasSize(1);
    SweepProblem p = r.problems().get(0);
    assertThat(p.file()).isEqualTo(f.toString());
    assertThat(p.offset()).isPositive();
    assertThat(p.message()).contains("truncated").contains("at byte " + p.offset());
  }

  @Test
  void missingFile_isAProblemAndOtherInputsAreStillSwept() throws IOException {
    Path ok = write("ok.log", "192.0.2.9\n");
    SweepResult r =
        Sweeper.builder(index("192.0.2.9"))
            .build()
            .sweep(List.of(dir.resolve("nope.log").toString(), ok.toString()));
    assertThat(values(r)).containsExactly("192.0.2.9");
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nope.log"));
  }

  @Test
  void directory_isWalkedRecursivelyInNameOrder() throws IOException {
    write("logs/b/2.log", "evil.example\n");
    write("logs/a.log", "x.evil.example\n");
    SweepResult r = sweep(index("evil.example"), dir.resolve("logs"));
    assertThat(values(r)).containsExactly("x.evil.example", "evil.example");
  }

  @Test
  void stdin_isReadWhenTheInputIsDash() {
    byte[] in = "hello 192.0.2.9\n".getBytes(StandardCharsets.UTF_8);
    SweepResult r =
        Sweeper.builder(index("192.0.2.9"))
            .stdin(() -> new ByteArrayInputStream(in))
            .build()
            .sweep(List.of("-"));
    assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.file()).isEqualTo("-"));
  }

  @Test
  void emptyIndicatorSet_sweepsWithoutHits() throws IOException {
    SweepResult r =
        sweep(IndicatorIndex.builder().build(), write("a.log", "10.0.0.1 evil.example\n"));
    assertThat(r.hits()).isEmpty();
    assertThat(r.lines()).isEqualTo(1);
  }

  @Test
  void binaryGarbage_neverThrowsAndStillFindsPlantedValues() throws IOException {
    Random random = new Random(42);
    byte[] junk = new byte[3 << 20];
    random.nextBytes(junk);
    byte[] planted = " 192.0.2.9 ".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(planted, 0, junk, 1_500_000, planted.length);
    Path f = dir.resolve("junk.bin");
    Files.write(f, junk);
    SweepResult r = sweep(index("192.0.2.9"), f);
    assertThat(r.hits()).extracting(Hit::offset).contains(1_500_001L);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void parallelChunks_giveTheSameHitsAndLinesAsOneThread() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 400_000; i++) {
      s.append("2024-01-01T00:00:00Z conn ")
          .append(i % 1000 == 0 ? "192.0.2.9" : "10.0.0.1")
          .append('\n');
    }
    Path f = write("big.log", s.toString());
    IndicatorIndex index = index("192.0.2.9");
    SweepResult one = Sweeper.builder(index).threads(1).build().sweep(List.of(f.toString()));
    SweepResult four = Sweeper.builder(index).threads(4).build().sweep(List.of(f.toString()));
    assertThat(four.hits()).hasSize(400).isEqualTo(one.hits());
    assertThat(four.hits().get(399).line()).isEqualTo(399_001);
  }

  /** A 200 MB line without a newline is scanned in bounded memory and its values are found. */
  @Test
  void hugeSingleLine_isScannedInBoundedBuffers() throws IOException {
    Path f = dir.resolve("one-line.log");
    byte[] block = new byte[1 << 20];
    byte[] filler = "abc def ghi ".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < block.length; i++) {
      block[i] = filler[i % filler.length];
    }
    byte[] planted = "c2.evil.example ".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (int i = 0; i < 200; i++) {
        if (i == 150) {
          out.write(planted);
        }
        out.write(block);
      }
    }
    SweepResult r = sweep(index("evil.example"), f);
    assertThat(r.hits())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.line()).isEqualTo(1);
              assertThat(h.offset()).isEqualTo(150L << 20);
            });
  }

  /**
   * Regression: a hash or IP at the end of a sentence ("… hash 0123….") was classified by the kinds
   * of the untrimmed word, so the dot made it look like a domain and the hit was lost. Found by
   * {@code SweepPropertiesTest}.
   */
  @Test
  void trailingDot_doesNotHideHashesAndIps() throws IOException {
    String md5 = "0123456789abcdef0123456789abcdef";
    SweepResult r =
        sweep(index(md5, "192.0.2.9"), write("dots.log", "saw " + md5 + ". then 192.0.2.9.\n"));
    assertThat(values(r)).containsExactly(md5, "192.0.2.9");
  }

  /**
   * The scanner reads words up to the last delimiter of a region without bounds tests; the word
   * after it, at the very end of the input, is handled on its own and must still be looked up.
   */
  @Test
  void lastWordOfAFileWithoutNewline_isStillLookedUp() throws IOException {
    String md5 = "0123456789abcdef0123456789abcdef";
    IndicatorIndex index = index(md5, "192.0.2.9", "evil.example");
    assertThat(values(sweep(index, write("ip.log", "first line\nlast 192.0.2.9"))))
        .containsExactly("192.0.2.9");
    assertThat(values(sweep(index, write("hash.log", md5)))).containsExactly(md5);
    assertThat(values(sweep(index, write("host.log", "GET http://x.evil.example"))))
        .containsExactly("x.evil.example");
  }
}
