package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarningListHostnameTest {

  /** Host-name matching as plain set lookups of the host and each suffix after a dot. */
  private static boolean naive(Set<String> entries, String host) {
    String h = host;
    while (true) {
      if (entries.contains(h)) {
        return true;
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        return false;
      }
      h = h.substring(dot + 1);
    }
  }

  private static String randomName(Random r, boolean emptyLabels) {
    String[] labels = {"a", "b", "ab", "cdn", "com", "net", "x-y", ""};
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(4);
    for (int k = 0; k <= n; k++) {
      if (k > 0) {
        sb.append('.');
      }
      sb.append(labels[r.nextInt(labels.length - (emptyLabels ? 0 : 1))]);
    }
    return sb.toString();
  }

  @Test
  void matches_hostnameEntriesAgreeWithSuffixLookups_onRandomHosts() {
    Random r = new Random(11);
    for (int list = 0; list < 30; list++) {
      Set<String> entries = new HashSet<>();
      int size = r.nextInt(12);
      for (int i = 0; i < size; i++) {
        entries.add(randomName(r, false)); // entries as the builder keeps them: no empty labels
      }
      WarningList w = WarningList.ofHostnames("t", new ArrayList<>(entries));
      List<String> hosts = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        hosts.add(randomName(r, true) + (r.nextInt(10) == 0 ? "." : ""));
      }
      hosts.addAll(entries);
      hosts.add("");
      for (String host : hosts) {
        assertThat(w.matches(IndicatorType.DOMAIN, host, host))
            .as("%s in %s", host, entries)
            .isEqualTo(naive(entries, host));
      }
    }
  }

  @Test
  void matches_builtInListSuppressesSubdomainsButNotLookalikes() {
    WarningList w = WarningList.builtIn();
    String entry = "microsoft.com";
    assertThat(w.matches(IndicatorType.DOMAIN, entry, entry)).isTrue();
    assertThat(w.matches(IndicatorType.DOMAIN, "a.b." + entry, "a.b." + entry)).isTrue();
    assertThat(w.matches(IndicatorType.DOMAIN, "x" + entry, "x" + entry)).isFalse();
    assertThat(w.matches(IndicatorType.DOMAIN, "evil-update.org", "evil-update.org")).isFalse();
  }
}
