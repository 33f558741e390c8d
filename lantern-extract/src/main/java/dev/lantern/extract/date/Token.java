package dev.lantern.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, a number or a single punctuation character of the text, with its offsets.
 *
 * <p>A word is a run of letters and digits that may contain an apostrophe, hyphen, dot or slash
 * between two letters or digits: "п'ятницю", "mid-July", "14.01.2022", "CVE-2023-34362" and
 * "2023.05.4" are each one token, which is what keeps version numbers and identifiers from being
 * read as dates. {@code key} is the lower-cased text with every apostrophe variant written as
 * {@code '}.
 *
 * @param lineBreakBefore whether a line break separates this token from the previous one; a date
 *     expression never spans one
 */
record Token(int start, int end, String text, String key, boolean lineBreakBefore) {

  boolean isDigits() {
    return allDigits(text, 0, text.length());
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** The value of a token of one to four digits, or -1. */
  int number() {
    return text.length() <= 4 && isDigits() ? Integer.parseInt(text) : -1;
  }

  static boolean allDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Splits {@code text} into tokens in one pass; whitespace separates and is dropped. */
  static List<Token> split(CharSequence text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean lineBreak = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        lineBreak |= c == '\n' || c == '\r';
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if (isJoiner(d) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
      } else {
        i++;
      }
      String raw = text.subSequence(start, i).toString();
      tokens.add(new Token(start, i, raw, key(raw), lineBreak));
      lineBreak = false;
    }
    return tokens;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == '/' || isApostrophe(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
  }

  private static String key(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      b.append(isApostrophe(c) ? '\'' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
