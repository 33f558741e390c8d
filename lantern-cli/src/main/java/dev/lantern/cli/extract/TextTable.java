package dev.lantern.cli.extract;

import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.report.ReportExtraction;
import java.io.PrintWriter;

/** The human-readable form of an extraction: a header line per report, then a table. */
final class TextTable {
  private static final int VALUE_WIDTH = 64;

  private TextTable() {}

  static void print(ReportExtraction r, PrintWriter out) {
    out.printf(
        "== %s  (language: %s, published: %s)%n",
        r.document().source(),
        r.language().map(Language::code).orElse("unknown"),
        r.published().map(Object::toString).orElse("unknown"));
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

  private static String shorten(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= VALUE_WIDTH
        ? printable
        : printable.substring(0, VALUE_WIDTH - 1) + "…";
  }
}
