package dev.lantern.store.internal;

import dev.lantern.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits search text into words: maximal runs of Unicode letters, digits and combining marks,
 * lower-cased. Everything else separates words, so no search-engine syntax reaches the database.
 */
final class SearchWords {
  /** More words than this is not a search but a document; refuse it. */
  static final int MAX_WORDS = 32;

  private static final int MAX_WORD_LENGTH = 100;

  private SearchWords() {}

  /**
   * @throws StoreException when the text has no word, or more than {@link #MAX_WORDS}
   */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int kind = Character.getType(cp);
      boolean inWord =
          Character.isLetterOrDigit(cp)
              || kind == Character.NON_SPACING_MARK
              || kind == Character.COMBINING_SPACING_MARK;
      if (inWord) {
        word.appendCodePoint(cp);
      }
      if ((!inWord || i >= text.length()) && word.length() > 0) {
        if (word.length() <= MAX_WORD_LENGTH) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
        if (words.size() > MAX_WORDS) {
          throw new StoreException(
              "search text has more than " + MAX_WORDS + " words; search for fewer words");
        }
      }
    }
    if (words.isEmpty()) {
      throw new StoreException(
          "search text \"" + excerpt(text) + "\" has no letters or digits; give at least one word");
    }
    return words;
  }

  private static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
