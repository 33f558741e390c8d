package dev.lantern.store.interop.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * A registered RSS/Atom feed.
 *
 * @param id the store's number for it
 * @param url where it is fetched from
 * @param name what messages call it
 * @param addedAt when it was added
 * @param lastPolled when it was last polled, if ever
 * @param entries how many of its entries have been ingested
 */
public record Feed(
    long id, String url, String name, Instant addedAt, Optional<Instant> lastPolled, int entries) {}
