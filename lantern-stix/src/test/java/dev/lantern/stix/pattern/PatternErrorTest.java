package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatternErrorTest {

  /** Malformed pattern, 0-based error position, and a fragment of what the parser expected. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", 0, "'[' to open an observation"),
        Arguments.of("[ipv4-addr:value = '1.2.3.4' AND", 32, "object path"),
        Arguments.of("[ipv4-addr:value = '1.2.3.4'", 28, "']'"),
        Arguments.of("[ipv4-addr:value = '1.2.3.4']]", 29, "end of the pattern"),
        Arguments.of("[]", 1, "object path"),
        Arguments.of("[ipv4-addr:value '1.2.3.4']", 17, "comparison operator"),
        Arguments.of("[ipv4-addr:value = ]", 19, "a constant"),
        Arguments.of("[ipv4-addr value = 'x']", 11, "':' after the object type"),
        Arguments.of("[IPv4-Addr:value = 'x']", 1, "object type must start with a-z"),
        Arguments.of("[ab:value = 'x']", 1, "object type must start with a-z"),
        Arguments.of("[a--b:value = 'x']", 1, "object type must start with a-z"),
        Arguments.of("[file:Name = 'x']", 6, "property name of 1 to 250"),
        Arguments.of("[file:extensions.windows-pebinary-ext.x = 1]", 17, "quote other names"),
        Arguments.of("[file:name = 'unterminated]", 27, "closing quote"),
        Arguments.of("[file:name = 'bad \\n escape']", 18, "the only escapes"),
        Arguments.of("[file:name = 'x'] WITHIN 0 SECONDS", 25, "positive whole number"),
        Arguments.of("[file:name = 'x'] WITHIN -5 SECONDS", 25, "positive whole number"),
        Arguments.of("[file:name = 'x'] WITHIN 1.5 SECONDS", 25, "positive whole number"),
        Arguments.of("[file:name = 'x'] WITHIN 5 MINUTES", 27, "SECONDS"),
        Arguments.of("[file:name = 'x'] REPEATS 0 TIMES", 26, "positive whole number"),
        Arguments.of("[file:name = 'x'] REPEATS 2", 27, "TIMES"),
        Arguments.of(
            "[file:name = 'x'] START t'2020-01-02T00:00:00Z' STOP t'2020-01-01T00:00:00Z'",
            53,
            "STOP timestamp later"),
        Arguments.of("[file:name = 'x'] START '2020-01-01' STOP '2020-01-02'", 24, "timestamp"),
        Arguments.of("[file:created = t'2020-02-30T00:00:00Z']", 16, "RFC 3339"),
        Arguments.of("[file:created = t'2020-01-01 00:00:00Z']", 16, "RFC 3339"),
        Arguments.of("[file:created = t'2020-01-01T00:00:00+01:00']", 16, "RFC 3339"),
        Arguments.of("[file:created = t'2020-01-01T24:00:00Z']", 16, "RFC 3339"),
        Arguments.of("[file:created = t'2020-01-01T00:00:00.1234567890Z']", 16, "RFC 3339"),
        Arguments.of("[file:magic_number_hex = h'abc']", 25, "even number of hex digits"),
        Arguments.of("[file:magic_number_hex = h'zz']", 25, "even number of hex digits"),
        Arguments.of("[artifact:payload_bin = b'abc']", 24, "padded base64"),
        Arguments.of("[artifact:payload_bin = b'a=bc']", 24, "padded base64"),
        Arguments.of("[network-traffic:dst_port IN 80]", 29, "parenthesised set"),
        Arguments.of(
            "[network-traffic:dst_port = (80, 443)]", 28, "a set is only allowed after IN"),
        Arguments.of("[network-traffic:dst_port IN (80, '443')]", 34, "same type as the first"),
        Arguments.of("[network-traffic:dst_port IN (80, (1))]", 34, "a set is only allowed"),
        Arguments.of("[network-traffic:dst_port IN (80 443)]", 33, "',' or ')'"),
        Arguments.of("[file:name LIKE 5]", 16, "quoted string after LIKE"),
        Arguments.of("[file:name MATCHES true]", 19, "quoted string after MATCHES"),
        Arguments.of("[ipv4-addr:value ISSUBSET 5]", 26, "quoted string after ISSUBSET"),
        Arguments.of("[ipv4-addr:value ISSUPERSET h'00']", 28, "quoted string after ISSUPERSET"),
        Arguments.of("[file:size > true]", 13, "a number, string, timestamp"),
        Arguments.of("[file:name EXISTS]", 11, "EXISTS goes before the path"),
        Arguments.of("[file:name NOT EXISTS]", 15, "EXISTS cannot be negated"),
        Arguments.of("[file:size = 99999999999999999999]", 13, "an integer from"),
        Arguments.of("[file:size = 1.]", 15, "a digit after the decimal point"),
        Arguments.of("[file:size = -]", 14, "a digit after '-'"),
        Arguments.of("[file:size = 5x]", 14, "a space or operator after the number"),
        Arguments.of("[file:list[-1] = 'x']", 11, "list index"),
        Arguments.of("[file:list[a] = 'x']", 11, "list index"),
        Arguments.of("[file:list[0 = 'x']", 13, "']' after the list index"),
        Arguments.of("[file:name = 'x'] AND", 21, "'[' to open an observation"),
        Arguments.of("[file:name = 'x'] and [file:name = 'y']", 18, "AND, OR, FOLLOWEDBY"),
        Arguments.of(
            "[file:name = 'x'] WITHIN 5 SECONDS WITHIN 6 SECONDS", 35, "at most one WITHIN"),
        Arguments.of("([file:name = 'x']", 18, "')'"),
        Arguments.of("[file:name ! 'x']", 11, "'!='"),
        Arguments.of("[file:name = 'x'] @", 18, "a bracket, parenthesis"),
        Arguments.of("[file:'' = 'x']", 6, "non-empty quoted name"),
        Arguments.of("[file:name = 'x' OR ]", 20, "object path"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void parse_reportsPositionAndExpectation(String text, int position, String expected) {
    PatternSyntaxException e =
        catchThrowableOfType(PatternSyntaxException.class, () -> Pattern.parse(text));

    assertThat(e).as("no exception for %s", text).isNotNull();
    assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
    assertThat(e.expected()).as(e.getMessage()).contains(expected);
    assertThat(e.getMessage()).startsWith("pattern error at " + position + ": expected ");
  }

  @Test
  void parse_messageNamesPositionExpectationFoundTokenAndExcerpt() {
    PatternSyntaxException e =
        catchThrowableOfType(
            PatternSyntaxException.class, () -> Pattern.parse("[ipv4-addr:value = '1.2.3.4' OR]"));

    assertThat(e.getMessage())
        .isEqualTo(
            "pattern error at 31: expected an object path type:property whose object type must"
                + " start with a-z and have 3 to 250 characters among a-z, 0-9 and '-', without '--' but"
                + " found ']'"
                + " in \"[ipv4-addr:value = '1.2.3.4' OR]\"");
    assertThat(e.found()).isEqualTo("']'");
  }

  @Test
  void parse_hintsThatKeywordsAreUpperCase() {
    PatternSyntaxException e =
        catchThrowableOfType(
            PatternSyntaxException.class,
            () -> Pattern.parse("[file:name = 'x'] followedby [file:name = 'y']"));

    assertThat(e.expected()).endsWith("(keywords are written in upper case: FOLLOWEDBY)");
  }

  @Test
  void parse_boundsExcerptAndFoundTokenOfHugeInput() {
    String huge = "[file:name = 'x'] " + "x".repeat(100_000);

    PatternSyntaxException e =
        catchThrowableOfType(PatternSyntaxException.class, () -> Pattern.parse(huge));

    assertThat(e.position()).isEqualTo(18);
    assertThat(e.getMessage().length()).isLessThan(300);
  }

  @Test
  void parse_escapesControlCharactersInMessage() {
    PatternSyntaxException e =
        catchThrowableOfType(
            PatternSyntaxException.class, () -> Pattern.parse("[file:name =\n\u0001]"));

    assertThat(e.position()).isEqualTo(13);
    assertThat(e.getMessage()).contains("\\n\\u0001").doesNotContain("\n");
  }

  @Test
  void parse_rejectsMillionOpeningParenthesesWithoutStackOverflow() {
    String deep = "(".repeat(1_000_000) + "[file:name = 'x']" + ")".repeat(1_000_000);

    PatternSyntaxException e =
        catchThrowableOfType(PatternSyntaxException.class, () -> Pattern.parse(deep));

    assertThat(e.position()).isEqualTo(PatternParser.MAX_DEPTH);
    assertThat(e.expected()).contains("levels of nested parentheses");
  }

  @Test
  void parse_rejectsDeepComparisonNestingWithoutStackOverflow() {
    String deep = "[" + "(".repeat(1_000_000) + "file:name = 'x'" + ")".repeat(1_000_000) + "]";

    PatternSyntaxException e =
        catchThrowableOfType(PatternSyntaxException.class, () -> Pattern.parse(deep));

    assertThat(e.position()).isEqualTo(PatternParser.MAX_DEPTH);
  }

  @Test
  void parse_acceptsNestingUpToTheLimit() {
    int depth = PatternParser.MAX_DEPTH - 1;
    String nested = "(".repeat(depth) + "[file:name = 'x']" + ")".repeat(depth);

    assertThat(Pattern.parse(nested)).isEqualTo(Pattern.parse("[file:name = 'x']"));
  }
}
