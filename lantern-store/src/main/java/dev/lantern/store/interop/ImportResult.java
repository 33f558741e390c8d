package dev.lantern.store.interop;

import java.util.List;

/**
 * What one import stored.
 *
 * @param source the file or URL
 * @param format what it held (never {@link ImportFormat#AUTO})
 * @param objects STIX objects read (after conversion)
 * @param created objects the store did not hold before
 * @param newVersions newer versions of objects it held
 * @param unchanged objects it already held in that version (a re-import has only these)
 * @param rejected objects the store refused, each with its id and reason
 * @param aliasLinks alias links recorded (galaxy synonyms)
 * @param transactions database transactions used
 */
public record ImportResult(
    String source,
    ImportFormat format,
    int objects,
    int created,
    int newVersions,
    int unchanged,
    List<String> rejected,
    int aliasLinks,
    int transactions) {

  public ImportResult {
    rejected = List.copyOf(rejected);
  }

  /** One line for people. */
  public String summary() {
    return source
        + " ("
        + format
        + "): "
        + objects
        + " objects, "
        + created
        + " new, "
        + newVersions
        + " new versions, "
        + unchanged
        + " unchanged, "
        + rejected.size()
        + " rejected"
        + (aliasLinks > 0 ? ", " + aliasLinks + " alias links" : "");
  }
}
