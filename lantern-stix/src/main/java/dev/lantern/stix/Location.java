package dev.lantern.stix;

import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code location}: A geographic location: a country, a region, a city, a point.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Location(
    Identifier id,
    Common common,
    Optional<String> name,
    Optional<String> description,
    Optional<Double> latitude,
    Optional<Double> longitude,
    Optional<Double> precision,
    Optional<String> region,
    Optional<String> country,
    Optional<String> administrativeArea,
    Optional<String> city,
    Optional<String> streetAddress,
    Optional<String> postalCode,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Location {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.orEmpty(name);
    description = Values.orEmpty(description);
    latitude = Values.orEmpty(latitude);
    longitude = Values.orEmpty(longitude);
    precision = Values.orEmpty(precision);
    region = Values.orEmpty(region);
    country = Values.orEmpty(country);
    administrativeArea = Values.orEmpty(administrativeArea);
    city = Values.orEmpty(city);
    streetAddress = Values.orEmpty(streetAddress);
    postalCode = Values.orEmpty(postalCode);
    extra = Values.orderedCopy(extra);
  }

  /** A location with only its required properties set. */
  public static Location of(Identifier id, Common common) {
    return new Location(
        id,
        common,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.LOCATION;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Location withCommon(Common newCommon) {
    return new Location(
        id,
        newCommon,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with other unknown properties. */
  public Location withExtra(Map<String, RawJson> newExtra) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        newExtra);
  }

  /**
   * A location named {@code name} (a country, a city) with the deterministic id {@link
   * Identifier#forNamed} gives that name.
   */
  public static Location named(Common common, String name) {
    return new Location(
        Identifier.forNamed(StixType.LOCATION, name),
        common,
        Optional.of(name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Location withName(String newValue) {
    return new Location(
        id,
        common,
        Optional.of(newValue),
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Location withDescription(String newValue) {
    return new Location(
        id,
        common,
        name,
        Optional.of(newValue),
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code latitude} set to {@code newValue}. */
  public Location withLatitude(double newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        Optional.of(newValue),
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code longitude} set to {@code newValue}. */
  public Location withLongitude(double newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        Optional.of(newValue),
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code precision} set to {@code newValue}. */
  public Location withPrecision(double newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        Optional.of(newValue),
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code region} set to {@code newValue}. */
  public Location withRegion(String newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        Optional.of(newValue),
        country,
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code country} set to {@code newValue}. */
  public Location withCountry(String newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        Optional.of(newValue),
        administrativeArea,
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code administrative_area} set to {@code newValue}. */
  public Location withAdministrativeArea(String newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        Optional.of(newValue),
        city,
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code city} set to {@code newValue}. */
  public Location withCity(String newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        Optional.of(newValue),
        streetAddress,
        postalCode,
        extra);
  }

  /** A copy with {@code street_address} set to {@code newValue}. */
  public Location withStreetAddress(String newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        Optional.of(newValue),
        postalCode,
        extra);
  }

  /** A copy with {@code postal_code} set to {@code newValue}. */
  public Location withPostalCode(String newValue) {
    return new Location(
        id,
        common,
        name,
        description,
        latitude,
        longitude,
        precision,
        region,
        country,
        administrativeArea,
        city,
        streetAddress,
        Optional.of(newValue),
        extra);
  }
}
