package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that made other extractors hang, repeated to 100 MB, and a 100 MB single line. The
 * repeated inputs are virtual {@link CharSequence}s, so the test also shows that the extractor
 * needs no memory in proportion to the input. Timeouts are hang guards, not speed assertions.
 */
class RobustnessTest {
  private static final int HUNDRED_MB = 100 * 1024 * 1024;
  private final IndicatorExtractor x = IndicatorExtractor.standard();

  /** {@code base} repeated up to {@code length} chars, without materialising it. */
  record Repeated(String base, int length) implements CharSequence {
    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return base.charAt(index % base.length());
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      StringBuilder sb = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        sb.append(charAt(i));
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      return subSequence(0, length).toString();
    }
  }

  private static Path robustnessDir() {
    Path dir =
        Path.of(
            System.getProperty("lantern.shared", "../../shared"),
            "conformance",
            "ioc-suites",
            "robustness");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent: skipping");
    return dir;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ioc-extractor-npm_redos_dotted_extensions.txt",
        "iocextract_email_redos_base64_line.txt"
      })
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void extract_peerRedosInputRepeatedTo100Mb_finishesWithBoundedOutput(String name)
      throws IOException {
    String base = Files.readString(robustnessDir().resolve(name), StandardCharsets.UTF_8);
    assertThat(x.extract(base)).hasSizeLessThan(base.length());

    List<Indicator> found = x.extract(new Repeated(base, HUNDRED_MB));

    assertThat(found.size()).isLessThan(HUNDRED_MB / 8);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void extract_hundredMegabyteLineOfReportText_findsEveryPlantedIndicator() {
    StringBuilder block = new StringBuilder();
    block.append("The operators used the infrastructure at update-check[.]org while the loader");
    while (block.length() < 4000) {
      block.append(" waited for version 1.2.3.4 of the payload, then contacted the server again");
    }
    block.append(' ');
    String base = block.toString();
    int blocks = HUNDRED_MB / base.length();

    List<Indicator> found = x.extract(new Repeated(base, blocks * base.length()));

    assertThat(found).hasSize(blocks);
    assertThat(found).allSatisfy(i -> assertThat(i.value()).isEqualTo("update-check.org"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void extract_millionDotsAndDigitRuns_yieldNothing() {
    assertThat(x.extract(".".repeat(1_000_000))).isEmpty();
    assertThat(x.extract("1.".repeat(500_000))).isEmpty();
    assertThat(x.extract("[.]".repeat(300_000))).isEmpty();
  }
}
