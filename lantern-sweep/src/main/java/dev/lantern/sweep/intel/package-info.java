/**
 * Indicator sources: plain lists, CSV, MISP events and STIX 2.1 bundles, each feeding an {@link
 * dev.lantern.sweep.index.IndicatorIndex.Builder}. {@link dev.lantern.sweep.intel.IntelSources}
 * turns the user's {@code --intel} arguments into sources; a new kind (the knowledge store) plugs
 * in by implementing {@link dev.lantern.sweep.intel.IndicatorSource}.
 */
package dev.lantern.sweep.intel;
