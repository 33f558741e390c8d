package dev.lantern.extract.language;

import java.util.Optional;
import java.util.Set;

/**
 * Tells English, Ukrainian and Russian text apart.
 *
 * <p>Design note: the three languages differ first by script, and Ukrainian and Russian by letters
 * each uses and the other does not (і ї є ґ against ы э ё ъ), then by very frequent short words.
 * That settles almost every real report in one pass with no model to load. Latin text is called
 * English only when English function words are frequent and clearly outnumber those of other
 * European languages, so German or French reports come back unidentified rather than mislabelled.
 * Thread-safe and stateless.
 */
public final class LanguageIdentifier {

  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by",
          "it", "said", "from", "are", "has", "have", "were", "which", "this", "its", "at", "an");

  /** Function words of other Latin-script languages: evidence that a text is not English. */
  private static final Set<String> OTHER_LATIN_WORDS =
      Set.of(
          "der", "die", "das", "und", "nicht", "ist", "ein", "eine", "mit", "sich", "le", "la",
          "les", "et", "est", "une", "des", "du", "pour", "dans", "el", "los", "las", "y", "es",
          "una", "por", "para", "con", "il", "gli", "della", "che", "het", "een", "van", "niet",
          "og", "och", "att", "jest", "nie", "się");

  private static final Set<String> UKRAINIAN_WORDS =
      Set.of("і", "й", "що", "це", "як", "та", "від", "для", "він", "вона", "який", "яка", "але");
  private static final Set<String> RUSSIAN_WORDS =
      Set.of("и", "что", "это", "как", "от", "для", "он", "она", "который", "которая", "но", "не");

  private static final int SAMPLE = 200_000;

  private LanguageIdentifier() {}

  public static LanguageIdentifier standard() {
    return new LanguageIdentifier();
  }

  /** The language of the text, or empty when it is none of the three or too short to tell. */
  public Optional<Language> identify(CharSequence text) {
    int n = Math.min(text.length(), SAMPLE);
    long latin = 0;
    long cyrillic = 0;
    long ukOnly = 0;
    long ruOnly = 0;
    long enWords = 0;
    long ukWords = 0;
    long ruWords = 0;
    long otherWords = 0;
    long words = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? Character.toLowerCase(text.charAt(i)) : ' ';
      if (Character.isLetter(c) || c == '\'' || c == '’') {
        if (c < 0x250 && Character.isLetter(c)) {
          latin++;
        } else if (c >= 0x400 && c < 0x530) {
          cyrillic++;
          switch (c) {
            case 'і', 'ї', 'є', 'ґ' -> ukOnly++;
            case 'ы', 'э', 'ё', 'ъ' -> ruOnly++;
            default -> {}
          }
        }
        if (word.length() < 32) {
          word.append(c);
        }
        continue;
      }
      if (word.length() > 0) {
        String w = word.toString();
        words++;
        if (ENGLISH_WORDS.contains(w)) {
          enWords++;
        }
        if (UKRAINIAN_WORDS.contains(w)) {
          ukWords++;
        }
        if (RUSSIAN_WORDS.contains(w)) {
          ruWords++;
        }
        if (OTHER_LATIN_WORDS.contains(w)) {
          otherWords++;
        }
        word.setLength(0);
      }
    }
    if (latin + cyrillic < 2) {
      return Optional.empty();
    }
    if (cyrillic > latin) {
      long uk = ukOnly * 3 + ukWords;
      long ru = ruOnly * 3 + ruWords;
      if (uk == ru) {
        // Ukrainian prose shows і, ї or є within a few words; a longer Cyrillic text without any
        // of them is Russian.
        return uk == 0 && cyrillic >= 12 ? Optional.of(Language.RUSSIAN) : Optional.empty();
      }
      return Optional.of(uk > ru ? Language.UKRAINIAN : Language.RUSSIAN);
    }
    boolean english =
        words > 0
            && enWords > otherWords * 2
            && (enWords * 100 >= words * 4 || (words <= 3 && enWords > 0));
    return english ? Optional.of(Language.ENGLISH) : Optional.empty();
  }
}
