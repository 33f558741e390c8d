package dev.lantern.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every knowledge-base name as a path of token ids in a trie, for longest-match lookup over
 * lemmatised text.
 *
 * <p>Design note. A name is split into words like the text ({@link Token#split}); each word becomes
 * a set of keys: its normalised form, for Cyrillic words also its dictionary lemmas (so "Сполучені
 * Штати" is found as "Сполучених Штатів") and its fallback stem. The name is inserted once per
 * combination of keys (capped at {@link #MAX_VARIANTS}). A text word likewise carries its form,
 * lemmas and — only when no dictionary knows it — its stem, so that common words never reach a name
 * through a guessed stem. Keys are interned as ints; a trie node maps an int to a child. Matching
 * from one text position walks the trie with the set of nodes reachable so far; since a name has at
 * most {@link #maxLength()} words, a whole text costs O(words × that bound).
 *
 * <p>Each name's end node records a {@link Target}: the entity and the case rule that keeps
 * ordinary words from being taken as names ("will", "equation", "US" as "us", "Того" as "того").
 * Immutable after construction and safe to share between threads.
 */
final class NameIndex {

  /** Most key combinations inserted per name. */
  private static final int MAX_VARIANTS = 16;

  /** Longest name, in words, that is indexed; longer ones are skipped as implausible. */
  private static final int MAX_WORDS = 12;

  /** How a name's words must be written in the text for a match to count. */
  enum CaseRule {
    /** Any case. */
    ANY,
    /** The text word starts with a capital. */
    CAPITALISED,
    /** Every letter of the text word is a capital (acronyms: US, UK, США). */
    UPPER,
    /** Exactly as in the knowledge base, and only near a cue word (ordinary words as names). */
    EXACT_WITH_CUE,
    /** Exactly as in the knowledge base. */
    EXACT
  }

  /** What a name resolves to, and the rule its text must satisfy. */
  record Target(KnownEntity entity, String name, CaseRule rule) {}

  static final class Node {
    final Map<Integer, Node> children = new HashMap<>(4);
    final List<Target> targets = new ArrayList<>(1);
  }

  private final Map<String, Integer> ids = new HashMap<>();
  private final Node root = new Node();
  private int maxLength;

  NameIndex(KnowledgeBase kb) {
    for (KnownEntity e : kb.entities()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String name : e.names()) {
        if (seen.add(name)) {
          insert(e, name);
        }
      }
    }
  }

  Node root() {
    return root;
  }

  /** The longest name, in words. */
  int maxLength() {
    return maxLength;
  }

  /** The id of a key, or -1 when no name uses it. */
  int id(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  // ------------------------------------------------------------------ building

  private void insert(KnownEntity entity, String name) {
    List<Token> words = Token.split(name);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return;
    }
    List<List<String>> keys = new ArrayList<>();
    for (Token w : words) {
      Set<String> k = new LinkedHashSet<>();
      k.add(w.key());
      if (w.cyrillic()) {
        k.addAll(Lemmatizer.lemmas(w.key(), null));
        k.add(Lemmatizer.stem(w.key()));
      }
      keys.add(List.copyOf(k));
    }
    Target target = new Target(entity, name, ruleFor(entity, words));
    List<Node> frontier = List.of(root);
    int variants = 1;
    for (List<String> k : keys) {
      List<String> use = variants * k.size() > MAX_VARIANTS ? k.subList(0, 1) : k;
      variants *= use.size();
      List<Node> next = new ArrayList<>();
      for (Node n : frontier) {
        for (String key : use) {
          int id = ids.computeIfAbsent(key, x -> ids.size());
          next.add(n.children.computeIfAbsent(id, x -> new Node()));
        }
      }
      frontier = next;
    }
    for (Node n : new LinkedHashSet<>(frontier)) {
      if (n.targets.stream().noneMatch(t -> t.entity() == entity)) {
        n.targets.add(target);
      }
    }
    maxLength = Math.max(maxLength, words.size());
  }

  private static CaseRule ruleFor(KnownEntity entity, List<Token> words) {
    if (words.size() > 1 || entity.type() == EntityType.SECTOR && !words.get(0).allUpper()) {
      return CaseRule.ANY;
    }
    Token w = words.get(0);
    boolean letters = w.surface().chars().allMatch(Character::isLetter);
    if (!letters) {
      return CaseRule.ANY;
    }
    if (w.allUpper()) {
      boolean ordinary =
          w.surface().length() <= 4
              || OrdinaryWords.isOrdinaryEnglish(w.key())
              || w.cyrillic() && Lemmatizer.isCommonWord(w.key(), null);
      return ordinary ? CaseRule.UPPER : CaseRule.ANY;
    }
    if (!w.capitalised()) {
      return CaseRule.ANY;
    }
    if (w.cyrillic()) {
      return Lemmatizer.isCommonWord(w.key(), null) ? CaseRule.CAPITALISED : CaseRule.ANY;
    }
    if (OrdinaryWords.isOrdinaryEnglish(w.key())) {
      boolean needsCue =
          entity.type().isGroup()
              || entity.type() == EntityType.MALWARE
              || entity.type() == EntityType.TOOL;
      return needsCue ? CaseRule.EXACT_WITH_CUE : CaseRule.EXACT;
    }
    return entity.type() == EntityType.COUNTRY ? CaseRule.CAPITALISED : CaseRule.ANY;
  }

  /** Whether a text word satisfies a target's rule (the cue is checked by the caller). */
  static boolean casePasses(Target t, Token word) {
    switch (t.rule()) {
      case CAPITALISED:
        return word.capitalised();
      case UPPER:
        return word.allUpper();
      case EXACT:
      case EXACT_WITH_CUE:
        return word.surface().equals(t.name());
      default:
        return true;
    }
  }
}
