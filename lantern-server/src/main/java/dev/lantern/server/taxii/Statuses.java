package dev.lantern.server.taxii;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Status resources of recent POSTs, kept in memory (the most recent {@value #KEEP}); each is
 * visible only to the user who made the request. POSTs are processed before the answer, so every
 * status is complete when first returned.
 */
final class Statuses {
  static final int KEEP = 10_000;

  private record Entry(String user, ObjectNode status) {}

  private final Map<String, Entry> byId =
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > KEEP;
        }
      };

  synchronized void put(String id, String user, ObjectNode status) {
    byId.put(id, new Entry(user, status));
  }

  synchronized Optional<ObjectNode> find(String id, String user) {
    Entry e = byId.get(id);
    return e != null && e.user().equals(user) ? Optional.of(e.status()) : Optional.empty();
  }
}
