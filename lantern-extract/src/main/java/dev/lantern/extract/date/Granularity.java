package dev.lantern.extract.date;

import java.util.Locale;

/** How precisely a date mention pins down a time: a whole year, a month, or one day. */
public enum Granularity {
  YEAR,
  MONTH,
  DAY;

  /** The lower-case label used in JSON output and in the labelled corpus ({@code "month"}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
