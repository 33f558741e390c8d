package dev.lantern.stix;

/** A STIX Relationship Object (SRO): a relationship or a sighting. */
public sealed interface RelationshipObject extends StixObject permits Relationship, Sighting {}
