package dev.lantern.store;

import dev.lantern.stix.Identifier;
import java.time.Instant;
import java.util.Optional;

/**
 * A claim by {@code source} that two objects name the same thing. Links never merge objects; {@link
 * Store#unlink(long)} removes one.
 *
 * @param linkId the store's number for the link
 * @param left one object (the smaller id of the two)
 * @param right the other object
 * @param source who says so (a report id, a feed, an analyst)
 * @param evidence the passage or reference supporting it, if any
 * @param createdAt when the link was stored
 */
public record AliasLink(
    long linkId,
    Identifier left,
    Identifier right,
    String source,
    Optional<String> evidence,
    Instant createdAt) {

  /** The end of this link that is not {@code id} ({@code left} when neither is). */
  public Identifier other(Identifier id) {
    return left.equals(id) ? right : left;
  }
}
