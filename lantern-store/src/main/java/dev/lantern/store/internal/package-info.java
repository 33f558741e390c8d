/**
 * How the store works inside: dialects, the upsert planner, index extraction. Not API: the classes
 * are public only so {@link dev.lantern.store.Store} can reach them, and may change at any time.
 */
package dev.lantern.store.internal;
