package dev.lantern.extract.entity;

import dev.lantern.extract.language.Language;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the knowledge base's entities named in a text: threat groups, malware and tools, countries
 * (by name, demonym or capital), sectors and claimant organisations, in English, Ukrainian and
 * Russian, inflected forms included.
 *
 * <p>Design note. The text is split into words; each word gets a set of key ids — its form, its
 * dictionary lemmas (Ukrainian and/or Russian, by the language given) and, for Cyrillic words no
 * dictionary knows, a fallback stem ({@link NameIndex}). Matching is leftmost-longest: from each
 * word, the trie of names is walked with every key of each following word; the longest name whose
 * case rule and cue hold wins and the scan resumes after it. Names may only run across spaces,
 * hyphens, an ampersand, or one dot, slash or apostrophe with no space, never across sentence
 * punctuation. When several entities share the winning span (a capital that is both a country and
 * its government), one mention is reported for each. Cost is linear in the text's length times the
 * longest name (a dozen words).
 *
 * <p>Immutable and thread-safe; the morphology dictionaries load lazily, once per JVM.
 */
public final class EntityRecognizer {

  /** Words either side of an ordinary-word name that are searched for a cue. */
  private static final int CUE_WINDOW = 4;

  /** Longest gap between two words of one name, in chars. */
  private static final int MAX_GAP = 3;

  private final NameIndex index;

  private EntityRecognizer(KnowledgeBase kb) {
    this.index = new NameIndex(kb);
  }

  /** A recognizer over the built-in knowledge base, built once. */
  public static EntityRecognizer standard() {
    return Standard.INSTANCE;
  }

  /** A recognizer over the given knowledge base. */
  public static EntityRecognizer of(KnowledgeBase kb) {
    return new EntityRecognizer(Objects.requireNonNull(kb, "kb"));
  }

  private static final class Standard {
    static final EntityRecognizer INSTANCE = of(KnowledgeBase.standard());
  }

  /**
   * The entities named in the text, in text order; never null. Spans of different matches never
   * overlap; mentions sharing one span are different entities.
   *
   * @param language the text's language when known; Cyrillic words are lemmatised with that
   *     language's dictionary, or with both when empty. English text needs no dictionary.
   */
  public List<EntityMention> recognize(CharSequence text, Optional<Language> language) {
    Objects.requireNonNull(text, "text");
    Language lang = language.orElse(null);
    List<Token> words = Token.split(text);
    int[][] keys = new int[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      keys[i] = keyIds(words.get(i), lang);
    }
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int before = out.size();
      int end = matchAt(text, words, keys, i, out);
      if (out.size() > before && namedAsGang(text, words, i, end, lang, out.get(out.size() - 1))) {
        EntityMention m = out.get(out.size() - 1);
        out.add(
            new EntityMention(
                EntityType.THREAT_ACTOR,
                m.canonical(),
                Optional.empty(),
                m.start(),
                m.end(),
                m.text()));
      }
      i = end > i ? end : i + 1;
    }
    return List.copyOf(out);
  }

  /**
   * "группировка Hive", "угруповання Clop", "the Conti gang": a ransomware family named with a word
   * for a gang is also the gang that runs it, so that mention is a threat-actor mention as well
   * (same span, added right after it).
   */
  private static boolean namedAsGang(
      CharSequence text, List<Token> words, int first, int end, Language lang, EntityMention m) {
    if (m.type() != EntityType.MALWARE) {
      return false;
    }
    // "бэкдоры группировки — PhantomDL": a dash or colon between makes the name the gang's tool
    return first > 0
            && isGangWord(words.get(first - 1), lang)
            && onlySpaceOrQuotes(text, words.get(first - 1).end(), words.get(first).start())
        || end < words.size() && GANG_AFTER.contains(words.get(end).key());
  }

  private static boolean onlySpaceOrQuotes(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && "«»\"'„“”".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isGangWord(Token w, Language lang) {
    if (GANG_BEFORE.contains(w.key())) {
      return true;
    }
    if (!w.cyrillic() || lang == Language.ENGLISH) {
      return false;
    }
    for (String l : Lemmatizer.lemmas(w.key(), lang)) {
      if (GANG_BEFORE.contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> GANG_BEFORE =
      Set.of("gang", "группировка", "угруповання", "банда", "кибергруппировка");
  private static final Set<String> GANG_AFTER = Set.of("gang", "group");

  // ------------------------------------------------------------------ matching

  private int[] keyIds(Token w, Language lang) {
    int own = index.id(w.key());
    if (!w.cyrillic() || lang == Language.ENGLISH) {
      return own < 0 ? new int[0] : new int[] {own};
    }
    Set<String> lemmas = Lemmatizer.lemmas(w.key(), lang);
    int[] ids = new int[lemmas.size() + 2];
    int n = 0;
    if (own >= 0) {
      ids[n++] = own;
    }
    for (String l : lemmas) {
      n = addId(ids, n, index.id(l));
    }
    if (lemmas.isEmpty()) {
      n = addId(ids, n, index.id(Lemmatizer.stem(w.key())));
    }
    return java.util.Arrays.copyOf(ids, n);
  }

  private static int addId(int[] ids, int n, int id) {
    if (id < 0) {
      return n;
    }
    for (int j = 0; j < n; j++) {
      if (ids[j] == id) {
        return n;
      }
    }
    ids[n] = id;
    return n + 1;
  }

  /**
   * Adds the longest match starting at word {@code first} to {@code out}.
   *
   * @return the index of the word after the match, or {@code first} when none
   */
  private int matchAt(
      CharSequence text, List<Token> words, int[][] keys, int first, List<EntityMention> out) {
    List<NameIndex.Node> frontier = List.of(index.root());
    int bestEnd = first;
    List<NameIndex.Target> best = List.of();
    for (int j = first; j < words.size() && j - first < index.maxLength(); j++) {
      if (j > first && !joinable(text, words.get(j - 1).end(), words.get(j).start())) {
        break;
      }
      List<NameIndex.Node> next = new ArrayList<>();
      for (NameIndex.Node n : frontier) {
        for (int id : keys[j]) {
          NameIndex.Node c = n.children.get(id);
          if (c != null && !next.contains(c)) {
            next.add(c);
          }
        }
      }
      if (next.isEmpty()) {
        break;
      }
      frontier = next;
      List<NameIndex.Target> passing = passing(words, first, j, next);
      if (!passing.isEmpty()) {
        bestEnd = j + 1;
        best = passing;
      }
    }
    if (best.isEmpty()) {
      return first;
    }
    int start = words.get(first).start();
    int end = words.get(bestEnd - 1).end();
    String span = text.subSequence(start, end).toString();
    Map<KnownEntity, Boolean> emitted = new IdentityHashMap<>();
    for (NameIndex.Target t : best) {
      if (emitted.put(t.entity(), Boolean.TRUE) == null) {
        KnownEntity e = t.entity();
        out.add(new EntityMention(e.type(), e.canonical(), e.country(), start, end, span));
      }
    }
    return bestEnd;
  }

  private static List<NameIndex.Target> passing(
      List<Token> words, int first, int last, List<NameIndex.Node> nodes) {
    List<NameIndex.Target> out = new ArrayList<>(1);
    for (NameIndex.Node n : nodes) {
      for (NameIndex.Target t : n.targets) {
        if (first == last && !NameIndex.casePasses(t, words.get(first))) {
          continue;
        }
        if (t.rule() == NameIndex.CaseRule.EXACT_WITH_CUE && !cueNear(words, first, last)) {
          continue;
        }
        out.add(t);
      }
    }
    return out;
  }

  private static boolean cueNear(List<Token> words, int first, int last) {
    int from = Math.max(0, first - CUE_WINDOW);
    int to = Math.min(words.size() - 1, last + CUE_WINDOW);
    for (int k = from; k <= to; k++) {
      if ((k < first || k > last) && OrdinaryWords.isCue(words.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** Whether two words may belong to one name: only spaces, hyphens and single joiners between. */
  private static boolean joinable(CharSequence text, int from, int to) {
    if (to - from > MAX_GAP) {
      return false;
    }
    int joiners = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011') {
        continue;
      }
      boolean tight = c == '.' || c == '/' || Token.isApostrophe(c);
      if (tight && to - from == 1 || c == '&') {
        joiners++;
        continue;
      }
      return false;
    }
    return joiners <= 1;
  }
}
