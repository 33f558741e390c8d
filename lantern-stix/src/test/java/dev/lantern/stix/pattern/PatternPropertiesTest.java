package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the parser on hostile and generated input.
 *
 * <p>Design note: every property runs QuickTheories with its own fixed seed, so a CI failure
 * reproduces locally. Generators are built once (the tree generator is bounded to three levels of
 * observation nesting and two of comparison nesting, so no laziness is needed) and describe their
 * values by the printed pattern with non-printable characters escaped, which keeps the shrunk
 * falsifying example readable. Shrinking works on the random draws, so it also applies through the
 * {@code map}/{@code zip}/{@code flatMap} chains below.
 */
class PatternPropertiesTest {

  // ---------------------------------------------------------------- hostile input

  @Test
  void parse_throwsOnlyPatternSyntaxExceptionOnRandomText() {
    qt().withFixedSeed(0xA77E_0001L)
        .withExamples(500)
        .forAll(randomText())
        .checkAssert(PatternPropertiesTest::parseOrSyntaxError);
  }

  @Test
  void parse_throwsOnlyPatternSyntaxExceptionOnTokenSoup() {
    qt().withFixedSeed(0xA77E_0002L)
        .withExamples(1000)
        .forAll(tokenSoup())
        .checkAssert(PatternPropertiesTest::parseOrSyntaxError);
  }

  @Test
  void parse_throwsOnlyPatternSyntaxExceptionOnMutatedValidPatterns() {
    qt().withFixedSeed(0xA77E_0003L)
        .withExamples(1000)
        .forAll(
            PATTERNS,
            integers().between(0, 10_000),
            arbitrary().enumValues(Mutation.class),
            tokens())
        .checkAssert(
            (valid, where, how, insert) -> parseOrSyntaxError(how.apply(valid, where, insert)));
  }

  /** Ways to damage a printed pattern at a position. */
  private enum Mutation {
    TRUNCATE,
    INSERT,
    DELETE,
    ROTATE;

    String apply(Pattern valid, int where, String insert) {
      String text = valid.toString();
      int at = where % (text.length() + 1);
      return switch (this) {
        case TRUNCATE -> text.substring(0, at);
        case INSERT -> text.substring(0, at) + insert + text.substring(at);
        case DELETE -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
        case ROTATE -> text.substring(at) + text.substring(0, at);
      };
    }
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

  /** Any code points, and separately plain ASCII, up to 60 characters. */
  private static Gen<String> randomText() {
    return strings()
        .allPossible()
        .ofLengthBetween(0, 60)
        .mix(strings().ascii().ofLengthBetween(0, 60))
        .describedAs(PatternPropertiesTest::visible);
  }

  private static Gen<String> tokens() {
    return arbitrary().pick(TOKENS).describedAs(PatternPropertiesTest::visible);
  }

  /** Up to 40 pattern tokens, joined either directly or with single spaces. */
  private static Gen<String> tokenSoup() {
    return lists()
        .of(arbitrary().pick(TOKENS))
        .ofSizeBetween(0, 40)
        .zip(arbitrary().pick("", " "), (list, separator) -> String.join(separator, list))
        .describedAs(PatternPropertiesTest::visible);
  }

  // ---------------------------------------------------------------- generated trees

  @Test
  void print_thenParse_givesEqualTree() {
    qt().withFixedSeed(0xA77E_0004L)
        .withExamples(1000)
        .forAll(PATTERNS)
        .checkAssert(
            pattern -> {
              String printed = pattern.toString();

              assertThat(Pattern.parse(printed)).as(printed).isEqualTo(pattern);
            });
  }

  private static final Gen<Pattern> PATTERNS =
      observations(3).map(Pattern::new).describedAs(p -> visible(p.toString()));

  private static Gen<ObservationExpression> observations(int depth) {
    Gen<ObservationExpression> leaf = comparisons(1).map(Observation::new);
    if (depth == 0) {
      return leaf;
    }
    Gen<ObservationExpression> lower = observations(depth - 1);
    Gen<ObservationExpression> compound =
        arbitrary()
            .enumValues(ObservationOperator.class)
            .zip(lists().of(lower).ofSizeBetween(2, 3), CompoundObservation::new);
    Gen<ObservationExpression> qualified =
        lower.zip(
            qualifiers(),
            (expression, qualifier) ->
                QualifiedObservation.alreadyQualifiedWith(expression, qualifier.getClass())
                    ? expression
                    : new QualifiedObservation(expression, qualifier));
    return Generate.frequency(
        List.of(Pair.of(3, leaf), Pair.of(2, compound), Pair.of(1, qualified)));
  }

  private static Gen<Qualifier> qualifiers() {
    Gen<Qualifier> within = longs().between(1, Long.MAX_VALUE).map(Within::new);
    Gen<Qualifier> repeats = longs().between(1, Long.MAX_VALUE).map(Repeats::new);
    Gen<Qualifier> startStop =
        instants()
            .zip(instants(), Pair::of)
            .assuming(p -> !p._1.equals(p._2))
            .map(p -> p._1.isBefore(p._2) ? new StartStop(p._1, p._2) : new StartStop(p._2, p._1));
    return oneOf(List.of(within, repeats, startStop));
  }

  private static Gen<ComparisonExpression> comparisons(int depth) {
    Gen<ComparisonExpression> leaf = comparison().map(c -> c);
    if (depth == 0) {
      return leaf;
    }
    Gen<ComparisonExpression> compound =
        arbitrary()
            .enumValues(BooleanOperator.class)
            .zip(lists().of(comparisons(depth - 1)).ofSizeBetween(2, 3), CompoundComparison::new);
    return Generate.frequency(List.of(Pair.of(3, leaf), Pair.of(1, compound)));
  }

  private static Gen<Comparison> comparison() {
    Gen<ObjectPath> paths = paths();
    Gen<ComparisonOperator> ops = arbitrary().enumValues(ComparisonOperator.class);
    Gen<Boolean> negations = booleans().all();
    Map<ComparisonOperator, Gen<Literal>> values = new EnumMap<>(ComparisonOperator.class);
    for (ComparisonOperator op : ComparisonOperator.values()) {
      values.put(op, valuesFor(op));
    }
    return random -> {
      ObjectPath path = paths.generate(random);
      ComparisonOperator op = ops.generate(random);
      boolean negated = negations.generate(random);
      Literal value = values.get(op).generate(random);
      return new Comparison(path, op, negated && op != ComparisonOperator.EXISTS, value);
    };
  }

  private static Gen<Literal> valuesFor(ComparisonOperator op) {
    return switch (op) {
      case EXISTS -> Generate.constant(NoValue.INSTANCE);
      case IN -> sets();
      case LIKE, MATCHES, ISSUBSET, ISSUPERSET -> stringLiterals();
      case EQUAL, NOT_EQUAL -> singles();
      default -> singles().assuming(op::accepts);
    };
  }

  private static Gen<Literal> sets() {
    List<Gen<Literal>> kinds =
        List.of(
            stringLiterals(),
            integerLiterals(),
            floatLiterals(),
            booleanLiterals(),
            timestampLiterals(),
            hexLiterals(),
            binaryLiterals());
    return arbitrary()
        .pick(kinds)
        .<List<Literal>>flatMap(kind -> lists().of(kind).ofSizeBetween(0, 4))
        .map(SetLiteral::new);
  }

  private static Gen<Literal> singles() {
    return oneOf(
        List.of(
            stringLiterals(),
            integerLiterals(),
            floatLiterals(),
            booleanLiterals(),
            timestampLiterals(),
            hexLiterals(),
            binaryLiterals()));
  }

  private static Gen<Literal> stringLiterals() {
    return strings().allPossible().ofLengthBetween(0, 12).map(StringLiteral::new);
  }

  private static Gen<Literal> integerLiterals() {
    return longs().all().map(IntegerLiteral::new);
  }

  private static Gen<Literal> floatLiterals() {
    return doubles().any().assuming(Double::isFinite).map(FloatLiteral::new);
  }

  private static Gen<Literal> booleanLiterals() {
    return arbitrary().pick(List.<Literal>of(BooleanLiteral.TRUE, BooleanLiteral.FALSE));
  }

  private static Gen<Literal> timestampLiterals() {
    return instants().map(TimestampLiteral::new);
  }

  private static Gen<Literal> hexLiterals() {
    return byteArrays().map(HexLiteral::of);
  }

  private static Gen<Literal> binaryLiterals() {
    return byteArrays().map(BinaryLiteral::of);
  }

  private static Gen<byte[]> byteArrays() {
    return Generate.byteArrays(
        integers().between(0, 8), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  private static Gen<Instant> instants() {
    Gen<Long> seconds =
        longs()
            .between(
                Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    Gen<Integer> nanos = Generate.constant(0).mix(integers().between(0, 999_999_999));
    return seconds.zip(nanos, Instant::ofEpochSecond);
  }

  private static Gen<ObjectPath> paths() {
    Gen<String> type =
        arbitrary()
            .pick("file", "ipv4-addr", "network-traffic", "x-acme-widget")
            .mix(stringsOf("abcxyz0129", 2, 8).map(s -> "x" + s));
    Gen<String> first = stringsOf("abcz_019", 1, 8);
    Gen<PathStep> step =
        oneOf(
            List.of(
                strings().allPossible().ofLengthBetween(1, 8).map(Property::new),
                stringsOf("abcXYZ_09", 1, 6).map(Property::new),
                integers().between(0, Integer.MAX_VALUE).map(Index::new),
                Generate.constant(AnyIndex.INSTANCE)));
    return type.zip(
        first,
        lists().of(step).ofSizeBetween(0, 3),
        (t, f, rest) -> {
          List<PathStep> steps = new ArrayList<>();
          steps.add(new Property(f));
          steps.addAll(rest);
          return new ObjectPath(t, steps);
        });
  }

  /** Strings of {@code min..max} characters drawn from {@code alphabet}. */
  private static Gen<String> stringsOf(String alphabet, int min, int max) {
    List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
    return lists()
        .of(arbitrary().pick(chars))
        .ofSizeBetween(min, max)
        .map(
            list -> {
              StringBuilder s = new StringBuilder(list.size());
              list.forEach(s::append);
              return s.toString();
            });
  }

  /** Picks one of {@code choices} with equal weight, shrinking towards the first. */
  private static <T> Gen<T> oneOf(List<Gen<T>> choices) {
    return Generate.frequency(choices.stream().map(g -> Pair.of(1, g)).toList());
  }

  /**
   * The text quoted, with backslashes and quotes escaped and control, non-ASCII and surrogate
   * characters as {@code \\uXXXX}, so a reported falsifying example can be pasted into a Java
   * string literal.
   */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
