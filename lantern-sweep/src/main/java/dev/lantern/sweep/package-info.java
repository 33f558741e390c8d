/** Sweeps logs for shared indicators. */
package dev.lantern.sweep;
