/** The {@code lantern sweep} command: indicators in, hits out (text, JSON lines or STIX). */
package dev.lantern.cli.sweep;
