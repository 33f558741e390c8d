/** STIX 2.1 JSON in and out: {@link dev.lantern.stix.json.StixJson}. */
package dev.lantern.stix.json;
