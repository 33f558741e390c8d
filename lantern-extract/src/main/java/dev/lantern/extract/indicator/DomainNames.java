package dev.lantern.extract.indicator;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What makes a dotted name a domain: labels of letters, digits and inner hyphens, and an ending
 * that is a real public suffix of the ICANN section of the Public Suffix List (Guava ships a
 * maintained copy as a compact trie, {@link PublicSuffixPatterns#TRIE}; Lantern reads it into its
 * own {@link PublicSuffixTable} so names are checked in place). Private-section suffixes such as
 * {@code github.io} are ignored on purpose, so {@code github.io} itself stays a domain.
 *
 * <p>Also holds the top-level domains that are far more often file extensions ({@code zip}, {@code
 * py}, {@code sh}, …): a name ending in one is a file name in running text unless it was defanged
 * or stands in host position (URL authority, e-mail domain).
 */
final class DomainNames {
  private DomainNames() {}

  /** Top-level domains that are also common file extensions. */
  private static final Set<String> FILE_EXTENSION_TLDS =
      Set.of("zip", "mov", "sh", "py", "so", "rs", "pm", "ps", "md", "cab", "one", "run", "pub");

  /** Length of the longest entry of {@link #FILE_EXTENSION_TLDS}; longer labels are never one. */
  private static final int MAX_FILE_EXTENSION_TLD =
      FILE_EXTENSION_TLDS.stream().mapToInt(String::length).max().orElse(0);

  /** {@link #FILE_EXTENSION_TLDS} as char arrays, for the in-place check. */
  private static final char[][] FILE_EXTENSION_TLD_CHARS =
      FILE_EXTENSION_TLDS.stream().map(String::toCharArray).toArray(char[][]::new);

  static boolean isFileExtensionTld(String tld) {
    return FILE_EXTENSION_TLDS.contains(tld);
  }

  /**
   * {@link #isFileExtensionTld(String)} of {@code c[s, e)} in any case, without lowering it into a
   * string: the last label of every candidate domain is asked this.
   */
  static boolean isFileExtensionTld(char[] c, int s, int e) {
    int length = e - s;
    if (length < 2 || length > MAX_FILE_EXTENSION_TLD) {
      return false;
    }
    for (char[] tld : FILE_EXTENSION_TLD_CHARS) {
      if (tld.length == length && sameFolded(c, s, tld)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFolded(char[] c, int s, char[] lower) {
    for (int k = 0; k < lower.length; k++) {
      if (PublicSuffixTable.lowerChar(c[s + k]) != lower[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} may appear in a domain label (ASCII letter or digit, hyphen, non-ASCII letter
   * or digit).
   */
  static boolean isLabelChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Whether the lower-case labels form a registrable name: at least one label in front of an ICANN
   * public suffix.
   */
  static boolean isUnderPublicSuffix(String[] labels) {
    if (labels.length < 2) {
      return false;
    }
    List<String> list = Arrays.asList(labels);
    return PublicSuffixPatterns.TRIE.findSuffixIndex(list, PublicSuffixType.REGISTRY) >= 1;
  }

  /**
   * {@link #isUnderPublicSuffix(String[])} of {@code name.split("\\.")} for a lower-case name,
   * answered by Lantern's {@link PublicSuffixTable} (Guava's trie when the table could not be
   * derived). A name with capitals goes to Guava's trie as it is, as before: only lowered names
   * ever match there, and the table would fold them.
   */
  static boolean isNameUnderPublicSuffix(String name) {
    PublicSuffixTable table = PublicSuffixTable.icann();
    if (table == null || !isFolded(name)) {
      return guavaIsNameUnderPublicSuffix(name);
    }
    return table.isNameUnderPublicSuffix(name.toCharArray(), 0, name.length());
  }

  /**
   * {@link #isNameUnderPublicSuffix(String)} of {@code c[s, e)} lowered as {@code Scanner} lowers
   * names ({@link PublicSuffixTable#lowerChar}), without making the string: most candidates in
   * running text are file names and version strings that fail here, and need no string at all.
   */
  static boolean isNameUnderPublicSuffix(char[] c, int s, int e) {
    PublicSuffixTable table = PublicSuffixTable.icann();
    if (table == null) {
      char[] lowered = new char[e - s];
      for (int k = s; k < e; k++) {
        lowered[k - s] = PublicSuffixTable.lowerChar(c[k]);
      }
      return guavaIsNameUnderPublicSuffix(new String(lowered));
    }
    return table.isNameUnderPublicSuffix(c, s, e);
  }

  private static boolean isFolded(String name) {
    for (int k = 0; k < name.length(); k++) {
      char x = name.charAt(k);
      if (PublicSuffixTable.lowerChar(x) != x) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same question asked of Guava's trie, which reads labels from the last one and stops at the
   * first it does not know, so labels are cut out of the name only when asked for. The reference
   * {@link PublicSuffixTable} is checked against, and its fallback.
   */
  static boolean guavaIsNameUnderPublicSuffix(String name) {
    Labels labels = new Labels(name);
    if (labels.size() < 2) {
      return false;
    }
    return PublicSuffixPatterns.TRIE.findSuffixIndex(labels, PublicSuffixType.REGISTRY) >= 1;
  }

  /** The labels of a dotted name as {@link String#split} gives them, cut out on access. */
  private static final class Labels extends AbstractList<String> {
    private final String name;
    private final int[] starts;
    private final int size;

    Labels(String name) {
      this.name = name;
      int dots = 0;
      for (int k = 0; k < name.length(); k++) {
        if (name.charAt(k) == '.') {
          dots++;
        }
      }
      int[] s = new int[dots + 2];
      int count = 0;
      s[count++] = 0;
      for (int k = 0; k < name.length(); k++) {
        if (name.charAt(k) == '.') {
          s[count++] = k + 1;
        }
      }
      s[count] = name.length() + 1; // sentinel: label i ends at starts[i + 1] - 1
      int labels = count;
      if (dots > 0) {
        // like split: trailing empty labels are dropped
        while (labels > 0 && s[labels] - 1 == s[labels - 1]) {
          labels--;
        }
      }
      this.starts = s;
      this.size = labels;
    }

    @Override
    public String get(int i) {
      Objects.checkIndex(i, size);
      return name.substring(starts[i], starts[i + 1] - 1);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
