/**
 * Checks of STIX rules the JSON schemas cannot express: {@link
 * dev.lantern.stix.validate.StixValidator} returns {@link dev.lantern.stix.validate.Violation}s.
 */
package dev.lantern.stix.validate;
