/**
 * The STIX 2.1 object model: immutable records for the objects Lantern produces and consumes,
 * grouped by the sealed interfaces {@link dev.lantern.stix.StixObject}, {@link
 * dev.lantern.stix.DomainObject}, {@link dev.lantern.stix.RelationshipObject}, {@link
 * dev.lantern.stix.CyberObservable} and {@link dev.lantern.stix.MetaObject}, with {@link
 * dev.lantern.stix.GenericObject} for everything else; identifiers ({@link
 * dev.lantern.stix.Identifier}, with deterministic ids), timestamps, the standard TLP markings and
 * bundles. JSON lives in {@code json}, validation in {@code validate}, open vocabularies in {@code
 * vocab}, patterns in {@code pattern}. No I/O.
 */
package dev.lantern.stix;
