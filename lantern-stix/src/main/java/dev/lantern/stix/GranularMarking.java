package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A marking applied to parts of an object, selected by {@code selectors} (e.g. {@code description},
 * {@code labels.[1]}). Exactly one of {@code markingRef} and {@code lang} should be present; the
 * validator checks that.
 */
public record GranularMarking(
    Optional<Identifier> markingRef,
    Optional<String> lang,
    List<String> selectors,
    Map<String, RawJson> extra) {
  public GranularMarking {
    markingRef = Values.orEmpty(markingRef);
    lang = Values.orEmpty(lang);
    selectors = Values.copy(selectors);
    extra = Values.orderedCopy(extra);
  }
}
