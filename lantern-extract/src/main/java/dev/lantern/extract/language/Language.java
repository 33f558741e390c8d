package dev.lantern.extract.language;

import java.util.Locale;

/** The languages Lantern reads closely. Other languages are still scanned for indicators. */
public enum Language {
  ENGLISH("en"),
  UKRAINIAN("uk"),
  RUSSIAN("ru");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as written in STIX {@code lang} and in JSON output. */
  public String code() {
    return code;
  }

  /**
   * The language with this ISO 639-1 code.
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static Language ofCode(String code) {
    String c = code.toLowerCase(Locale.ROOT).strip();
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unknown language '" + code + "': Lantern reads en, uk and ru (or use auto)");
  }
}
