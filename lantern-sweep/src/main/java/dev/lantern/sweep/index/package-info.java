/**
 * The compiled indicator set: canonical keys ({@link dev.lantern.sweep.index.Keys}) in a compact,
 * cache-friendly table, looked up by the scanner once per candidate token.
 */
package dev.lantern.sweep.index;
