package dev.lantern.stix;

import dev.lantern.stix.vocab.ReportType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code report}: A published collection of threat intelligence about a topic.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Report(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<ReportType> reportTypes,
    Instant published,
    List<Identifier> objectRefs,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Report {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    reportTypes = Values.copy(reportTypes);
    published = Values.require(published, "published");
    objectRefs = Values.copy(objectRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A report with only its required properties set. */
  public static Report of(Identifier id, Common common, String name, Instant published) {
    return new Report(
        id, common, name, Optional.empty(), List.of(), published, List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.REPORT;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Report withCommon(Common newCommon) {
    return new Report(id, newCommon, name, description, reportTypes, published, objectRefs, extra);
  }

  /** A copy with other unknown properties. */
  public Report withExtra(Map<String, RawJson> newExtra) {
    return new Report(id, common, name, description, reportTypes, published, objectRefs, newExtra);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Report withName(String newValue) {
    return new Report(id, common, newValue, description, reportTypes, published, objectRefs, extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Report withDescription(String newValue) {
    return new Report(
        id, common, name, Optional.of(newValue), reportTypes, published, objectRefs, extra);
  }

  /** A copy with {@code report_types} set to {@code newValue}. */
  public Report withReportTypes(List<ReportType> newValue) {
    return new Report(id, common, name, description, newValue, published, objectRefs, extra);
  }

  /** A copy with {@code published} set to {@code newValue}. */
  public Report withPublished(Instant newValue) {
    return new Report(id, common, name, description, reportTypes, newValue, objectRefs, extra);
  }

  /** A copy with {@code object_refs} set to {@code newValue}. */
  public Report withObjectRefs(List<Identifier> newValue) {
    return new Report(id, common, name, description, reportTypes, published, newValue, extra);
  }
}
