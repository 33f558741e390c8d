package dev.lantern.stix.pattern;

/**
 * One step of an object path after the object type: a property or dictionary key, a list index, or
 * {@code [*]} for any list element.
 */
public sealed interface PathStep permits Property, Index, AnyIndex {}
