package dev.lantern.stix.pattern;

import java.util.Base64;
import java.util.Objects;

/**
 * A binary constant written in base64, {@code b'dGVzdA=='}.
 *
 * @param base64 padded standard base64 (RFC 4648 section 4); stored in canonical form
 */
public record BinaryLiteral(String base64) implements Literal {
  public BinaryLiteral {
    Objects.requireNonNull(base64, "base64");
    if (!isBase64(base64)) {
      throw new IllegalArgumentException(
          "a binary constant needs padded base64 (A-Z a-z 0-9 + /, length a multiple of 4)"
              + " but was '"
              + base64
              + "'");
    }
    base64 = Base64.getEncoder().encodeToString(Base64.getDecoder().decode(base64));
  }

  /** Returns the constant holding {@code bytes}. */
  public static BinaryLiteral of(byte[] bytes) {
    return new BinaryLiteral(Base64.getEncoder().encodeToString(bytes));
  }

  /** Returns a fresh copy of the bytes. */
  public byte[] bytes() {
    return Base64.getDecoder().decode(base64);
  }

  /** Whether {@code text} is padded standard base64, checked in one pass. */
  static boolean isBase64(String text) {
    int n = text.length();
    if (n % 4 != 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean alphabet =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/';
      if (alphabet) {
        continue;
      }
      boolean padding = c == '=' && (i == n - 1 || (i == n - 2 && text.charAt(n - 1) == '='));
      if (!padding) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code b'…'}. */
  @Override
  public String toString() {
    return "b'" + base64 + "'";
  }
}
