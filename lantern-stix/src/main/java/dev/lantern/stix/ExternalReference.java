package dev.lantern.stix;

import dev.lantern.stix.vocab.HashAlgorithm;
import java.util.Map;
import java.util.Optional;

/**
 * A pointer to non-STIX information (a CVE entry, a report URL, a MITRE technique).
 *
 * @param sourceName required, e.g. {@code cve}, {@code mitre-attack}
 * @param hashes hashes of the referenced content, keyed by algorithm; empty when none
 * @param extra unknown properties, in input order
 */
public record ExternalReference(
    String sourceName,
    Optional<String> description,
    Optional<String> url,
    Map<HashAlgorithm, String> hashes,
    Optional<String> externalId,
    Map<String, RawJson> extra) {

  public ExternalReference {
    Values.require(sourceName, "external_references[].source_name");
    description = Values.orEmpty(description);
    url = Values.orEmpty(url);
    hashes = Values.orderedCopy(hashes);
    externalId = Values.orEmpty(externalId);
    extra = Values.orderedCopy(extra);
  }

  /** A reference by source and external id, e.g. {@code of("cve", "CVE-2022-42475")}. */
  public static ExternalReference of(String sourceName, String externalId) {
    return new ExternalReference(
        sourceName,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.of(externalId),
        Map.of());
  }

  /** A reference to a web page. */
  public static ExternalReference ofUrl(String sourceName, String url) {
    return new ExternalReference(
        sourceName, Optional.empty(), Optional.of(url), Map.of(), Optional.empty(), Map.of());
  }
}
