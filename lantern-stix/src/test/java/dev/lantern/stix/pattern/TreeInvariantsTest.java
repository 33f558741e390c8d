package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree's records refuse values that could not have come from a valid pattern. */
class TreeInvariantsTest {
  private static final Observation LEAF =
      new Observation(Comparison.equal(ObjectPath.of("file", "name"), new StringLiteral("a")));

  @Test
  void compound_needsTwoOperands() {
    assertThatThrownBy(() -> new CompoundObservation(ObservationOperator.AND, List.of(LEAF)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two operands");
  }

  @Test
  void comparison_rejectsValueTheOperatorDoesNotTake() {
    ObjectPath path = ObjectPath.of("file", "name");

    assertThatThrownBy(
            () -> new Comparison(path, ComparisonOperator.LIKE, false, new IntegerLiteral(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LIKE takes a quoted string");
    assertThatThrownBy(
            () -> new Comparison(path, ComparisonOperator.EXISTS, true, NoValue.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Comparison(path, ComparisonOperator.EQUAL, false, NoValue.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void qualified_rejectsSecondQualifierOfSameKind() {
    QualifiedObservation once = new QualifiedObservation(LEAF, new Within(5));
    QualifiedObservation twoKinds = new QualifiedObservation(once, new Repeats(2));

    assertThatThrownBy(() -> new QualifiedObservation(twoKinds, new Within(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has a WITHIN qualifier");
  }

  @Test
  void startStop_requiresStartBeforeStop() {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");

    assertThatThrownBy(() -> new StartStop(t, t)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void set_rejectsMixedKindsAndNestedSets() {
    assertThatThrownBy(() -> new SetLiteral(List.of(new IntegerLiteral(1), new FloatLiteral(1.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share one type");
    assertThatThrownBy(() -> new SetLiteral(List.of(new SetLiteral(List.of()))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void objectPath_requiresValidTypeAndLowerCaseFirstProperty() {
    assertThatThrownBy(() -> ObjectPath.of("x", "name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObjectPath.of("file", "Name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ObjectPath("file", List.of(new Index(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void literals_normaliseEquivalentForms() {
    assertThat(new HexLiteral("FFD8")).isEqualTo(new HexLiteral("ffd8"));
    assertThat(new BinaryLiteral("QR==")).isEqualTo(new BinaryLiteral("QQ=="));
    assertThat(new FloatLiteral(-0.0)).isEqualTo(new FloatLiteral(0.0));
    assertThat(new HexLiteral("00ff").bytes()).containsExactly(0, 255);
  }

  @Test
  void timestamp_rejectsYearsAPatternCannotWrite() {
    assertThatThrownBy(() -> new TimestampLiteral(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
