/**
 * STIX 2.1 open vocabularies as records with named constants for the suggested values and an {@code
 * of(String)} that accepts new ones, plus the closed {@link dev.lantern.stix.vocab.OpinionValue}.
 */
package dev.lantern.stix.vocab;
