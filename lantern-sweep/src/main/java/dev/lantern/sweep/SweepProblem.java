package dev.lantern.sweep;

/**
 * An input the sweep could not read to its end. Hits found before the problem are kept.
 *
 * @param file the input as named by the caller
 * @param offset the byte offset reached
 * @param message what went wrong and what to do about it
 */
public record SweepProblem(String file, long offset, String message) {}
