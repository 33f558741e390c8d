package dev.lantern.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** Runs a prepared statement as JDBC batches of bounded size; writes {@code IN} lists. */
final class Batches {
  /**
   * Rows per {@code executeBatch}: large enough to amortise round trips, small enough for memory.
   */
  static final int SIZE = 1000;

  /** Binds one row. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  private Batches() {}

  static <T> void run(PreparedStatement ps, Iterable<T> rows, Binder<T> binder)
      throws SQLException {
    int pending = 0;
    for (T row : rows) {
      binder.bind(ps, row);
      ps.addBatch();
      if (++pending == SIZE) {
        ps.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      ps.executeBatch();
    }
  }

  /** {@code ?, ?, …} with {@code n} placeholders. */
  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
