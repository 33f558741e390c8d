package dev.lantern.store;

import java.util.List;

/**
 * One page of search results, best first.
 *
 * @param hits the results on this page
 * @param offset how many results precede this page
 * @param hasMore whether at least one more result follows this page
 */
public record SearchPage(List<SearchHit> hits, int offset, boolean hasMore) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}
