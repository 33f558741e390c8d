package dev.lantern.extract.indicator;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixTrie;
import com.google.thirdparty.publicsuffix.PublicSuffixType;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lantern's own lookup of the ICANN section of the Public Suffix List: the question Guava's {@link
 * PublicSuffixPatterns#TRIE} answers for {@link DomainNames}, asked of a name where it lies — a
 * range of a {@code char[]}, in any case — without cutting labels into strings or lowering them.
 *
 * <p>Why: Guava's trie only takes a {@code List<String>} of lower-case labels and reads its packed
 * data through a chunked {@code CharSequence} with a binary search per label, so every candidate
 * domain in running text cost a lower-cased copy, a substring per label and a dozen interface calls
 * per compared char. Here each label is hashed from its chars (lowered on the fly, exactly as
 * {@code Scanner} lowers a name) together with its parent's node number, and looked up in one
 * open-address table of plain arrays; a candidate that is no domain ({@code setup.exe}, {@code
 * v1.2b}) usually costs one probe for its last label.
 *
 * <p>The data is not a copy of the list: it is read once, at class load, from the trie Guava ships
 * (nodes of three chars — label offset into the string pool, first child, child count and flags),
 * so it is always the list of the Guava version on the class path and Lantern's answers and Guava's
 * cannot drift apart. The walk mirrors {@code PublicSuffixTrie.findSuffixIndex} for {@link
 * PublicSuffixType#REGISTRY}: exact, wildcard ({@code *.ck}) and exception ({@code !www.ck}) rules,
 * read from the last label. If that layout ever changes (or the table disagrees with Guava on a few
 * probe names), {@link #icann()} is null and {@link DomainNames} asks Guava's trie instead: slower,
 * never different ({@code PublicSuffixTableTest} compares both over every rule and fails on such an
 * upgrade).
 *
 * <p>Immutable after class initialisation; safe to share between threads.
 */
final class PublicSuffixTable {
  // Guava's node layout (PublicSuffixTrie): flags share the char with the child count
  private static final int NODE_SIZE = 3;
  private static final int CHILDREN_MASK = 0x7FF;
  private static final int EXCLUDED_BIT = 1 << 11;
  private static final int WILDCARD_SHIFT = 12;
  private static final int EXACT_SHIFT = 14;
  private static final int TYPE_MASK = 3;
  private static final int TYPE_REGISTRY = 1;

  // per node: which ICANN rule kinds end in it
  private static final byte EXACT = 1;
  private static final byte WILDCARD = 2;
  private static final byte EXCLUDED = 4;

  /** Names used to check a freshly read table against Guava before it is trusted. */
  private static final List<String> PROBES =
      List.of(
          "example.com",
          "com",
          "co.uk",
          "a.co.uk",
          "www.ck",
          "a.www.ck",
          "b.a.ck",
          "a.b.a.ck",
          "x.kawasaki.jp",
          "city.kawasaki.jp",
          "a.city.kawasaki.jp",
          "github.io",
          "a.github.io",
          "пример.рф",
          "рф",
          "example.xn--p1ai",
          "report.pdf",
          "a.b.c.d.example.org");

  /** The table read from Guava's trie, or null when its layout is not the one known. */
  private static final PublicSuffixTable ICANN = load();

  /** Node number (index in Guava's trie) by slot, -1 for empty; open addressing, linear probe. */
  private final int[] slots;

  private final int mask;
  private final int[] parent;
  private final int[] labelStart;
  private final int[] labelLength;
  private final byte[] rules;

  /** All labels back to back, lower case as the list has them. */
  private final char[] labels;

  private PublicSuffixTable(
      int[] slots, int[] parent, int[] labelStart, int[] labelLength, byte[] rules, char[] labels) {
    this.slots = slots;
    this.mask = slots.length - 1;
    this.parent = parent;
    this.labelStart = labelStart;
    this.labelLength = labelLength;
    this.rules = rules;
    this.labels = labels;
  }

  /** The ICANN table, or null when it could not be derived and Guava's trie must answer. */
  static PublicSuffixTable icann() {
    return ICANN;
  }

  /** Number of nodes (one per label of every rule, shared prefixes once) read from Guava. */
  int size() {
    return parent.length - 1;
  }

  /**
   * The dotted name each node stands for ({@code uk}, {@code co.uk}, {@code kawasaki.jp}, …): every
   * rule of the list and every name a rule passes through, private section included. For tests.
   */
  List<String> names() {
    List<String> names = new ArrayList<>(size());
    for (int node = 1; node < parent.length; node++) {
      StringBuilder name = new StringBuilder();
      for (int k = node; k > 0; k = parent[k]) {
        if (name.length() > 0) {
          name.append('.');
        }
        name.append(labels, labelStart[k], labelLength[k]);
      }
      names.add(name.toString());
    }
    return names;
  }

  /**
   * Whether {@code c[s, e)}, lowered as {@code Scanner} lowers names ({@link #lowerChar}), has at
   * least one label in front of an ICANN public suffix; labels are split at dots like {@link
   * String#split} (trailing empty labels dropped).
   */
  boolean isNameUnderPublicSuffix(char[] c, int s, int e) {
    int end = e;
    int dots = 0;
    for (int k = s; k < e; k++) {
      if (c[k] == '.') {
        dots++;
      }
    }
    int count;
    if (dots == 0) {
      count = 1;
    } else {
      while (end > s && c[end - 1] == '.') {
        end--;
        dots--;
      }
      count = end == s ? 0 : dots + 1;
    }
    if (count < 2) {
      return false;
    }
    // PublicSuffixTrie.findSuffixIndex(labels, REGISTRY), from the last label
    int node = 0;
    int result = -1;
    for (int i = count - 1; i >= 0; i--) {
      int ls = end;
      while (ls > s && c[ls - 1] != '.') {
        ls--;
      }
      int child = child(node, c, ls, end);
      if (child < 0) {
        break;
      }
      byte r = rules[child];
      if ((r & EXCLUDED) != 0) {
        result = i + 1;
      }
      if ((r & EXACT) != 0) {
        result = i;
      }
      if (i > 0 && (r & WILDCARD) != 0) {
        result = i - 1;
      }
      node = child;
      end = ls - 1;
    }
    return result >= 1;
  }

  /** The child of {@code node} labelled {@code c[s, e)} (lowered), or -1. */
  private int child(int node, char[] c, int s, int e) {
    int h = node;
    for (int k = s; k < e; k++) {
      h = 31 * h + lowerChar(c[k]);
    }
    int length = e - s;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int candidate = slots[slot];
      if (candidate < 0) {
        return -1;
      }
      if (parent[candidate] == node
          && labelLength[candidate] == length
          && sameLabel(c, s, labelStart[candidate], length)) {
        return candidate;
      }
    }
  }

  private boolean sameLabel(char[] c, int s, int at, int length) {
    for (int k = 0; k < length; k++) {
      if (lowerChar(c[s + k]) != labels[at + k]) {
        return false;
      }
    }
    return true;
  }

  /** The lowering {@code Scanner} applies to names: ASCII by arithmetic, the rest per char. */
  static char lowerChar(char x) {
    return x < 128 ? (x >= 'A' && x <= 'Z' ? (char) (x + 32) : x) : Character.toLowerCase(x);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  // ------------------------------------------------------------------ reading Guava's trie

  private static PublicSuffixTable load() {
    try {
      PublicSuffixTable t = read(PublicSuffixPatterns.TRIE);
      for (String p : PROBES) {
        if (t.isNameUnderPublicSuffix(p.toCharArray(), 0, p.length())
            != DomainNames.guavaIsNameUnderPublicSuffix(p)) {
          return null;
        }
      }
      return t;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // not the layout this reader knows: Guava's trie answers instead
    }
  }

  private static PublicSuffixTable read(PublicSuffixTrie trie) throws ReflectiveOperationException {
    CharSequence data = field(trie, "trieData");
    CharSequence pool = field(trie, "stringPool");
    if (data.length() % NODE_SIZE != 0 || data.length() == 0) {
      throw new IllegalStateException("unexpected trie length " + data.length());
    }
    int nodes = data.length() / NODE_SIZE;
    int[] parent = new int[nodes];
    int[] labelStart = new int[nodes];
    int[] labelLength = new int[nodes];
    byte[] rules = new byte[nodes];
    StringBuilder labels = new StringBuilder();
    boolean[] seen = new boolean[nodes];
    parent[0] = -1;
    seen[0] = true;
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(0));
    while (!todo.isEmpty()) {
      int node = todo.pop();
      int first = data.charAt(node * NODE_SIZE + 1);
      int count = data.charAt(node * NODE_SIZE + 2) & CHILDREN_MASK;
      for (int child = first; child < first + count; child++) {
        if (child <= 0 || child >= nodes || seen[child]) {
          throw new IllegalStateException("unexpected trie shape at node " + child);
        }
        seen[child] = true;
        parent[child] = node;
        int offset = data.charAt(child * NODE_SIZE);
        int length = pool.charAt(offset);
        labelStart[child] = labels.length();
        labelLength[child] = length;
        labels.append(pool, offset + 1, offset + 1 + length);
        int f = data.charAt(child * NODE_SIZE + 2);
        rules[child] =
            (byte)
                ((((f >> EXACT_SHIFT) & TYPE_MASK) == TYPE_REGISTRY ? EXACT : 0)
                    | (((f >> WILDCARD_SHIFT) & TYPE_MASK) == TYPE_REGISTRY ? WILDCARD : 0)
                    | ((f & EXCLUDED_BIT) != 0 ? EXCLUDED : 0));
        todo.push(child);
      }
    }
    char[] chars = labels.toString().toCharArray();
    int size = Integer.highestOneBit(Math.max(2, nodes) * 2 - 1) * 2; // load factor <= 1/2
    int[] slots = new int[size];
    Arrays.fill(slots, -1);
    for (int node = 1; node < nodes; node++) {
      if (!seen[node]) {
        throw new IllegalStateException("unexpected trie shape: node " + node + " unreachable");
      }
      int h = node(parent[node], chars, labelStart[node], labelLength[node]);
      int slot = mix(h) & (size - 1);
      while (slots[slot] >= 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = node;
    }
    return new PublicSuffixTable(slots, parent, labelStart, labelLength, rules, chars);
  }

  /** The hash {@link #child} computes for a label under {@code parent}. */
  private static int node(int parent, char[] labels, int start, int length) {
    int h = parent;
    for (int k = start; k < start + length; k++) {
      h = 31 * h + labels[k];
    }
    return h;
  }

  private static CharSequence field(PublicSuffixTrie trie, String name)
      throws ReflectiveOperationException {
    Field f = PublicSuffixTrie.class.getDeclaredField(name);
    f.setAccessible(true);
    return (CharSequence) f.get(trie);
  }
}
