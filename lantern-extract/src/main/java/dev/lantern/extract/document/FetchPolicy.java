package dev.lantern.extract.document;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on fetching a document by URL.
 *
 * @param allowPrivate whether loopback, private, link-local and other non-public addresses may be
 *     reached; off by default, because a URL in a feed or a pasted report must never make Lantern
 *     probe the operator's own network
 * @param maxBytes the largest body accepted
 * @param timeout the limit on connecting and on the whole exchange, per request
 * @param maxRedirects how many redirects are followed, each checked like the first request
 */
public record FetchPolicy(boolean allowPrivate, long maxBytes, Duration timeout, int maxRedirects) {

  public FetchPolicy {
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
    }
  }

  /** Public addresses only, 64 MiB, 30 seconds, 5 redirects. */
  public static FetchPolicy standard() {
    return new FetchPolicy(false, DocumentReader.DEFAULT_MAX_BYTES, Duration.ofSeconds(30), 5);
  }

  public FetchPolicy withAllowPrivate(boolean allow) {
    return new FetchPolicy(allow, maxBytes, timeout, maxRedirects);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(allowPrivate, bytes, timeout, maxRedirects);
  }
}
