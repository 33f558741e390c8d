package dev.lantern.server.web;

import dev.lantern.extract.ExtractException;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.report.ExtractOptions;
import dev.lantern.extract.report.ReportExtraction;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import dev.lantern.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The highlighted text of a report: spans of entities and indicators, found by running the
 * (deterministic) extractor over the kept document text, which gives exactly the offsets stored
 * extraction saw, and claim evidence spans from the claims' stored offsets. Each span links to the
 * stored object it stands for, when the store has one.
 *
 * <p>Rendering escapes every piece of text with {@link Html#escape}; spans only add markup this
 * class writes.
 */
final class Highlights {
  private Highlights() {}

  /**
   * One highlighted span.
   *
   * @param kind CSS kind: actor, malware, country, organisation, sector, indicator, vulnerability,
   *     technique, claim
   * @param target the stored object it links to
   */
  record Span(int start, int end, String kind, Optional<Identifier> target, String title) {}

  static List<Span> entitiesAndIndicators(String text, ReportExtractor extractor, Store store) {
    ReportExtraction x;
    try {
      x = extractor.extract(Document.plain("report", text), ExtractOptions.automatic());
    } catch (ExtractException e) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (Indicator i : x.liveIndicators()) {
      String kind =
          switch (i.type()) {
            case CVE -> "vulnerability";
            case ATTACK_TECHNIQUE,
                ATTACK_TACTIC,
                ATTACK_MITIGATION,
                ATTACK_GROUP,
                ATTACK_SOFTWARE ->
                "technique";
            default -> "indicator";
          };
      spans.add(
          new Span(
              i.start(),
              i.end(),
              kind,
              object(store, i.value(), kind),
              i.type() + " " + i.value()));
    }
    for (EntityMention m : x.entities()) {
      String kind =
          switch (m.type()) {
            case INTRUSION_SET, THREAT_ACTOR -> "actor";
            case MALWARE, TOOL -> "malware";
            case COUNTRY -> "country";
            case ORGANIZATION -> "organisation";
            case SECTOR -> "sector";
          };
      spans.add(
          new Span(m.start(), m.end(), kind, object(store, m.canonical(), kind), m.canonical()));
    }
    return spans;
  }

  private static Optional<Identifier> object(Store store, String value, String kind) {
    List<Identifier> ids = store.objectsWithValue(value);
    Optional<Identifier> indicator =
        ids.stream().filter(id -> id.type().equals(StixType.INDICATOR)).findFirst();
    if (kind.equals("indicator") && indicator.isPresent()) {
      return indicator;
    }
    return ids.stream()
        .filter(id -> !id.type().equals(StixType.REPORT))
        .filter(id -> !kind.equals("indicator") || !id.type().equals(StixType.INDICATOR))
        .findFirst()
        .or(() -> indicator);
  }

  /** The text as HTML, with spans marked; claims are a layer under entities and indicators. */
  static String render(String text, List<Span> marks, List<Span> claims) {
    List<Span> chosen = new ArrayList<>();
    List<Span> sorted = new ArrayList<>(marks);
    sorted.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
    int covered = 0;
    for (Span s : sorted) {
      if (s.start() >= covered && s.end() <= text.length()) {
        chosen.add(s);
        covered = s.end();
      }
    }
    List<Span> claimSpans =
        claims.stream()
            .filter(c -> c.start() >= 0 && c.end() <= text.length() && c.start() < c.end())
            .toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Span s : chosen) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    for (Span s : claimSpans) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      int a = from;
      int b = to;
      String piece = Html.escape(text.substring(a, b));
      Optional<Span> claim =
          claimSpans.stream().filter(c -> c.start() <= a && b <= c.end()).findFirst();
      Optional<Span> mark = chosen.stream().filter(c -> c.start() <= a && b <= c.end()).findFirst();
      if (mark.isPresent()) {
        Span m = mark.get();
        String cls = "hl hl-" + m.kind();
        String title = Html.escape(m.title());
        piece =
            m.target().isPresent()
                ? "<a class=\""
                    + cls
                    + "\" title=\""
                    + title
                    + "\" href=\"/objects/"
                    + Html.escape(m.target().get().toString())
                    + "\">"
                    + piece
                    + "</a>"
                : "<mark class=\"" + cls + "\" title=\"" + title + "\">" + piece + "</mark>";
      }
      if (claim.isPresent()) {
        piece =
            "<span class=\"hl-claim\" title=\""
                + Html.escape(claim.get().title())
                + "\">"
                + piece
                + "</span>";
      }
      out.append(piece);
      from = to;
    }
    return out.toString();
  }
}
