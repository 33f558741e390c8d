/** {@code lantern demo}: a throw-away store with the built-in corpus, swept once, served. */
package dev.lantern.cli.demo;
