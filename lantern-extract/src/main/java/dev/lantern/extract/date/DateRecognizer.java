package dev.lantern.extract.date;

import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds absolute and relative date expressions in English, Ukrainian and Russian text and resolves
 * them against a reference date, normally the document's publication date.
 *
 * <p>The reference is always injected: a dated document is never read against today's date. With no
 * reference, relative expressions ("last year", "у вівторок", "в прошлом году") are still found but
 * reported with an empty value.
 *
 * <p>Work is linear in the length of the text: one tokenizing pass, then a hand-written grammar
 * that looks at most a few tokens ahead. Instances are immutable and safe to share between threads.
 */
public final class DateRecognizer {
  private static final DateRecognizer STANDARD = new DateRecognizer(Lexicon.standard());

  private final Lexicon lexicon;

  private DateRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The recognizer with Lantern's built-in English, Ukrainian and Russian word tables. */
  public static DateRecognizer standard() {
    return STANDARD;
  }

  /**
   * Every date expression in {@code text}, in order of position, without overlaps.
   *
   * @param text any text, possibly hostile; never throws on its content
   * @param language the text's language when known: only that language's words are read (digits are
   *     always read); when empty, the words of all three languages are
   * @param reference the date that relative expressions count from (the publication date)
   * @throws NullPointerException when an argument is null
   */
  public List<DateMention> recognize(
      CharSequence text, Optional<Language> language, Optional<LocalDate> reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(reference, "reference");
    List<Token> tokens = Token.split(text);
    return new DateGrammar(lexicon, language, text, tokens).parse(reference);
  }
}
