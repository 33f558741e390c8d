package dev.lantern.stix;

import dev.lantern.stix.vocab.IdentityClass;
import dev.lantern.stix.vocab.IndustrySector;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code identity}: An individual, organisation or group: a victim, a source, an author.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged.
 */
public record Identity(
    Identifier id,
    Common common,
    String name,
    Optional<String> description,
    List<String> roles,
    Optional<IdentityClass> identityClass,
    List<IndustrySector> sectors,
    Optional<String> contactInformation,
    Map<String, RawJson> extra)
    implements DomainObject {

  public Identity {
    Values.require(id, "id");
    Values.require(common, "common");
    name = Values.require(name, "name");
    description = Values.orEmpty(description);
    roles = Values.copy(roles);
    identityClass = Values.orEmpty(identityClass);
    sectors = Values.copy(sectors);
    contactInformation = Values.orEmpty(contactInformation);
    extra = Values.orderedCopy(extra);
  }

  /** A identity with only its required properties set. */
  public static Identity of(Identifier id, Common common, String name) {
    return new Identity(
        id,
        common,
        name,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Map.of());
  }

  @Override
  public StixType type() {
    return StixType.IDENTITY;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Identity withCommon(Common newCommon) {
    return new Identity(
        id, newCommon, name, description, roles, identityClass, sectors, contactInformation, extra);
  }

  /** A copy with other unknown properties. */
  public Identity withExtra(Map<String, RawJson> newExtra) {
    return new Identity(
        id, common, name, description, roles, identityClass, sectors, contactInformation, newExtra);
  }

  /**
   * A identity named {@code name} with the deterministic id {@link Identifier#forNamed} gives that
   * name, so extracting it twice yields the same object id.
   */
  public static Identity named(Common common, String name) {
    return of(Identifier.forNamed(StixType.IDENTITY, name), common, name);
  }

  /** A copy with {@code name} set to {@code newValue}. */
  public Identity withName(String newValue) {
    return new Identity(
        id,
        common,
        newValue,
        description,
        roles,
        identityClass,
        sectors,
        contactInformation,
        extra);
  }

  /** A copy with {@code description} set to {@code newValue}. */
  public Identity withDescription(String newValue) {
    return new Identity(
        id,
        common,
        name,
        Optional.of(newValue),
        roles,
        identityClass,
        sectors,
        contactInformation,
        extra);
  }

  /** A copy with {@code roles} set to {@code newValue}. */
  public Identity withRoles(List<String> newValue) {
    return new Identity(
        id, common, name, description, newValue, identityClass, sectors, contactInformation, extra);
  }

  /** A copy with {@code identity_class} set to {@code newValue}. */
  public Identity withIdentityClass(IdentityClass newValue) {
    return new Identity(
        id,
        common,
        name,
        description,
        roles,
        Optional.of(newValue),
        sectors,
        contactInformation,
        extra);
  }

  /** A copy with {@code sectors} set to {@code newValue}. */
  public Identity withSectors(List<IndustrySector> newValue) {
    return new Identity(
        id, common, name, description, roles, identityClass, newValue, contactInformation, extra);
  }

  /** A copy with {@code contact_information} set to {@code newValue}. */
  public Identity withContactInformation(String newValue) {
    return new Identity(
        id, common, name, description, roles, identityClass, sectors, Optional.of(newValue), extra);
  }
}
