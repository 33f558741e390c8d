/** {@code lantern serve}: the web UI, JSON API and TAXII 2.1 server over a store. */
package dev.lantern.cli.serve;
