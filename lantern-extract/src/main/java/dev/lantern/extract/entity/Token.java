package dev.lantern.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of the text: a run of letters and digits (a Cyrillic word keeps its inner apostrophe, as
 * in "п'ять"). Hyphens, dots and other marks separate words, which makes matching hyphen-
 * insensitive ("Cozy-Bear" = "Cozy Bear").
 *
 * @param start offset of the first char
 * @param end offset after the last char
 * @param surface the word as written
 * @param key the word normalised for lookup: lower case, "ё" as "е", apostrophes as {@code '},
 *     combining accents dropped
 * @param cyrillic whether the word is written in Cyrillic letters
 */
public record Token(int start, int end, String surface, String key, boolean cyrillic) {

  /** Splits a text into words; linear in its length. */
  public static List<Token> split(CharSequence text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (isWordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if (isApostrophe(c)
            && i + 1 < n
            && isCyrillic(text.charAt(i - 1))
            && isCyrillic(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      String surface = text.subSequence(start, i).toString();
      out.add(new Token(start, i, surface, normalise(surface), isCyrillic(surface.charAt(0))));
    }
    return out;
  }

  /** The lookup form of a word or name: see {@link #key}. */
  public static String normalise(String word) {
    StringBuilder b = new StringBuilder(word.length());
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'ё') {
        c = 'е';
      } else if (isApostrophe(c)) {
        c = '\'';
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Whether the word starts with an upper-case letter. */
  public boolean capitalised() {
    return Character.isUpperCase(surface.charAt(0));
  }

  /** Whether every letter of the word is upper case. */
  public boolean allUpper() {
    for (int i = 0; i < surface.length(); i++) {
      if (Character.isLowerCase(surface.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }
}
