package dev.lantern.stix;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties every STIX object may carry (STIX 2.1 section 3.2), kept in one value so each
 * object record has a single {@code common()} component. Which ones are required depends on the
 * kind of object (domain and relationship objects need {@code created} and {@code modified};
 * observables have neither); {@code StixValidator} checks that, the record does not.
 *
 * @param specVersion {@code "2.1"} unless read otherwise
 * @param defanged observables only: whether the values were defanged
 * @param extensions extension bodies keyed by extension-definition id (or legacy name), in order
 */
public record Common(
    String specVersion,
    Optional<Instant> created,
    Optional<Instant> modified,
    Optional<Identifier> createdByRef,
    boolean revoked,
    List<String> labels,
    Optional<Integer> confidence,
    Optional<String> lang,
    List<ExternalReference> externalReferences,
    List<Identifier> objectMarkingRefs,
    List<GranularMarking> granularMarkings,
    boolean defanged,
    Map<String, RawJson> extensions) {

  /** The specification version Lantern writes. */
  public static final String SPEC_VERSION = "2.1";

  public Common {
    specVersion = specVersion == null ? SPEC_VERSION : specVersion;
    created = Values.orEmpty(created);
    modified = Values.orEmpty(modified);
    createdByRef = Values.orEmpty(createdByRef);
    labels = Values.copy(labels);
    confidence = Values.orEmpty(confidence);
    lang = Values.orEmpty(lang);
    externalReferences = Values.copy(externalReferences);
    objectMarkingRefs = Values.copy(objectMarkingRefs);
    granularMarkings = Values.copy(granularMarkings);
    extensions = Values.orderedCopy(extensions);
  }

  /** Common properties of a new domain or relationship object: created = modified = {@code at}. */
  public static Common createdAt(Instant at) {
    Values.require(at, "created");
    return new Common(
        SPEC_VERSION,
        Optional.of(at),
        Optional.of(at),
        Optional.empty(),
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        false,
        Map.of());
  }

  /** Common properties of an observable: only {@code spec_version}. */
  public static Common observable() {
    return new Common(
        SPEC_VERSION,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        false,
        Map.of());
  }

  /** A copy with {@code created_by_ref} set. */
  public Common withCreatedBy(Identifier identity) {
    return new Common(
        specVersion,
        created,
        modified,
        Optional.of(identity),
        revoked,
        labels,
        confidence,
        lang,
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with {@code modified} set (a new version of the object). */
  public Common withModified(Instant at) {
    return new Common(
        specVersion,
        created,
        Optional.of(at),
        createdByRef,
        revoked,
        labels,
        confidence,
        lang,
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with {@code confidence} set (0-100; the validator checks the range). */
  public Common withConfidence(int value) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        revoked,
        labels,
        Optional.of(value),
        lang,
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with {@code lang} set (an RFC 5646 tag such as {@code uk}). */
  public Common withLang(String tag) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        revoked,
        labels,
        confidence,
        Optional.of(tag),
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with these {@code labels}. */
  public Common withLabels(List<String> values) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        revoked,
        values,
        confidence,
        lang,
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with these {@code external_references}. */
  public Common withExternalReferences(List<ExternalReference> refs) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        revoked,
        labels,
        confidence,
        lang,
        refs,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with these {@code object_marking_refs} (e.g. {@code Tlp.V2_AMBER.id()}). */
  public Common withMarkings(List<Identifier> markings) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        revoked,
        labels,
        confidence,
        lang,
        externalReferences,
        markings,
        granularMarkings,
        defanged,
        extensions);
  }

  /** A copy with these {@code extensions}, keyed by extension-definition id. */
  public Common withExtensions(Map<String, RawJson> values) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        revoked,
        labels,
        confidence,
        lang,
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        values);
  }

  /** A copy with {@code revoked} set. */
  public Common withRevoked(boolean value) {
    return new Common(
        specVersion,
        created,
        modified,
        createdByRef,
        value,
        labels,
        confidence,
        lang,
        externalReferences,
        objectMarkingRefs,
        granularMarkings,
        defanged,
        extensions);
  }
}
