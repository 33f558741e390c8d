package dev.lantern.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.sweep.index.IndicatorIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale case: an index of ten million indicators (addresses, CIDR ranges, domains and
 * hashes) still answers exactly — every planted value hits the right indicator, and near misses
 * (neighbouring addresses, a sibling domain, a hash one digit off) do not.
 */
class TenMillionIndicatorsTest {
  @TempDir Path dir;

  private static final int ADDRESSES = 6_000_000;
  private static final int DOMAINS = 3_000_000;
  private static final int HASHES = 1_000_000 - 1_000;
  private static final int RANGES = 1_000;

  /** A distinct public-looking IPv4 address for each k below 2^24: 11.x.y.z then upwards. */
  private static String address(int k) {
    int a = 0x0B000000 + k * 2; // every other address, so odd neighbours are never listed
    return ((a >>> 24) & 255)
        + "."
        + ((a >>> 16) & 255)
        + "."
        + ((a >>> 8) & 255)
        + "."
        + (a & 255);
  }

  private static String domain(int k) {
    return "c2-" + Integer.toString(k, 36) + ".evil-" + (k % 97) + ".com";
  }

  private static String hash(int k) {
    return String.format("%064x", 0x5eedL * 1_000_003L + k);
  }

  @Test
  void tenMillionIndicators_loadAndMatchExactly() throws IOException {
    IndicatorIndex.Builder b = IndicatorIndex.builder();
    for (int k = 0; k < ADDRESSES; k++) {
      assertThat(b.add(IndicatorType.IPV4, address(k), null)).isEmpty();
    }
    for (int k = 0; k < DOMAINS; k++) {
      b.add(IndicatorType.DOMAIN, domain(k), null);
    }
    for (int k = 0; k < HASHES; k++) {
      b.add(IndicatorType.SHA256, hash(k), null);
    }
    for (int k = 0; k < RANGES; k++) {
      b.add(IndicatorType.IPV4, "100." + (64 + k / 256) + "." + (k % 256) + ".0/24", null);
    }
    IndicatorIndex index = b.build();
    assertThat(index.size()).isEqualTo(10_000_000);
    assertThat(index.rejected()).isEmpty();

    String planted =
        String.join(
            "\n",
            "conn " + address(0) + " -> " + address(ADDRESSES - 1),
            "dns query sub.deep." + domain(1234567) + " A",
            "file " + hash(HASHES / 2) + " quarantined",
            "fw drop 100.67.231.9 port 445",
            "neighbours " + nextAddress(address(77)) + " sibling.evil-3.com " + hash(HASHES + 5),
            "");
    Path log = Files.writeString(dir.resolve("mixed.log"), planted, StandardCharsets.UTF_8);

    SweepResult r = Sweeper.builder(index).threads(2).build().sweep(List.of(log.toString()));

    assertThat(r.problems()).isEmpty();
    assertThat(r.hits())
        .extracting(h -> h.line() + " " + h.value() + " -> " + h.indicator().value())
        .containsExactly(
            "1 " + address(0) + " -> " + address(0),
            "1 " + address(ADDRESSES - 1) + " -> " + address(ADDRESSES - 1),
            "2 sub.deep." + domain(1234567) + " -> " + domain(1234567),
            "3 " + hash(HASHES / 2) + " -> " + hash(HASHES / 2),
            "4 100.67.231.9 -> 100.67.231.0/24");
  }

  private static String nextAddress(String dotted) {
    String[] p = dotted.split("\\.");
    return p[0] + "." + p[1] + "." + p[2] + "." + (Integer.parseInt(p[3]) + 1);
  }
}
