package dev.lantern.cli.show;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code show} in-process over a store filled by {@code ingest} with a bundle carrying claims. */
class ShowCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static final String SET = "intrusion-set--00000000-0000-4000-8000-000000000001";
  private static final String CAMPAIGN = "campaign--00000000-0000-4000-8000-000000000002";

  private static String bundle() {
    String stamps = "\"created\":\"2024-02-06T00:00:00Z\",\"modified\":\"2024-02-06T00:00:00Z\"";
    return "{\"type\":\"bundle\",\"id\":\"bundle--00000000-0000-4000-8000-000000000009\","
        + "\"objects\":["
        + "{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\""
        + SET
        + "\","
        + stamps
        + ",\"name\":\"Volt Typhoon\",\"aliases\":[\"Bronze Silhouette\"]},"
        + "{\"type\":\"campaign\",\"spec_version\":\"2.1\",\"id\":\""
        + CAMPAIGN
        + "\","
        + stamps
        + ",\"name\":\"Grid intrusions \\u001b[31m2023\"},"
        + "{\"type\":\"relationship\",\"spec_version\":\"2.1\","
        + "\"id\":\"relationship--00000000-0000-4000-8000-000000000003\","
        + stamps
        + ",\"relationship_type\":\"attributed-to\",\"source_ref\":\""
        + CAMPAIGN
        + "\",\"target_ref\":\""
        + SET
        + "\",\"extensions\":{\"extension-definition--00000000-0000-4000-8000-000000000004\":"
        + "{\"extension_type\":\"property-extension\",\"claims\":["
        + "{\"claimant\":\"CISA\",\"stance\":\"attributes\",\"hedged\":false,"
        + "\"basis\":\"technical-report\",\"confidence\":85,\"evidence\":{\"report_ref\":"
        + "\"report--00000000-0000-4000-8000-000000000005\",\"quote\":\"CISA said Volt Typhoon"
        + " did it.\"}},"
        + "{\"claimant\":\"Chinese embassy\",\"stance\":\"denies\",\"hedged\":false,"
        + "\"confidence\":85,\"evidence\":{\"quote\":\"The embassy denied it.\"}}]}}},"
        + "{\"type\":\"relationship\",\"spec_version\":\"2.1\","
        + "\"id\":\"relationship--00000000-0000-4000-8000-000000000006\","
        + stamps
        + ",\"relationship_type\":\"attributed-to\",\"source_ref\":\""
        + CAMPAIGN
        + "\",\"target_ref\":\""
        + SET
        + "\"}"
        + "]}";
  }

  @Test
  void show_printsClaimsForAndAgainstWithClaimantsAndQuotesByAlias() throws Exception {
    Path file = Files.writeString(dir.resolve("claims.json"), bundle());
    String db = dir.resolve("lantern.db").toString();
    assertThat(run("--db", db, "ingest", file.toString())).as(err.toString()).isEqualTo(0);
    out.getBuffer().setLength(0);

    assertThat(run("--db", db, "show", "bronze silhouette")).as(err.toString()).isEqualTo(0);

    String shown = out.toString();
    assertThat(shown)
        .startsWith("Volt Typhoon  (intrusion-set)")
        .contains("aliases    Bronze Silhouette")
        .contains("← Grid intrusions")
        .contains("attributed-to it  (2 relationships)")
        .contains("Claims for (1):")
        .contains("CISA attributes: attributed-to Grid intrusions")
        .contains("basis technical-report; confidence 85")
        .contains("\"CISA said Volt Typhoon did it.\"")
        .contains("Claims against (denials, disputes) (1):")
        .contains("Chinese embassy denies");
    assertThat(shown).as("no terminal escapes from stored text").doesNotContain("\u001b");
  }

  @Test
  void show_unknownNameExitsTwoNamingIt() {
    String db = dir.resolve("lantern.db").toString();

    assertThat(run("--db", db, "show", "Nobody")).isEqualTo(2);
    assertThat(err.toString()).contains("nothing named \"Nobody\"");
  }
}
