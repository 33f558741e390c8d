/**
 * Log readers and the tokenizer: turn files, gzip streams and standard input into line-aligned
 * chunks, and chunks into hits. {@link dev.lantern.sweep.scan.InputScanner} is the door; the rest
 * is internal to the package.
 */
package dev.lantern.sweep.scan;
