package dev.lantern.stix;

import dev.lantern.stix.vocab.HashAlgorithm;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code file}: A file, usually known by its hashes.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record File(
    Identifier id,
    Common common,
    Map<HashAlgorithm, String> hashes,
    Optional<Long> size,
    Optional<String> name,
    Optional<String> nameEnc,
    Optional<String> mimeType,
    Optional<Instant> ctime,
    Optional<Instant> mtime,
    Optional<Instant> atime,
    Optional<Identifier> parentDirectoryRef,
    List<Identifier> containsRefs,
    Optional<Identifier> contentRef,
    Map<String, RawJson> extra)
    implements CyberObservable {

  public File {
    Values.require(id, "id");
    Values.require(common, "common");
    hashes = Values.orderedCopy(hashes);
    size = Values.orEmpty(size);
    name = Values.orEmpty(name);
    nameEnc = Values.orEmpty(nameEnc);
    mimeType = Values.orEmpty(mimeType);
    ctime = Values.orEmpty(ctime);
    mtime = Values.orEmpty(mtime);
    atime = Values.orEmpty(atime);
    parentDirectoryRef = Values.orEmpty(parentDirectoryRef);
    containsRefs = Values.copy(containsRefs);
    contentRef = Values.orEmpty(contentRef);
    extra = Values.orderedCopy(extra);
  }

  /** A file with only its required properties set. */
  public static File of(Identifier id, Common common) {
    return new File(
        id,
        common,
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.FILE;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public File withCommon(Common newCommon) {
    return new File(
        id,
        newCommon,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with other unknown properties. */
  public File withExtra(Map<String, RawJson> newExtra) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        newExtra);
  }

  /** Preference order for the one hash that contributes to a file's id. */
  private static final List<HashAlgorithm> ID_HASHES =
      List.of(HashAlgorithm.MD5, HashAlgorithm.SHA_1, HashAlgorithm.SHA_256, HashAlgorithm.SHA_512);

  /** A file known by its hashes, with its deterministic id. */
  public static File ofHashes(Map<HashAlgorithm, String> hashes) {
    File draft =
        new File(
            Identifier.random(StixType.FILE),
            Common.observable(),
            hashes,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Map.of());
    return draft
        .deterministicId()
        .map(
            id ->
                new File(
                    id,
                    draft.common(),
                    hashes,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Map.of()))
        .orElse(draft);
  }

  /**
   * The deterministic id over the ID-contributing properties {@code hashes}, {@code name}, {@code
   * extensions} and {@code parent_directory_ref}. Of the hashes only one contributes: the first
   * present of MD5, SHA-1, SHA-256, SHA-512, else the first in the map. Empty when none of the
   * properties is present (STIX then asks for a random id).
   */
  @Override
  public Optional<Identifier> deterministicId() {
    Map<String, Object> contributing = new LinkedHashMap<>();
    ID_HASHES.stream()
        .filter(hashes::containsKey)
        .findFirst()
        .or(() -> hashes.keySet().stream().findFirst())
        .ifPresent(a -> contributing.put("hashes", Map.of(a.value(), hashes.get(a))));
    name.ifPresent(n -> contributing.put("name", n));
    if (!common.extensions().isEmpty()) {
      contributing.put("extensions", common.extensions());
    }
    parentDirectoryRef.ifPresent(r -> contributing.put("parent_directory_ref", r.toString()));
    if (contributing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Identifier.forObservable(StixType.FILE, contributing));
  }

  /** A copy with {@code size} set to {@code newValue}. */
  public File withSize(long newValue) {
    return new File(
        id,
        common,
        hashes,
        Optional.of(newValue),
        name,
        nameEnc,
        mimeType,
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with {@code name_enc} set to {@code newValue}. */
  public File withNameEnc(String newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        Optional.of(newValue),
        mimeType,
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with {@code mime_type} set to {@code newValue}. */
  public File withMimeType(String newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        Optional.of(newValue),
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with {@code ctime} set to {@code newValue}. */
  public File withCtime(Instant newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        Optional.of(newValue),
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with {@code mtime} set to {@code newValue}. */
  public File withMtime(Instant newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        ctime,
        Optional.of(newValue),
        atime,
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with {@code atime} set to {@code newValue}. */
  public File withAtime(Instant newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        ctime,
        mtime,
        Optional.of(newValue),
        parentDirectoryRef,
        containsRefs,
        contentRef,
        extra);
  }

  /** A copy with {@code contains_refs} set to {@code newValue}. */
  public File withContainsRefs(List<Identifier> newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        newValue,
        contentRef,
        extra);
  }

  /** A copy with {@code content_ref} set to {@code newValue}. */
  public File withContentRef(Identifier newValue) {
    return new File(
        id,
        common,
        hashes,
        size,
        name,
        nameEnc,
        mimeType,
        ctime,
        mtime,
        atime,
        parentDirectoryRef,
        containsRefs,
        Optional.of(newValue),
        extra);
  }
}
