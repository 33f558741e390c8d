package dev.lantern.stix.pattern;

/**
 * What goes inside an observation's brackets: a single comparison, or comparisons joined by {@code
 * AND} / {@code OR} that must all hold for one observed data instance.
 */
public sealed interface ComparisonExpression permits Comparison, CompoundComparison {}
