package dev.lantern.cli.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.lantern.sweep.Hit;
import dev.lantern.sweep.HitTally;
import dev.lantern.sweep.SweepSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Writes a sweep's hits as JSON lines while they stream, or as a per-indicator summary after. */
final class HitWriter {
  private HitWriter() {}

  /**
   * A sink writing one JSON object per hit — file, line, offset, value, type, indicator, field,
   * time — as each arrives, so nothing waits in memory.
   */
  static Consumer<Hit> jsonLines(PrintWriter out) {
    // closing a generator must neither close nor flush `out`: picocli's writer flushes on every
    // flush call, and a system call per hit tripled the time of a sweep where every line hits
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();
    return h -> {
      try (JsonGenerator g = factory.createGenerator(out)) {
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
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.write('\n'); // println would flush: the caller flushes when the sweep is done
    };
  }

  /**
   * Per indicator: hit count, first and last seen, files; then a one-line total that names how many
   * of the {@code loaded} indicators were hit.
   */
  static void summary(
      List<HitTally.Sighting> seen, int loaded, SweepSummary sweep, PrintWriter out) {
    for (HitTally.Sighting s : seen) {
      String id = s.indicator().reference();
      out.printf(
          "%s (%s%s): %d hit%s%s, in %s%n",
          s.indicator().value(),
          s.indicator().type().label(),
          id.equals(s.indicator().value()) ? "" : ", " + id,
          s.count(),
          s.count() == 1 ? "" : "s",
          s.firstSeen()
              .map(f -> ", first seen " + f + ", last seen " + s.lastSeen().orElseThrow())
              .orElse(""),
          String.join(", ", s.files()));
    }
    out.printf(
        "%d hit%s on %d of %d indicator%s; %d bytes, %d lines swept%n",
        sweep.hits(),
        sweep.hits() == 1 ? "" : "s",
        seen.size(),
        loaded,
        loaded == 1 ? "" : "s",
        sweep.bytes(),
        sweep.lines());
    out.flush();
  }
}
