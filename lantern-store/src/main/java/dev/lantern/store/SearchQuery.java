package dev.lantern.store;

import dev.lantern.stix.Identifier;
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
 * @param relatedTo when not empty, only objects whose latest version references one of these
 *     objects (reports that mention it, relationships and sightings of it) or is referenced by one
 *     of them: the filter behind "reports about APT28"
 * @param sectors when not empty, only identities in one of these industry sectors ({@code sectors},
 *     compared like names) and objects referencing such an identity (reports that mention it,
 *     relationships that target it)
 */
public record SearchQuery(
    String text,
    Set<StixType> types,
    Optional<Instant> modifiedFrom,
    Optional<Instant> modifiedBefore,
    Optional<String> lang,
    Optional<Boolean> revoked,
    int offset,
    int limit,
    Set<Identifier> relatedTo,
    Set<String> sectors) {

  /** The largest page. */
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    if (text == null) {
      throw new StoreException("search text is null; pass the words to look for");
    }
    types = Set.copyOf(types);
    relatedTo = Set.copyOf(relatedTo);
    sectors = Set.copyOf(sectors);
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

  /** A query without the {@code relatedTo} and {@code sectors} filters. */
  public SearchQuery(
      String text,
      Set<StixType> types,
      Optional<Instant> modifiedFrom,
      Optional<Instant> modifiedBefore,
      Optional<String> lang,
      Optional<Boolean> revoked,
      int offset,
      int limit) {
    this(
        text,
        types,
        modifiedFrom,
        modifiedBefore,
        lang,
        revoked,
        offset,
        limit,
        Set.of(),
        Set.of());
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
        text,
        newTypes,
        modifiedFrom,
        modifiedBefore,
        lang,
        revoked,
        offset,
        limit,
        relatedTo,
        sectors);
  }

  /** A copy restricted to latest {@code modified} in {@code [from, before)}. */
  public SearchQuery withModifiedBetween(Instant from, Instant before) {
    return new SearchQuery(
        text,
        types,
        Optional.of(from),
        Optional.of(before),
        lang,
        revoked,
        offset,
        limit,
        relatedTo,
        sectors);
  }

  /** A copy restricted to latest {@code modified} at or after {@code from}. */
  public SearchQuery withModifiedFrom(Instant from) {
    return new SearchQuery(
        text,
        types,
        Optional.of(from),
        modifiedBefore,
        lang,
        revoked,
        offset,
        limit,
        relatedTo,
        sectors);
  }

  /** A copy restricted to latest {@code modified} before {@code before}. */
  public SearchQuery withModifiedBefore(Instant before) {
    return new SearchQuery(
        text,
        types,
        modifiedFrom,
        Optional.of(before),
        lang,
        revoked,
        offset,
        limit,
        relatedTo,
        sectors);
  }

  /** A copy restricted to one {@code lang} tag. */
  public SearchQuery withLang(String tag) {
    return new SearchQuery(
        text,
        types,
        modifiedFrom,
        modifiedBefore,
        Optional.of(tag),
        revoked,
        offset,
        limit,
        relatedTo,
        sectors);
  }

  /** A copy restricted to revoked ({@code true}) or live ({@code false}) objects. */
  public SearchQuery withRevoked(boolean value) {
    return new SearchQuery(
        text,
        types,
        modifiedFrom,
        modifiedBefore,
        lang,
        Optional.of(value),
        offset,
        limit,
        relatedTo,
        sectors);
  }

  /** A copy restricted to objects related to one of {@code ids} (see {@code relatedTo}). */
  public SearchQuery withRelatedTo(Set<Identifier> ids) {
    return new SearchQuery(
        text, types, modifiedFrom, modifiedBefore, lang, revoked, offset, limit, ids, sectors);
  }

  /** A copy restricted to identities in one of these sectors and what refers to them. */
  public SearchQuery withSectors(Set<String> names) {
    return new SearchQuery(
        text, types, modifiedFrom, modifiedBefore, lang, revoked, offset, limit, relatedTo, names);
  }

  /** A copy for another page. */
  public SearchQuery withPage(int newOffset, int newLimit) {
    return new SearchQuery(
        text,
        types,
        modifiedFrom,
        modifiedBefore,
        lang,
        revoked,
        newOffset,
        newLimit,
        relatedTo,
        sectors);
  }
}
