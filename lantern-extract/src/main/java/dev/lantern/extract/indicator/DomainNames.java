package dev.lantern.extract.indicator;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What makes a dotted name a domain: labels of letters, digits and inner hyphens, and an ending
 * that is a real public suffix of the ICANN section of the Public Suffix List (Guava ships a
 * maintained copy as a compact trie, {@link PublicSuffixPatterns#TRIE}). Private-section suffixes
 * such as {@code github.io} are ignored on purpose, so {@code github.io} itself stays a domain.
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

  static boolean isFileExtensionTld(String tld) {
    return FILE_EXTENSION_TLDS.contains(tld);
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
}
