/** {@code lantern taxii pull}: a TAXII 2.1 collection into the store, resumable. */
package dev.lantern.cli.taxii;
