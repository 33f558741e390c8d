package dev.lantern.store;

import dev.lantern.stix.StixType;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A full-text search: words (all must occur, in any order, case-insensitively, in an object's name,
 * aliases, description or other text) and filters on the latest version of each object.
 *
 * <p>Only letters and digits of {@code text} matter; punctuation and search-engine operators are
 * ignored, so hostile input cannot form a query expression.
 *
 * @param text the words to find; at least one letter or digit
 * @param types only these types; empty for all
 * @param modifiedFrom only objects whose latest {@code modified} is at or after this instant
 * @param modifiedBefore only objects whose latest {@code modified} is before this instant
 * @param lang only objects with this {@code lang}
 * @param revoked only revoked objects (true) or only live ones (false)
 * @param offset results to skip (paging), at least 0
 * @param limit results per page, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(
    String text,
    Set<StixType> types,
    Optional<Instant> modifiedFrom,
    Optional<Instant> modifiedBefore,
    Optional<String> lang,
    Optional<Boolean> revoked,
    int offset,
    int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    if (text == null) {
      throw new StoreException("search text is null; pass the words to look for");
    }
    types = Set.copyOf(types);
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new StoreException(
          "search page offset "
              + offset
              + " / limit "
              + limit
              + " is out of range; use offset >= 0 and 1 <= limit <= "
              + MAX_LIMIT);
    }
  }

  /** Live and revoked objects of every type, first 20 results. */
  public static SearchQuery of(String text) {
    return new SearchQuery(
        text,
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        20);
  }

  /** A copy restricted to these types. */
  public SearchQuery withTypes(Set<StixType> newTypes) {
    return new SearchQuery(
        text, newTypes, modifiedFrom, modifiedBefore, lang, revoked, offset, limit);
  }

  /** A copy restricted to latest {@code modified} in {@code [from, before)}. */
  public SearchQuery withModifiedBetween(Instant from, Instant before) {
    return new SearchQuery(
        text, types, Optional.of(from), Optional.of(before), lang, revoked, offset, limit);
  }

  /** A copy restricted to one {@code lang} tag. */
  public SearchQuery withLang(String tag) {
    return new SearchQuery(
        text, types, modifiedFrom, modifiedBefore, Optional.of(tag), revoked, offset, limit);
  }

  /** A copy restricted to revoked ({@code true}) or live ({@code false}) objects. */
  public SearchQuery withRevoked(boolean value) {
    return new SearchQuery(
        text, types, modifiedFrom, modifiedBefore, lang, Optional.of(value), offset, limit);
  }

  /** A copy for another page. */
  public SearchQuery withPage(int newOffset, int newLimit) {
    return new SearchQuery(
        text, types, modifiedFrom, modifiedBefore, lang, revoked, newOffset, newLimit);
  }
}
