package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile MISP events: whatever a field of a real event is replaced with, conversion either
 * succeeds or throws {@link InvalidMispException} naming the source — no other exception escapes.
 */
final class MispFuzzTest {
  private static final JsonNode EVENT = Bundles.resource("coathanger-event.json");

  /** Every (object, field) of the event tree, so a mutation can hit any of them. */
  private static List<Object[]> slots(JsonNode node, List<Object[]> out) {
    if (node instanceof ObjectNode o) {
      o.fieldNames()
          .forEachRemaining(
              f -> {
                out.add(new Object[] {o, f});
                slots(o.get(f), out);
              });
    } else if (node instanceof ArrayNode a) {
      a.forEach(child -> slots(child, out));
    }
    return out;
  }

  @Test
  void toStix_anyFieldReplacedByAnyTextOrNumberOrShapeFailsOnlyWithItsOwnException() {
    int count = slots(EVENT.deepCopy(), new ArrayList<>()).size();
    qt().withExamples(3000)
        .forAll(
            integers().between(0, count - 1),
            integers().between(0, 4),
            strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 40))
        .checkAssert(
            (slot, kind, text) -> {
              JsonNode copy = EVENT.deepCopy();
              Object[] target = slots(copy, new ArrayList<>()).get(slot);
              ObjectNode owner = (ObjectNode) target[0];
              String field = (String) target[1];
              switch (kind) {
                case 0 -> owner.put(field, text);
                case 1 -> owner.put(field, text.length() * 1_000_000_007L);
                case 2 -> owner.putArray(field).add(text);
                case 3 -> owner.putObject(field).put("x", text);
                default -> owner.putNull(field);
              }
              try {
                assertThat(Misp.toStix(copy, "fuzz.json").objects()).isNotEmpty();
              } catch (InvalidMispException e) {
                assertThat(e.getMessage()).startsWith("fuzz.json: ");
              }
            });
  }
}
