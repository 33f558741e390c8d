package dev.lantern.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.sweep.SweepResult;
import dev.lantern.sweep.Sweeper;
import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.intel.IntelSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCorpusExactnessTest {
  @TempDir Path dir;

  @Test
  void sweep_reportsExactlyThePlantedHits() throws IOException {
    SweepCorpus.Result corpus = SweepCorpus.generate(dir, 5_000, 4L << 20, 400, 7);
    List<TruthCheck.Key> truth = TruthCheck.readTruth(corpus.truth());
    assertThat(truth).hasSizeGreaterThan(200);
    IndicatorIndex index = IntelSources.load(List.of(corpus.indicators().toString()));
    assertThat(index.rejected()).isEmpty();
    assertThat(index.size()).isEqualTo(5_000);
    SweepResult result =
        Sweeper.builder(index).threads(2).build().sweep(List.of(corpus.logs().toString()));
    assertThat(result.problems()).isEmpty();
    TruthCheck.Verdict verdict = TruthCheck.compare(truth, TruthCheck.fromHits(result.hits()));
    assertThat(verdict.exact()).as(verdict.toString()).isTrue();
  }

  @Test
  void generator_isAPureFunctionOfTheSeed() throws IOException {
    SweepCorpus.Result a = SweepCorpus.generate(dir.resolve("a"), 500, 200_000, 50, 3);
    SweepCorpus.Result b = SweepCorpus.generate(dir.resolve("b"), 500, 200_000, 50, 3);
    assertThat(Files.readAllLines(a.truth())).isEqualTo(Files.readAllLines(b.truth()));
    assertThat(Files.mismatch(a.indicators(), b.indicators())).isEqualTo(-1L);
    assertThat(Files.mismatch(a.logs().resolve("conn.log"), b.logs().resolve("conn.log")))
        .isEqualTo(-1L);
  }

  @Test
  void generator_plantsEveryKindOfHit() throws IOException {
    SweepCorpus.Result corpus = SweepCorpus.generate(dir, 2_000, 2L << 20, 600, 11);
    List<TruthCheck.Key> truth = TruthCheck.readTruth(corpus.truth());
    assertThat(truth).anyMatch(k -> k.indicator().endsWith("/24") && !k.value().endsWith(".0"));
    assertThat(truth).anyMatch(k -> k.indicator().endsWith("/48"));
    assertThat(truth).anyMatch(k -> k.value().startsWith("::ffff:"));
    assertThat(truth).anyMatch(k -> k.value().startsWith("2001:0db8:"));
    assertThat(truth)
        .anyMatch(
            k ->
                !k.value().equals(k.indicator())
                    && k.value().toLowerCase().endsWith("." + k.indicator()));
    assertThat(truth)
        .anyMatch(k -> k.indicator().startsWith("http") && !k.value().equals(k.indicator()));
    assertThat(truth).anyMatch(k -> k.indicator().contains("@"));
    assertThat(truth).anyMatch(k -> k.indicator().length() == 128);
  }
}
