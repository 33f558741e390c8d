package dev.lantern.extract.attribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What belongs to one attack or campaign a report describes.
 *
 * @param actors canonical names of the groups involved
 * @param states ISO2 codes of the states held responsible (by any claim or by the report)
 * @param victims who was hit
 * @param malware canonical names of malware and tools used
 * @param cves CVE ids exploited or mentioned with it
 * @param techniques ATT&CK technique ids
 * @param activityStart the earliest date of activity ({@code 2023}, {@code 2023-12}, {@code
 *     2023-12-05}), if the report dates it
 * @param activityEnd the latest date of activity, if dated
 * @param disclosed the day the incident was made public, if known
 * @param main whether it is the story's main incident rather than background
 * @param start offset of the first sentence that belongs to it
 * @param end offset after the last sentence that belongs to it
 */
public record Incident(
    List<String> actors,
    List<String> states,
    List<Victim> victims,
    List<String> malware,
    List<String> cves,
    List<String> techniques,
    Optional<String> activityStart,
    Optional<String> activityEnd,
    Optional<LocalDate> disclosed,
    boolean main,
    int start,
    int end) {

  public Incident {
    actors = List.copyOf(actors);
    states = List.copyOf(states);
    victims = List.copyOf(victims);
    malware = List.copyOf(malware);
    cves = List.copyOf(cves);
    techniques = List.copyOf(techniques);
    Objects.requireNonNull(activityStart, "activityStart");
    Objects.requireNonNull(activityEnd, "activityEnd");
    Objects.requireNonNull(disclosed, "disclosed");
  }
}
