package dev.lantern.sweep.index;

/**
 * An indicator a source offered that the index does not hold: an unsupported pattern or type, or a
 * malformed value. Reported, never silently dropped.
 *
 * @param source the source as the user named it
 * @param reference where in the source: indicator id, attribute uuid, or line number
 * @param reason why, and what would make it usable
 */
public record Rejection(String source, String reference, String reason) {}
