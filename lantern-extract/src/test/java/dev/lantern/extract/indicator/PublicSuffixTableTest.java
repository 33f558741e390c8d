package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixTrie;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link PublicSuffixTable} gives Guava's verdict ({@link
 * DomainNames#guavaIsNameUnderPublicSuffix}) for every rule of the list and the names around it,
 * for generated names of every shape and case, and for the dotted names in the conformance suites
 * and the labelled corpus.
 */
class PublicSuffixTableTest {

  private static final PublicSuffixTable TABLE = PublicSuffixTable.icann();

  private static PublicSuffixTable table() {
    assertThat(TABLE)
        .as("table derived from this Guava's trie (else the slow fallback)")
        .isNotNull();
    return TABLE;
  }

  /** Guava's verdict on the name as {@code Scanner} lowers it, which is what it used to ask. */
  private static boolean guava(String name) {
    StringBuilder lowered = new StringBuilder(name.length());
    for (int k = 0; k < name.length(); k++) {
      lowered.append(PublicSuffixTable.lowerChar(name.charAt(k)));
    }
    return DomainNames.guavaIsNameUnderPublicSuffix(lowered.toString());
  }

  private static boolean ours(String name) {
    return table().isNameUnderPublicSuffix(name.toCharArray(), 0, name.length());
  }

  private static void assertAgrees(String name) {
    assertThat(ours(name)).as(name).isEqualTo(guava(name));
  }

  @Test
  void isDerivedFromGuavasTrie_withEveryNode() throws ReflectiveOperationException {
    assertThat(TABLE)
        .as("table derived from this Guava's trie (else the slow fallback)")
        .isNotNull();
    Field data = PublicSuffixTrie.class.getDeclaredField("trieData");
    data.setAccessible(true);
    int nodes = ((CharSequence) data.get(PublicSuffixPatterns.TRIE)).length() / 3;
    assertThat(table().size()).isEqualTo(nodes - 1);
    assertThat(table().size()).isGreaterThan(5000);
    assertThat(table().names())
        .contains("com", "co.uk", "ck", "www.ck", "kawasaki.jp", "github.io");
  }

  @Test
  void agreesWithGuava_onEveryRuleAndTheNamesAroundIt() {
    List<String> names = table().names();
    for (String rule : names) {
      int dot = rule.indexOf('.');
      String parent = dot < 0 ? "" : rule.substring(dot + 1);
      for (String name :
          List.of(
              rule,
              "a." + rule,
              "b.a." + rule,
              "www." + rule,
              "c.www." + rule,
              "x-1." + rule,
              "evil." + rule + ".",
              "Evil." + rule.toUpperCase(Locale.ROOT),
              "a..b." + rule,
              "." + rule,
              "zz" + rule,
              parent.isEmpty() ? "nosuch" : "a." + parent)) {
        assertAgrees(name);
      }
    }
  }

  @Test
  void agreesWithGuava_onRandomNamesOfEveryShape() {
    List<String> labels = new ArrayList<>();
    for (String rule : table().names()) {
      labels.add(rule.substring(0, rule.indexOf('.') < 0 ? rule.length() : rule.indexOf('.')));
    }
    labels.addAll(List.of("", "a", "www", "Com", "CO", "İ", "ΣΑ", "Рф", "xn--p1ai", "-", "a-b"));
    Random random = new Random(42);
    for (int n = 0; n < 300_000; n++) {
      int count = 1 + random.nextInt(5);
      StringBuilder name = new StringBuilder();
      for (int k = 0; k < count; k++) {
        if (k > 0) {
          name.append('.');
        }
        String label = labels.get(random.nextInt(labels.size()));
        name.append(random.nextInt(8) == 0 ? label.toUpperCase(Locale.ROOT) : label);
      }
      if (random.nextInt(10) == 0) {
        name.append(random.nextBoolean() ? "." : "..");
      }
      assertAgrees(name.toString());
    }
  }

  @Test
  void agreesWithGuava_onRealNamesFromSuitesAndCorpus() throws IOException {
    Path suites =
        Path.of(System.getProperty("lantern.shared", "../../shared"), "conformance", "ioc-suites");
    Path corpus = Path.of("..", "corpus");
    Assumptions.assumeTrue(
        Files.isDirectory(suites) || Files.isDirectory(corpus), "no suites or corpus: skipping");
    Pattern dotted = Pattern.compile("[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]*)+");
    Set<String> names = new LinkedHashSet<>();
    for (Path dir : List.of(suites, corpus)) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          if (Files.size(f) > 20_000_000) {
            continue;
          }
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          Matcher m = dotted.matcher(text);
          while (m.find()) {
            names.add(m.group());
          }
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(1000);
    long domains = 0;
    for (String name : names) {
      assertAgrees(name);
      domains += guava(name) ? 1 : 0;
    }
    assertThat(domains).as("names under a public suffix").isGreaterThan(100);
  }

  @Test
  void readsNamesInPlace_atAnyOffsetAndInAnyCase() {
    char[] text = "see EVIL.Example.CO.UK, not report.pdf".toCharArray();
    assertThat(table().isNameUnderPublicSuffix(text, 4, 22)).isTrue(); // EVIL.Example.CO.UK
    assertThat(table().isNameUnderPublicSuffix(text, 17, 22)).isFalse(); // CO.UK
    assertThat(table().isNameUnderPublicSuffix(text, 28, 38)).isFalse(); // report.pdf
    assertThat(DomainNames.isNameUnderPublicSuffix(text, 4, 22)).isTrue();
  }

  @Test
  void fileExtensionTlds_matchInPlaceInAnyCase() {
    char[] text = "a.ZIP b.Py c.com d.pub".toCharArray();
    assertThat(DomainNames.isFileExtensionTld(text, 2, 5)).isTrue();
    assertThat(DomainNames.isFileExtensionTld(text, 8, 10)).isTrue();
    assertThat(DomainNames.isFileExtensionTld(text, 13, 16)).isFalse();
    assertThat(DomainNames.isFileExtensionTld(text, 19, 22)).isTrue();
    for (String tld : List.of("zip", "ZiP", "com", "so", "pyc", "p", "İ", "one", "ONE")) {
      char[] c = tld.toCharArray();
      StringBuilder lowered = new StringBuilder();
      for (char x : c) {
        lowered.append(PublicSuffixTable.lowerChar(x));
      }
      assertThat(DomainNames.isFileExtensionTld(c, 0, c.length))
          .as(tld)
          .isEqualTo(DomainNames.isFileExtensionTld(lowered.toString()));
    }
  }
}
