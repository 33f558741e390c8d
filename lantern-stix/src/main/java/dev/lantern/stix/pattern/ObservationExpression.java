package dev.lantern.stix.pattern;

/**
 * An observation expression: one bracketed observation, a combination of several with {@code AND},
 * {@code OR} or {@code FOLLOWEDBY}, or an expression restricted by a qualifier.
 */
public sealed interface ObservationExpression
    permits Observation, CompoundObservation, QualifiedObservation {}
