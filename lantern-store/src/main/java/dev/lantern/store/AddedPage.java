package dev.lantern.store;

import java.util.List;

/**
 * One page of an {@link AddedQuery}.
 *
 * @param versions the versions on this page, in the query's order
 * @param hasMore whether at least one more version matches after this page
 */
public record AddedPage(List<AddedVersion> versions, boolean hasMore) {
  public AddedPage {
    versions = List.copyOf(versions);
  }
}
