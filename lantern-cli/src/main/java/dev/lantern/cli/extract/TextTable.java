package dev.lantern.cli.extract;

import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.report.ReportExtraction;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The human-readable form of an extraction: a header line per report, the entities and dates it
 * names, then a table of indicators.
 */
final class TextTable {
  private static final int VALUE_WIDTH = 64;

  private TextTable() {}

  static void print(ReportExtraction r, PrintWriter out) {
    out.printf(
        "== %s  (language: %s, published: %s)%n",
        r.document().source(),
        r.language().map(Language::code).orElse("unknown"),
        r.published().map(Object::toString).orElse("unknown"));
    printEntities(r, out);
    printDates(r, out);
    if (r.indicators().isEmpty()) {
      out.println("   no indicators found");
      out.println();
      return;
    }
    out.printf(
        "   %-16s %-" + VALUE_WIDTH + "s %-8s %-15s %s%n",
        "TYPE",
        "VALUE",
        "DEFANGED",
        "SPAN",
        "NOTE");
    for (Indicator i : r.indicators()) {
      out.printf(
          "   %-16s %-" + VALUE_WIDTH + "s %-8s %-15s %s%n",
          i.type().jsonName(),
          shorten(i.value()),
          i.defanged() ? "yes" : "",
          i.start() + "-" + i.end(),
          i.suppressed().map(s -> "suppressed: " + s).orElse(""));
    }
    long suppressed = r.indicators().stream().filter(i -> i.suppressed().isPresent()).count();
    out.printf(
        "   %d indicators, %d live, %d suppressed%n%n",
        r.indicators().size(), r.indicators().size() - suppressed, suppressed);
  }

  private static void printEntities(ReportExtraction r, PrintWriter out) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : r.entities()) {
      String key =
          String.format(
              "%-16s %s%s",
              m.type().jsonName(),
              m.canonical(),
              m.country()
                  .filter(c -> !m.canonical().equals(c))
                  .map(c -> " (" + c + ")")
                  .orElse(""));
      counts.merge(key, 1, Integer::sum);
    }
    if (!counts.isEmpty()) {
      out.println("   entities:");
      counts.forEach((k, n) -> out.printf("   %s%s%n", shorten(k), n > 1 ? "  ×" + n : ""));
    }
  }

  private static void printDates(ReportExtraction r, PrintWriter out) {
    if (r.dates().isEmpty()) {
      return;
    }
    out.println("   dates:");
    for (DateMention d : r.dates()) {
      out.printf(
          "   %-30s %s%n",
          shorten("\"" + d.text() + "\""), d.value().orElse("(relative; no publication date)"));
    }
  }

  private static String shorten(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= VALUE_WIDTH
        ? printable
        : printable.substring(0, VALUE_WIDTH - 1) + "…";
  }
}
