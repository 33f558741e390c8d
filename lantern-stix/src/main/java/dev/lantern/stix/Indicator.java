package dev.lantern.stix;

import dev.lantern.stix.vocab.IndicatorType;
import dev.lantern.stix.vocab.PatternType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code indicator}: A pattern that detects suspicious or malicious activity.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Indicator(
    Identifier id,
    Common common,
    Optional<String> name,
    Optional<String> description,
    List<IndicatorType> indicatorTypes,
    String pattern,
    PatternType patternType,
    Optional<String> patternVersion,
    Instant validFrom,
    Optional<Instant> validUntil,
    List<KillChainPhase> killChainPhases,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Indicator {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.orEmpty(name);
    description = Values.orEmpty(description);
    indicatorTypes = Values.copy(indicatorTypes);
    pattern = Values.require(pattern, "pattern");
    patternType = Values.require(patternType, "pattern_type");
    patternVersion = Values.orEmpty(patternVersion);
    validFrom = Values.require(validFrom, "valid_from");
    validUntil = Values.orEmpty(validUntil);
    killChainPhases = Values.copy(killChainPhases);
    extra = Values.orderedCopy(extra);
  }

  /** A indicator with only its required properties set. */
  public static Indicator of(
      Identifier id, Common common, String pattern, PatternType patternType, Instant validFrom) {
    return new Indicator(
        id,
        common,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        pattern,
        patternType,
        Optional.empty(),
        validFrom,
        Optional.empty(),
        List.of(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.INDICATOR;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Indicator withCommon(Common newCommon) {
    return new Indicator(
        id,
        newCommon,
        name,
        description,
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with other unknown properties. */
  public Indicator withExtra(Map<String, RawJson> newExtra) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        newExtra);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Indicator withName(String newValue) {
    return new Indicator(
        id,
        common,
        Optional.of(newValue),
        description,
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Indicator withDescription(String newValue) {
    return new Indicator(
        id,
        common,
        name,
        Optional.of(newValue),
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code indicator_types} set to {@code newValue}. */
  public Indicator withIndicatorTypes(List<IndicatorType> newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        newValue,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code pattern} set to {@code newValue}. */
  public Indicator withPattern(String newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        newValue,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code pattern_type} set to {@code newValue}. */
  public Indicator withPatternType(PatternType newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        pattern,
        newValue,
        patternVersion,
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code pattern_version} set to {@code newValue}. */
  public Indicator withPatternVersion(String newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        pattern,
        patternType,
        Optional.of(newValue),
        validFrom,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code valid_from} set to {@code newValue}. */
  public Indicator withValidFrom(Instant newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        newValue,
        validUntil,
        killChainPhases,
        extra);
  }

  /** A copy with {@code valid_until} set to {@code newValue}. */
  public Indicator withValidUntil(Instant newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        Optional.of(newValue),
        killChainPhases,
        extra);
  }

  /** A copy with {@code kill_chain_phases} set to {@code newValue}. */
  public Indicator withKillChainPhases(List<KillChainPhase> newValue) {
    return new Indicator(
        id,
        common,
        name,
        description,
        indicatorTypes,
        pattern,
        patternType,
        patternVersion,
        validFrom,
        validUntil,
        newValue,
        extra);
  }
}
