/**
 * Lantern on the network: one HTTP server ({@link dev.lantern.server.LanternServer}) serving the
 * TAXII 2.1 interface ({@code /taxii2/}), the JSON API ({@code /api/}) and the analyst's web UI
 * over one {@link dev.lantern.store.Store}.
 *
 * <p>Every refusal is an {@link dev.lantern.server.HttpProblem}; {@link
 * dev.lantern.server.Problems} is the one place that turns a problem into a status code and a body
 * in the dialect of the part of the server that was asked (TAXII error, API JSON, HTML page).
 */
package dev.lantern.server;
