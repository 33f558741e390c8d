package dev.lantern.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.stix.Identifier;
import dev.lantern.store.Store;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ingest into PostgreSQL, when {@code LANTERN_TEST_POSTGRES_URL} names a server (skipped
 * otherwise): the same document twice, an edited one, and a bundle with a dangling reference, in a
 * fresh schema dropped afterwards.
 */
class PostgresIngestTest {
  private static final String ENV = "LANTERN_TEST_POSTGRES_URL";

  private String baseUrl;
  private String schema;
  private Store store;
  private Ingest ingest;

  @BeforeEach
  void open() throws Exception {
    baseUrl = System.getenv(ENV);
    Assumptions.assumeTrue(
        baseUrl != null && !baseUrl.isBlank(),
        ENV + " is not set: skipping ingest into PostgreSQL (set it to jdbc:postgresql://…)");
    schema = "lantern_ingest_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    store = Store.open(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    ingest = new Ingest(store, ReportExtractor.standard(), FetchPolicy.standard());
  }

  @AfterEach
  void drop() throws Exception {
    if (store == null) {
      return;
    }
    store.close();
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private IngestOutcome upload(String name, String text) {
    return ingest.ingest(new IngestInput.FromBytes(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void ingest_sameDocumentTwiceThenEditedOnPostgres() {
    IngestOutcome first = upload("advisory.txt", IngestTest.REPORT_TEXT);
    IngestOutcome again = upload("advisory.txt", IngestTest.REPORT_TEXT);
    IngestOutcome edited =
        upload("advisory.txt", IngestTest.REPORT_TEXT + "Also 91.219.236.18.\u0000\n");

    Identifier report = ((IngestOutcome.Stored) first).report().orElseThrow();
    assertThat(again).isInstanceOf(IngestOutcome.Unchanged.class);
    assertThat(((IngestOutcome.Stored) edited).summary().newVersions()).contains(report);
    assertThat(store.versions(report)).hasSize(2);
    assertThat(store.reportsMentioning(store.objectsWithValue("91.219.236.18").get(0)))
        .containsExactly(report);
  }

  @Test
  void ingest_bundleWithDanglingReferenceWritesNothingOnPostgres() {
    String indicator = "indicator--" + IngestTest.uuid(31);
    String relationship =
        "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--"
            + IngestTest.uuid(32)
            + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":"
            + "\"2024-01-01T00:00:00.000Z\",\"relationship_type\":\"indicates\",\"source_ref\":\""
            + indicator
            + "\",\"target_ref\":\"malware--"
            + IngestTest.uuid(33)
            + "\"}";

    IngestOutcome outcome =
        upload("bundle.json", IngestTest.bundle(IngestTest.indicatorJson(indicator), relationship));

    assertThat(((IngestOutcome.Failed) outcome).reason())
        .contains("malware--" + IngestTest.uuid(33));
    assertThat(store.contains(Identifier.parse(indicator))).isFalse();
  }
}
