package dev.lantern.store.interop.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed tables of migration V203 on SQLite and on PostgreSQL (LANTERN_TEST_POSTGRES_URL). */
final class FeedRegistryTest {
  private static final Instant T = Instant.parse("2024-02-06T10:00:00Z");

  @TempDir Path dir;

  @Test
  void sqlite_remembersFeedsAndEntries() {
    check(dir.resolve("lantern.db").toString());
  }

  @Test
  void postgres_remembersFeedsAndEntries() {
    String url = System.getenv("LANTERN_TEST_POSTGRES_URL");
    assumeTrue(url != null && !url.isBlank(), "skipped: LANTERN_TEST_POSTGRES_URL is not set");
    check(url);
  }

  private static void check(String location) {
    String feedUrl = "https://feeds.example/" + UUID.randomUUID() + ".xml";
    try (Store store = Store.open(location);
        FeedRegistry feeds = FeedRegistry.open(location)) {
      Feed feed = feeds.add(feedUrl, Optional.of("example"), T);
      assertThat(feeds.add(feedUrl, Optional.of("other name"), T)).isEqualTo(feed);
      assertThat(feeds.seen(feed, "guid-1")).isFalse();

      feeds.remember(feed, "guid-1", "https://feeds.example/a", Optional.of("report--x"), T);
      feeds.remember(feed, "guid-1", "https://feeds.example/a", Optional.empty(), T);
      feeds.polled(feed, T.plusSeconds(60));

      assertThat(feeds.seen(feed, "guid-1")).isTrue();
      Feed listed = feeds.find(feedUrl).orElseThrow();
      assertThat(listed.name()).isEqualTo("example");
      assertThat(listed.entries()).isEqualTo(1);
      assertThat(listed.lastPolled()).contains(T.plusSeconds(60));
      assertThatThrownBy(() -> feeds.add("file:///etc/passwd", Optional.empty(), T))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("not an http(s) URL");
    }
  }
}
