package dev.lantern.cli;

import static dev.lantern.cli.LanternCliIT.lantern;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lantern extract --kb FILE}: the knowledge base extended at run time. */
class ExtractKbIT {

  @Test
  void extract_kbGalaxyFileAddsAGroupWithItsState(@TempDir Path dir) throws Exception {
    Path galaxy =
        Files.writeString(
            dir.resolve("threat-actor.json"),
            "{\"type\": \"threat-actor\", \"values\": [{\"value\": \"Quartz Lantern Moth\","
                + " \"meta\": {\"country\": \"IR\", \"synonyms\": [\"QLM-7\"]}}]}");
    Path story =
        Files.writeString(
            dir.resolve("story.txt"), "The FBI said QLM-7 breached a water utility in Ohio.\n");

    LanternCliIT.Run plain = lantern("extract", "--format", "json", story.toString());
    LanternCliIT.Run extended =
        lantern("extract", "--format", "json", "--kb", galaxy.toString(), story.toString());

    assertThat(extended.exit()).as(extended.err()).isZero();
    assertThat(plain.out()).doesNotContain("Quartz Lantern Moth");
    JsonNode r = new ObjectMapper().readTree(extended.out());
    assertThat(r.get("entities").toString()).contains("\"name\":\"Quartz Lantern Moth\"");
    JsonNode claim = r.get("claims").get(0);
    assertThat(claim.get("actor").asText()).isEqualTo("Quartz Lantern Moth");
    assertThat(claim.get("state").asText()).isEqualTo("IR");
  }

  @Test
  void extract_kbFileOfUnknownFormatIsBadInputNamingIt(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("odd.tsv"), "foo\tbar\n");
    Path story = Files.writeString(dir.resolve("s.txt"), "text\n");

    LanternCliIT.Run run = lantern("extract", "--kb", bad.toString(), story.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("odd.tsv");
  }
}
