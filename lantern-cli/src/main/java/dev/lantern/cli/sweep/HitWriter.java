package dev.lantern.cli.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a sweep's hits as a readable per-indicator summary or as JSON lines. */
final class HitWriter {
  private HitWriter() {}

  /** One JSON object per hit: file, line, offset, value, type, indicator, field, time. */
  static void jsonLines(SweepResult result, PrintWriter out) throws IOException {
    JsonFactory factory = new JsonFactory();
    for (Hit h : result.hits()) {
      try (JsonGenerator g = factory.createGenerator(out)) {
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.writeStartObject();
        g.writeStringField("file", h.file());
        g.writeNumberField("line", h.line());
        g.writeNumberField("offset", h.offset());
        g.writeStringField("value", h.value());
        g.writeStringField("type", h.type().label());
        g.writeStringField("indicator", h.indicator().reference());
        g.writeStringField("field", h.field().orElse(null));
        g.writeStringField("time", h.time().map(Instant::toString).orElse(null));
        g.writeEndObject();
      }
      out.println();
    }
    out.flush();
  }

  /** Per indicator: hit count, first and last seen, files; then a one-line total. */
  static void summary(SweepResult result, PrintWriter out) {
    Map<String, Seen> byIndicator = Seen.group(result.hits());
    for (Seen s : byIndicator.values()) {
      Hit first = s.hits.get(0);
      String id = first.indicator().reference();
      out.printf(
          "%s (%s%s): %d hit%s%s, in %s%n",
          first.indicator().value(),
          first.type().label(),
          id.equals(first.indicator().value()) ? "" : ", " + id,
          s.hits.size(),
          s.hits.size() == 1 ? "" : "s",
          s.first == null ? "" : ", first seen " + s.first + ", last seen " + s.last,
          String.join(", ", s.files));
    }
    out.printf(
        "%d hit%s of %d indicator%s; %d bytes, %d lines swept%n",
        result.hits().size(),
        result.hits().size() == 1 ? "" : "s",
        byIndicator.size(),
        byIndicator.size() == 1 ? "" : "s",
        result.bytes(),
        result.lines());
    out.flush();
  }

  /** The hits of one indicator, with the span of their times. */
  static final class Seen {
    final List<Hit> hits = new ArrayList<>();
    final Set<String> files = new LinkedHashSet<>();
    Instant first;
    Instant last;

    static Map<String, Seen> group(List<Hit> hits) {
      Map<String, Seen> out = new LinkedHashMap<>();
      for (Hit h : hits) {
        Seen s =
            out.computeIfAbsent(
                h.type() + "\u0000" + h.indicator().value() + "\u0000" + h.indicator().reference(),
                k -> new Seen());
        s.hits.add(h);
        s.files.add(h.file());
        h.time()
            .ifPresent(
                t -> {
                  s.first = s.first == null || t.isBefore(s.first) ? t : s.first;
                  s.last = s.last == null || t.isAfter(s.last) ? t : s.last;
                });
      }
      return out;
    }
  }
}
