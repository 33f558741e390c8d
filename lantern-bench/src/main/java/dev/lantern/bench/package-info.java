/** Lantern bench module. */
package dev.lantern.bench;
