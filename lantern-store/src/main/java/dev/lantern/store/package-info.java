/**
 * The knowledge store engine: {@link dev.lantern.store.Store} keeps STIX objects with their version
 * history in SQLite or PostgreSQL, links aliases with provenance, indexes values, references and
 * markings for correlation, and searches text in any language. The ingest use case, the CLI and the
 * server call it; it knows nothing of documents, feeds or HTTP.
 */
package dev.lantern.store;
