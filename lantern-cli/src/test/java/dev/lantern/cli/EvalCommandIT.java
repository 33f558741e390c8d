package dev.lantern.cli;

import static dev.lantern.cli.LanternCliIT.lantern;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code ./lantern eval} from outside, on the repository's labelled corpus. */
class EvalCommandIT {

  @Test
  void eval_scoresEveryFieldPerLanguageAsJson() throws Exception {
    LanternCliIT.Run run = lantern("eval", "--format", "json", "corpus/labelled");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("language_accuracy").asDouble()).isEqualTo(1.0);
    for (String lang : new String[] {"en", "uk", "ru"}) {
      JsonNode l = root.get("languages").get(lang);
      assertThat(l.get("reports").asInt()).isGreaterThanOrEqualTo(12);
      assertThat(l.get("fields").fieldNames())
          .toIterable()
          .containsExactly(
              "indicators",
              "actors",
              "states",
              "claimants",
              "stances",
              "victims",
              "sectors",
              "malware",
              "cves",
              "dates");
      assertThat(l.get("fields").get("cves").get("f1").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void eval_textTableNamesLanguageAccuracy() throws Exception {
    LanternCliIT.Run run = lantern("eval", "corpus/labelled/uk");

    assertThat(run.exit()).as(run.err()).isZero();
    long reports;
    try (var files = java.nio.file.Files.list(LanternCliIT.ROOT.resolve("corpus/labelled/uk"))) {
      reports = files.filter(f -> f.toString().endsWith(".labels.json")).count();
    }
    assertThat(reports).isGreaterThanOrEqualTo(12);
    assertThat(run.out())
        .contains("language identification: 1.000 (" + reports + " of " + reports + " reports)");
    assertThat(run.out()).contains("uk    claimants");
  }

  @Test
  void eval_missingDirectoryIsBadInput() throws Exception {
    LanternCliIT.Run run = lantern("eval", "no/such/corpus");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("no/such/corpus").contains("not a directory");
  }
}
