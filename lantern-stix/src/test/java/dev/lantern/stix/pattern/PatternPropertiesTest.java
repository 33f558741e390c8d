package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the parser on hostile and generated input. The test class is in the pattern
 * package, so {@code Property} here is jqwik's annotation and path steps are named in full.
 */
class PatternPropertiesTest {

  // ---------------------------------------------------------------- hostile input

  @Property(tries = 500)
  void parse_throwsOnlyPatternSyntaxExceptionOnRandomText(@ForAll String text) {
    parseOrSyntaxError(text);
  }

  @Property(tries = 1000)
  void parse_throwsOnlyPatternSyntaxExceptionOnTokenSoup(@ForAll("tokenSoup") String text) {
    parseOrSyntaxError(text);
  }

  @Property(tries = 1000)
  void parse_throwsOnlyPatternSyntaxExceptionOnMutatedValidPatterns(
      @ForAll("patterns") Pattern valid,
      @ForAll @IntRange(min = 0, max = 10_000) int where,
      @ForAll @IntRange(min = 0, max = 3) int how,
      @ForAll("tokens") String insert) {
    String text = valid.toString();
    int at = where % (text.length() + 1);
    String mutated =
        switch (how) {
          case 0 -> text.substring(0, at); // truncate
          case 1 -> text.substring(0, at) + insert + text.substring(at); // insert
          case 2 ->
              text.substring(0, at) + text.substring(Math.min(text.length(), at + 1)); // delete
          default -> text.substring(at) + text.substring(0, at); // rotate
        };
    parseOrSyntaxError(mutated);
  }

  /** Parses; a pattern that parses must also print and re-parse to itself. */
  private static void parseOrSyntaxError(String text) {
    Pattern parsed;
    try {
      parsed = Pattern.parse(text);
    } catch (PatternSyntaxException expected) {
      assertThat(expected.position()).isBetween(0, text.length());
      assertThat(expected.expected()).isNotBlank();
      return;
    }
    assertThat(Pattern.parse(parsed.toString())).isEqualTo(parsed);
  }

  private static final List<String> TOKENS =
      List.of(
          "[",
          "]",
          "(",
          ")",
          ":",
          ".",
          ",",
          "*",
          "=",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "'",
          "\\",
          "'a'",
          "'\\''",
          "AND",
          "OR",
          "NOT",
          "FOLLOWEDBY",
          "WITHIN",
          "SECONDS",
          "REPEATS",
          "TIMES",
          "START",
          "STOP",
          "IN",
          "LIKE",
          "MATCHES",
          "ISSUBSET",
          "ISSUPERSET",
          "EXISTS",
          "true",
          "false",
          "file",
          "ipv4-addr",
          "x-a",
          "name",
          "hashes",
          "'SHA-256'",
          "0",
          "5",
          "-1",
          "1.5",
          ".5",
          "99999999999999999999",
          "t'2020-01-01T00:00:00Z'",
          "t'",
          "h'ff'",
          "h'f'",
          "b'QQ=='",
          "b'",
          "[0]",
          "[*]",
          " ",
          "\n",
          "\u0000",
          "é",
          "\uD83D\uDE00");

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.of(TOKENS);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(TOKENS)
        .list()
        .ofMaxSize(40)
        .flatMap(list -> Arbitraries.of("", " ").map(separator -> String.join(separator, list)));
  }

  // ---------------------------------------------------------------- generated trees

  @Property(tries = 1000)
  void print_thenParse_givesEqualTree(@ForAll("patterns") Pattern pattern) {
    String printed = pattern.toString();

    assertThat(Pattern.parse(printed)).as(printed).isEqualTo(pattern);
  }

  @Provide
  Arbitrary<Pattern> patterns() {
    return observations(3).map(Pattern::new);
  }

  private Arbitrary<ObservationExpression> observations(int depth) {
    Arbitrary<ObservationExpression> leaf = comparisons(2).map(Observation::new);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<ObservationExpression> lower = Arbitraries.lazy(() -> observations(depth - 1));
    Arbitrary<ObservationExpression> compound =
        Combinators.combine(
                Arbitraries.of(ObservationOperator.class), lower.list().ofMinSize(2).ofMaxSize(3))
            .as(CompoundObservation::new);
    Arbitrary<ObservationExpression> qualified =
        Combinators.combine(lower, qualifiers())
            .as(
                (expression, qualifier) ->
                    QualifiedObservation.alreadyQualifiedWith(expression, qualifier.getClass())
                        ? expression
                        : new QualifiedObservation(expression, qualifier));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(2, compound),
        net.jqwik.api.Tuple.of(1, qualified));
  }

  private Arbitrary<Qualifier> qualifiers() {
    Arbitrary<Qualifier> within = Arbitraries.longs().between(1, Long.MAX_VALUE).map(Within::new);
    Arbitrary<Qualifier> repeats = Arbitraries.longs().between(1, Long.MAX_VALUE).map(Repeats::new);
    Arbitrary<Qualifier> startStop =
        Combinators.combine(instants(), instants())
            .filter((a, b) -> !a.equals(b))
            .as((a, b) -> a.isBefore(b) ? new StartStop(a, b) : new StartStop(b, a));
    return Arbitraries.oneOf(within, repeats, startStop);
  }

  private Arbitrary<ComparisonExpression> comparisons(int depth) {
    Arbitrary<ComparisonExpression> leaf = comparison().map(c -> c);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<ComparisonExpression> compound =
        Combinators.combine(
                Arbitraries.of(BooleanOperator.class),
                Arbitraries.lazy(() -> comparisons(depth - 1)).list().ofMinSize(2).ofMaxSize(3))
            .as(CompoundComparison::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, compound));
  }

  private Arbitrary<Comparison> comparison() {
    return Combinators.combine(
            paths(), Arbitraries.of(ComparisonOperator.class), Arbitraries.of(true, false))
        .flatAs(
            (path, op, negated) ->
                valuesFor(op)
                    .map(
                        value ->
                            new Comparison(
                                path, op, negated && op != ComparisonOperator.EXISTS, value)));
  }

  private Arbitrary<Literal> valuesFor(ComparisonOperator op) {
    return switch (op) {
      case EXISTS -> Arbitraries.just(NoValue.INSTANCE);
      case IN -> sets();
      case LIKE, MATCHES, ISSUBSET, ISSUPERSET -> strings();
      case EQUAL, NOT_EQUAL -> singles();
      default -> singles().filter(op::accepts);
    };
  }

  private Arbitrary<Literal> sets() {
    List<Arbitrary<Literal>> kinds =
        List.of(strings(), integers(), floats(), booleans(), timestamps(), hexes(), binaries());
    return Arbitraries.of(kinds).flatMap(kind -> kind.list().ofMaxSize(4)).map(SetLiteral::new);
  }

  private Arbitrary<Literal> singles() {
    return Arbitraries.oneOf(
        strings(), integers(), floats(), booleans(), timestamps(), hexes(), binaries());
  }

  private Arbitrary<Literal> strings() {
    return Arbitraries.strings().ofMaxLength(12).map(StringLiteral::new);
  }

  private Arbitrary<Literal> integers() {
    return Arbitraries.longs().map(IntegerLiteral::new);
  }

  private Arbitrary<Literal> floats() {
    return Arbitraries.doubles().filter(Double::isFinite).map(FloatLiteral::new);
  }

  private Arbitrary<Literal> booleans() {
    return Arbitraries.of(BooleanLiteral.TRUE, BooleanLiteral.FALSE);
  }

  private Arbitrary<Literal> timestamps() {
    return instants().map(TimestampLiteral::new);
  }

  private Arbitrary<Literal> hexes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(HexLiteral::of);
  }

  private Arbitrary<Literal> binaries() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(BinaryLiteral::of);
  }

  private Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds =
        Arbitraries.longs()
            .between(
                Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  private Arbitrary<ObjectPath> paths() {
    Arbitrary<String> type =
        Arbitraries.oneOf(
            Arbitraries.of("file", "ipv4-addr", "network-traffic", "x-acme-widget"),
            Arbitraries.strings()
                .withChars("abcxyz0129")
                .ofMinLength(2)
                .ofMaxLength(8)
                .map(s -> "x" + s));
    Arbitrary<String> first =
        Arbitraries.strings().withChars("abcz_019").ofMinLength(1).ofMaxLength(8);
    Arbitrary<PathStep> step =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .ofMinLength(1)
                .ofMaxLength(8)
                .map(dev.lantern.stix.pattern.Property::new),
            Arbitraries.strings()
                .withChars("abcXYZ_09")
                .ofMinLength(1)
                .ofMaxLength(6)
                .map(dev.lantern.stix.pattern.Property::new),
            Arbitraries.integers().between(0, Integer.MAX_VALUE).map(Index::new),
            Arbitraries.just(AnyIndex.INSTANCE));
    return Combinators.combine(type, first, step.list().ofMaxSize(3))
        .as(
            (t, f, rest) -> {
              List<PathStep> steps = new ArrayList<>();
              steps.add(new dev.lantern.stix.pattern.Property(f));
              steps.addAll(rest);
              return new ObjectPath(t, steps);
            });
  }
}
