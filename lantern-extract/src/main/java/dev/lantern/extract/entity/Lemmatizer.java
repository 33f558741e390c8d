package dev.lantern.extract.entity;

import dev.lantern.extract.language.Language;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Dictionary lemmas of Ukrainian and Russian words, with a suffix-stripping fallback for words the
 * dictionaries lack.
 *
 * <p>Design note: the Ukrainian dictionary is {@code ua/net/nlp/ukrainian.dict} (the one Lucene's
 * {@code UkrainianMorfologikAnalyzer} uses; read here directly with morfologik, which spares the
 * Lucene jars) and the Russian one LanguageTool's {@code russian.dict}. Both load lazily, once per
 * JVM, on first use (about half a second, ~10 MB of heap). A word may have several lemmas ("року" →
 * рік, рок), so lookups return a set. Morfologik lookups reuse buffers and are not thread-safe, so
 * each thread keeps its own {@link DictionaryLookup} over the shared immutable dictionary.
 * Snowball-style stemming is unsafe for names (Китай → "кита"), so stems are only a fallback, kept
 * apart from lemmas by a leading {@code ~}.
 */
public final class Lemmatizer {

  private static final String UK_DICT = "/ua/net/nlp/ukrainian.dict";
  private static final String RU_DICT = "/org/languagetool/resource/ru/russian.dict";

  /** Case endings of Ukrainian and Russian nouns and adjectives, longest first. */
  private static final List<String> ENDINGS =
      List.of(
          "ого", "ому", "ими", "ами", "ями", "ові", "еві", "ого", "его", "ему", "ыми", "ими", "ий",
          "ій", "ої", "ою", "ею", "ом", "ем", "ів", "їв", "ах", "ях", "ам", "ям", "их", "ім", "ей",
          "ой", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "ую", "юю", "ов", "а", "я", "у",
          "ю", "е", "є", "і", "ї", "о", "и", "ы", "ь", "й");

  private static final int MIN_STEM = 3;

  private Lemmatizer() {}

  // ------------------------------------------------------------------ dictionaries

  private static final class Ukrainian {
    static final Dictionary DICT = load(UK_DICT);
    static final ThreadLocal<DictionaryLookup> LOOKUP =
        ThreadLocal.withInitial(() -> new DictionaryLookup(DICT));
  }

  private static final class Russian {
    static final Dictionary DICT = load(RU_DICT);
    static final ThreadLocal<DictionaryLookup> LOOKUP =
        ThreadLocal.withInitial(() -> new DictionaryLookup(DICT));
  }

  private static Dictionary load(String resource) {
    URL url = Lemmatizer.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          "morphology dictionary "
              + resource
              + " is not on the class path: lantern-extract needs its declared dependencies"
              + " (morfologik-ukrainian-search, language-ru)");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read morphology dictionary " + resource, e);
    }
  }

  // ------------------------------------------------------------------ lookups

  /**
   * The lemmas (normalised as {@link Token#normalise}) of a lower-case Cyrillic word in the
   * dictionaries of the given language, or of both when the language is unknown; empty when no
   * dictionary knows the word.
   */
  public static Set<String> lemmas(String lowerWord, Language language) {
    if (lowerWord.length() > MAX_CACHED_WORD) {
      // no dictionary word is this long; a hostile text's giant "words" must not fill the cache
      return Collections.unmodifiableSet(lookUp(lowerWord, language));
    }
    String key = (language == null ? "*" : language.name()) + ' ' + lowerWord;
    Set<String> known = CACHE.get(key);
    if (known != null) {
      return known;
    }
    Set<String> found = Collections.unmodifiableSet(lookUp(lowerWord, language));
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear(); // crude but bounded: the words of the next reports fill it again
    }
    CACHE.put(key, found);
    return found;
  }

  /**
   * Lemmas already looked up, shared by all threads: a report's words are looked up by entity
   * recognition and again by the attribution reader, and common words recur in every report.
   * Dictionary lookups were a tenth of the time of ingesting a Ukrainian or Russian report.
   */
  private static final ConcurrentHashMap<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  /** Entries kept before the cache starts over (a few MB). */
  private static final int CACHE_SIZE = 32_768;

  /** Longer words are looked up but not cached, so the cache stays a few MB whatever the input. */
  private static final int MAX_CACHED_WORD = 48;

  private static Set<String> lookUp(String lowerWord, Language language) {
    Set<String> out = new LinkedHashSet<>(4);
    if (language != Language.RUSSIAN) {
      collect(Ukrainian.LOOKUP.get().lookup(lowerWord), out);
    }
    if (language != Language.UKRAINIAN) {
      collect(Russian.LOOKUP.get().lookup(lowerWord), out);
    }
    return out;
  }

  /**
   * The dictionary form of a proper name ("Ощадбанку" → "Ощадбанк", "Київстару" → "Київстар"): a
   * capitalised lemma the dictionaries give for the word, or empty when they know none.
   */
  public static Optional<String> properName(String word, Language language) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    List<WordData> found = new ArrayList<>();
    if (language != Language.RUSSIAN) {
      found.addAll(Ukrainian.LOOKUP.get().lookup(lower));
    }
    if (language != Language.UKRAINIAN) {
      found.addAll(Russian.LOOKUP.get().lookup(lower));
    }
    for (WordData d : found) {
      CharSequence stem = d.getStem();
      if (stem == null || stem.length() == 0 || !Character.isUpperCase(stem.charAt(0))) {
        continue;
      }
      String lemma = stem.toString();
      // of "ПриватБанк" and "Приватбанк", the one written like the text
      if (best == null || word.startsWith(lemma.substring(0, Math.min(lemma.length(), 7)))) {
        best = lemma;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a dictionary knows the word as a common word, i.e. with a lemma written in lower case
   * (proper nouns such as "Китай" have capitalised lemmas in the Ukrainian dictionary).
   */
  static boolean isCommonWord(String lowerWord, Language language) {
    if (language != Language.RUSSIAN) {
      for (WordData d : Ukrainian.LOOKUP.get().lookup(lowerWord)) {
        String lemma = d.getStem().toString();
        if (!lemma.isEmpty() && Character.isLowerCase(lemma.charAt(0))) {
          return true;
        }
      }
    }
    if (language != Language.UKRAINIAN) {
      return !Russian.LOOKUP.get().lookup(lowerWord).isEmpty();
    }
    return false;
  }

  /**
   * Adds the lemmas of a word's readings. A word that can be a preposition, conjunction or particle
   * is read as one: "после" is "after" far more often than the locative of "посол" (ambassador),
   * and "при" than a form of "пря".
   */
  private static void collect(List<WordData> found, Set<String> out) {
    boolean function = false;
    for (WordData d : found) {
      function |= isFunctionWord(d.getTag());
    }
    for (WordData d : found) {
      CharSequence stem = d.getStem();
      if (stem != null && stem.length() > 0 && (!function || isFunctionWord(d.getTag()))) {
        out.add(Token.normalise(stem.toString()));
      }
    }
  }

  /**
   * Whether a dictionary of the language (of both when it is null) can read the word as a
   * preposition, conjunction or particle ("з", "для", "и", "же").
   */
  public static boolean isFunctionWord(String lowerWord, Language language) {
    if (language != Language.RUSSIAN) {
      for (WordData d : Ukrainian.LOOKUP.get().lookup(lowerWord)) {
        if (isFunctionWord(d.getTag())) {
          return true;
        }
      }
    }
    if (language != Language.UKRAINIAN) {
      for (WordData d : Russian.LOOKUP.get().lookup(lowerWord)) {
        if (isFunctionWord(d.getTag())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tags of prepositions, conjunctions and particles in the Russian and Ukrainian dictionaries. */
  private static boolean isFunctionWord(CharSequence tag) {
    if (tag == null) {
      return false;
    }
    String t = tag.toString();
    return t.startsWith("PREP")
        || t.startsWith("CONJ")
        || t.startsWith("PARTICLE")
        || t.startsWith("prep")
        || t.contains("|prep")
        || t.startsWith("conj")
        || t.startsWith("part");
  }

  /** The fallback stem key of a normalised Cyrillic word: its longest case ending removed. */
  static String stem(String key) {
    for (String e : ENDINGS) {
      if (key.endsWith(e) && key.length() - e.length() >= MIN_STEM) {
        return "~" + key.substring(0, key.length() - e.length());
      }
    }
    return "~" + key;
  }
}
