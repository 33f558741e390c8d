package dev.lantern.extract.attribution;

import dev.lantern.extract.language.Language;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a text into sentences with {@link BreakIterator}, line by line so that headings, captions
 * and datelines (lines without final punctuation) stay sentences of their own.
 */
final class Sentences {

  /**
   * One sentence.
   *
   * @param start offset of its first non-blank char
   * @param end offset after its last non-blank char
   * @param paragraph index of the line (paragraph) it stands in
   * @param heading whether its line has no sentence-final punctuation (a headline or caption)
   * @param sentenceStart where the whole sentence starts: a clause of it is read on its own, but
   *     quoted as the whole sentence
   * @param sentenceEnd where the whole sentence ends
   */
  record Span(
      int start, int end, int paragraph, boolean heading, int sentenceStart, int sentenceEnd) {

    Span(int start, int end, int paragraph, boolean heading) {
      this(start, end, paragraph, heading, start, end);
    }

    /** The part {@code [from, to)} of this sentence, read as a sentence of its own. */
    Span clause(int from, int to) {
      return new Span(from, to, paragraph, heading, sentenceStart, sentenceEnd);
    }
  }

  private Sentences() {}

  static List<Span> split(String text, Optional<Language> language) {
    Locale locale = language.map(l -> Locale.forLanguageTag(l.code())).orElse(Locale.ROOT);
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    List<Span> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        boolean heading = !endsLikeSentence(line.strip());
        it.setText(line);
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
          int a = s;
          int b = e;
          while (a < b && Character.isWhitespace(line.charAt(a))) {
            a++;
          }
          while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
            b--;
          }
          if (b > a) {
            out.add(new Span(lineStart + a, lineStart + b, paragraph, heading));
          }
        }
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static boolean endsLikeSentence(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(line.length() - 1);
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '"'
        || c == '\u201D'
        || c == '\u00BB'
        || c == ':'
        || c == ';'
        || c == '\u2026';
  }
}
