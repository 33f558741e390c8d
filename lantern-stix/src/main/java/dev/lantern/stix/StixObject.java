package dev.lantern.stix;

import java.util.Map;

/**
 * A STIX 2.1 object: the closed set of kinds Lantern models, so a {@code switch} (or an {@code
 * instanceof} chain) over them can be checked for completeness.
 *
 * <ul>
 *   <li>{@link DomainObject}: attack-pattern, campaign, grouping, identity, indicator,
 *       intrusion-set, location, malware, note, opinion, report, threat-actor, tool, vulnerability
 *   <li>{@link RelationshipObject}: relationship, sighting
 *   <li>{@link CyberObservable}: ipv4-addr, ipv6-addr, domain-name, url, email-addr, file,
 *       autonomous-system
 *   <li>{@link MetaObject}: marking-definition, language-content, extension-definition
 *   <li>{@link GenericObject}: any other type (custom objects, STIX types not modelled here), kept
 *       property by property so it round-trips without loss
 * </ul>
 *
 * <p>All implementations are immutable records and thread-safe. Each keeps the properties it does
 * not model in {@link #extra()}, in input order.
 */
public sealed interface StixObject
    permits DomainObject, RelationshipObject, CyberObservable, MetaObject, GenericObject {

  /** The object's {@code type}. */
  StixType type();

  /** The object's {@code id}; its prefix should equal {@link #type()} (the validator checks). */
  Identifier id();

  /** The common properties (spec_version, created, modified, markings, …). */
  Common common();

  /** Properties this model does not know, in input order, written back unchanged. */
  Map<String, RawJson> extra();
}
