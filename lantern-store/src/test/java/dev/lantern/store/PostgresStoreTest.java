package dev.lantern.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The contract on PostgreSQL, when {@code LANTERN_TEST_POSTGRES_URL} names a server (a full {@code
 * jdbc:postgresql://host:port/db?user=…&password=…} URL); skipped otherwise. Each test works in a
 * fresh schema, dropped afterwards.
 */
final class PostgresStoreTest extends StoreContract {
  private static final String ENV = "LANTERN_TEST_POSTGRES_URL";

  private final List<String> schemas = new ArrayList<>();
  private String baseUrl;

  @Override
  protected String freshLocation() throws Exception {
    // Called from the contract's @BeforeEach, which runs before any of this class's.
    baseUrl = System.getenv(ENV);
    Assumptions.assumeTrue(
        baseUrl != null && !baseUrl.isBlank(),
        ENV
            + " is not set: skipping the PostgreSQL run of the store contract"
            + " (set it to jdbc:postgresql://host:port/db?user=...&password=...)");
    String schema = "lantern_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    schemas.add(schema);
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  protected String secondLocation() throws Exception {
    return freshLocation();
  }

  @AfterEach
  void dropSchemas() throws Exception {
    if (baseUrl == null || baseUrl.isBlank()) {
      return;
    }
    closeStore();
    store = null;
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
