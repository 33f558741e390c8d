package dev.lantern.stix.pattern;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A binary constant written in hexadecimal, {@code h'ffd8'}.
 *
 * @param hex an even number of hexadecimal digits; stored in lower case
 */
public record HexLiteral(String hex) implements Literal {
  public HexLiteral {
    Objects.requireNonNull(hex, "hex");
    if (!isHex(hex)) {
      throw new IllegalArgumentException(
          "a hex constant needs an even number of hex digits but was '" + hex + "'");
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /** Returns the constant holding {@code bytes}. */
  public static HexLiteral of(byte[] bytes) {
    return new HexLiteral(HexFormat.of().formatHex(bytes));
  }

  /** Returns a fresh copy of the bytes. */
  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  /** Whether {@code text} is an even number of hexadecimal digits. */
  static boolean isHex(String text) {
    if (text.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!digit) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code h'…'}. */
  @Override
  public String toString() {
    return "h'" + hex + "'";
  }
}
