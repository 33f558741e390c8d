package dev.lantern.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternParseTest {

  private static ObjectPath path(String type, String... names) {
    return ObjectPath.of(type, names);
  }

  private static Comparison eq(String type, String property, String value) {
    return Comparison.equal(path(type, property), new StringLiteral(value));
  }

  @Test
  void parse_buildsSingleObservation() {
    Pattern pattern = Pattern.parse("[ipv4-addr:value = '198.51.100.7']");

    assertThat(pattern.root()).isEqualTo(new Observation(eq("ipv4-addr", "value", "198.51.100.7")));
  }

  @Test
  void parse_observationAndBindsTighterThanOrWhichBindsTighterThanFollowedBy() {
    Pattern pattern =
        Pattern.parse("[a-b:x = 1] FOLLOWEDBY [a-b:x = 2] OR [a-b:x = 3] AND [a-b:x = 4]");

    ObservationExpression one = obs(1);
    ObservationExpression two = obs(2);
    ObservationExpression three = obs(3);
    ObservationExpression four = obs(4);
    assertThat(pattern.root())
        .isEqualTo(
            new CompoundObservation(
                ObservationOperator.FOLLOWEDBY,
                List.of(
                    one,
                    new CompoundObservation(
                        ObservationOperator.OR,
                        List.of(
                            two,
                            new CompoundObservation(
                                ObservationOperator.AND, List.of(three, four)))))));
  }

  private static Observation obs(long x) {
    return new Observation(Comparison.equal(path("a-b", "x"), new IntegerLiteral(x)));
  }

  @Test
  void parse_flattensChainOfOneOperatorButKeepsParenthesisedGroups() {
    Pattern flat = Pattern.parse("[a-b:x = 1] AND [a-b:x = 2] AND [a-b:x = 3]");
    Pattern grouped = Pattern.parse("([a-b:x = 1] AND [a-b:x = 2]) AND [a-b:x = 3]");

    assertThat(flat.root())
        .isEqualTo(
            new CompoundObservation(ObservationOperator.AND, List.of(obs(1), obs(2), obs(3))));
    assertThat(grouped.root())
        .isEqualTo(
            new CompoundObservation(
                ObservationOperator.AND,
                List.of(
                    new CompoundObservation(ObservationOperator.AND, List.of(obs(1), obs(2))),
                    obs(3))));
    assertThat(grouped.toString()).isEqualTo("([a-b:x = 1] AND [a-b:x = 2]) AND [a-b:x = 3]");
  }

  @Test
  void parse_comparisonAndBindsTighterThanOr() {
    Pattern pattern = Pattern.parse("[a-b:x = 1 OR a-b:x = 2 AND a-b:y = 3]");

    Comparison x1 = Comparison.equal(path("a-b", "x"), new IntegerLiteral(1));
    Comparison x2 = Comparison.equal(path("a-b", "x"), new IntegerLiteral(2));
    Comparison y3 = Comparison.equal(path("a-b", "y"), new IntegerLiteral(3));
    assertThat(pattern.root())
        .isEqualTo(
            new Observation(
                new CompoundComparison(
                    BooleanOperator.OR,
                    List.of(x1, new CompoundComparison(BooleanOperator.AND, List.of(x2, y3))))));
  }

  @Test
  void parse_parenthesesOverrideComparisonPrecedence() {
    Pattern pattern = Pattern.parse("[(a-b:x = 1 OR a-b:x = 2) AND a-b:y = 3]");

    CompoundComparison top = (CompoundComparison) ((Observation) pattern.root()).comparison();
    assertThat(top.op()).isEqualTo(BooleanOperator.AND);
    assertThat(top.operands().get(0)).isInstanceOf(CompoundComparison.class);
    assertThat(pattern.toString()).isEqualTo("[(a-b:x = 1 OR a-b:x = 2) AND a-b:y = 3]");
  }

  @Test
  void parse_qualifiersBindToPrecedingExpressionAndNestInWrittenOrder() {
    Pattern pattern =
        Pattern.parse(
            "([a-b:x = 1] FOLLOWEDBY [a-b:x = 2]) REPEATS 5 TIMES WITHIN 180 SECONDS"
                + " AND [a-b:x = 3]");

    CompoundObservation and = (CompoundObservation) pattern.root();
    assertThat(and.op()).isEqualTo(ObservationOperator.AND);
    QualifiedObservation within = (QualifiedObservation) and.operands().get(0);
    assertThat(within.qualifier()).isEqualTo(new Within(180));
    QualifiedObservation repeats = (QualifiedObservation) within.expression();
    assertThat(repeats.qualifier()).isEqualTo(new Repeats(5));
    assertThat(repeats.expression()).isInstanceOf(CompoundObservation.class);
  }

  @Test
  void parse_readsStartStopQualifier() {
    Pattern pattern =
        Pattern.parse(
            "[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.5Z'");

    QualifiedObservation q = (QualifiedObservation) pattern.root();
    assertThat(q.qualifier())
        .isEqualTo(
            new StartStop(
                Instant.parse("2016-06-01T00:00:00Z"), Instant.parse("2016-07-01T00:00:00.500Z")));
    assertThat(pattern.toString())
        .isEqualTo(
            "[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.500Z'");
  }

  @Test
  void parse_readsObjectPathWithQuotedKeysAndIndexes() {
    Comparison c =
        first(Pattern.parse("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]"));

    assertThat(c.path())
        .isEqualTo(
            new ObjectPath(
                "file",
                List.of(
                    new Property("extensions"),
                    new Property("windows-pebinary-ext"),
                    new Property("sections"),
                    AnyIndex.INSTANCE,
                    new Property("entropy"))));
    assertThat(c.path().propertyPath())
        .isEqualTo("extensions.'windows-pebinary-ext'.sections[*].entropy");
    assertThat(c.op()).isEqualTo(ComparisonOperator.GREATER_THAN);
    assertThat(c.value()).isEqualTo(new FloatLiteral(7.0));
  }

  @Test
  void parse_readsListIndexAndEscapedQuoteInKey() {
    Comparison c = first(Pattern.parse("[x-thing:x_list[12].'a\\'b' = 'v']"));

    assertThat(c.path().steps())
        .containsExactly(new Property("x_list"), new Index(12), new Property("a'b"));
    assertThat(c.path().toString()).isEqualTo("x-thing:x_list[12].'a\\'b'");
  }

  private static Comparison first(Pattern pattern) {
    return (Comparison) ((Observation) pattern.root()).comparison();
  }

  @Test
  void parse_unescapesStringLiterals() {
    Comparison c = first(Pattern.parse("[file:name = 'it\\'s C:\\\\dir']"));

    assertThat(c.value()).isEqualTo(new StringLiteral("it's C:\\dir"));
    assertThat(c.toString()).isEqualTo("file:name = 'it\\'s C:\\\\dir'");
  }

  @Test
  void parse_readsEveryLiteralKind() {
    assertThat(first(Pattern.parse("[x-a:p = -42]")).value()).isEqualTo(new IntegerLiteral(-42));
    assertThat(first(Pattern.parse("[x-a:p = +42]")).value()).isEqualTo(new IntegerLiteral(42));
    assertThat(first(Pattern.parse("[x-a:p = -.5]")).value()).isEqualTo(new FloatLiteral(-0.5));
    assertThat(first(Pattern.parse("[x-a:p = true]")).value()).isEqualTo(BooleanLiteral.TRUE);
    assertThat(first(Pattern.parse("[x-a:p != false]")).value()).isEqualTo(BooleanLiteral.FALSE);
    assertThat(first(Pattern.parse("[x-a:p = t'2024-02-29T23:59:59.123456789Z']")).value())
        .isEqualTo(new TimestampLiteral(Instant.parse("2024-02-29T23:59:59.123456789Z")));
    assertThat(first(Pattern.parse("[x-a:p = h'FFd8']")).value())
        .isEqualTo(HexLiteral.of(new byte[] {(byte) 0xff, (byte) 0xd8}));
    assertThat(first(Pattern.parse("[x-a:p = b'dGVzdA==']")).value())
        .isEqualTo(BinaryLiteral.of("test".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  @Test
  void parse_readsSetsAfterIn() {
    Comparison c = first(Pattern.parse("[network-traffic:dst_port NOT IN (80, 443,8080)]"));

    assertThat(c.negated()).isTrue();
    assertThat(c.op()).isEqualTo(ComparisonOperator.IN);
    assertThat(c.value())
        .isEqualTo(
            new SetLiteral(
                List.of(
                    new IntegerLiteral(80), new IntegerLiteral(443), new IntegerLiteral(8080))));
    assertThat(c.toString()).isEqualTo("network-traffic:dst_port NOT IN (80, 443, 8080)");
  }

  @Test
  void parse_existsHasNoValue() {
    Comparison c = first(Pattern.parse("[EXISTS windows-registry-key:values[*].name]"));

    assertThat(c.op()).isEqualTo(ComparisonOperator.EXISTS);
    assertThat(c.value()).isEqualTo(NoValue.INSTANCE);
    assertThat(c.negated()).isFalse();
    assertThat(c.toString()).isEqualTo("EXISTS windows-registry-key:values[*].name");
  }

  @Test
  void parse_readsEveryOperatorAndNegation() {
    for (ComparisonOperator op : ComparisonOperator.values()) {
      if (op == ComparisonOperator.EXISTS || op == ComparisonOperator.IN) {
        continue;
      }
      Comparison c = first(Pattern.parse("[x-a:p NOT " + op.symbol() + " 'v']"));
      assertThat(c.op()).isEqualTo(op);
      assertThat(c.negated()).isTrue();
    }
  }

  @Test
  void parse_acceptsWhitespaceVariants() {
    Pattern spaced = Pattern.parse(" \t[ ipv4-addr : value\n=\r\n'10.0.0.0' ] ");
    assertThat(spaced).isEqualTo(Pattern.parse("[ipv4-addr:value='10.0.0.0']"));
  }

  @Test
  void parse_acceptsEmptySetAndSetsOfEveryKind() {
    assertThat(first(Pattern.parse("[x-a:p IN ()]")).value()).isEqualTo(new SetLiteral(List.of()));
    Pattern p =
        Pattern.parse(
            "[x-a:p IN (true, false) OR x-a:q IN (t'2020-01-01T00:00:00Z') OR x-a:r IN (h'00', h'ff')]");
    assertThat(Pattern.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void parse_handlesLongFlatPatternsIteratively() {
    StringBuilder text = new StringBuilder("[ipv4-addr:value = '10.0.0.0'");
    for (int i = 1; i < 20_000; i++) {
      text.append(" OR ipv4-addr:value = '10.0.")
          .append(i / 256)
          .append('.')
          .append(i % 256)
          .append('\'');
    }
    text.append(']');
    for (int i = 0; i < 2_000; i++) {
      text.append(" FOLLOWEDBY [file:name = 'f").append(i).append("']");
    }

    Pattern pattern = Pattern.parse(text.toString());

    CompoundObservation root = (CompoundObservation) pattern.root();
    assertThat(root.operands()).hasSize(2_001);
    assertThat(
            ((CompoundComparison) ((Observation) root.operands().get(0)).comparison()).operands())
        .hasSize(20_000);
    assertThat(Pattern.parse(pattern.toString())).isEqualTo(pattern);
  }

  @Test
  void toString_printsFloatsWithPointAndWithoutExponent() {
    assertThat(new FloatLiteral(1e10).toString()).isEqualTo("10000000000.0");
    assertThat(new FloatLiteral(1e-7).toString()).isEqualTo("0.0000001");
    assertThat(new FloatLiteral(-0.0).toString()).isEqualTo("0.0");
  }

  /** Examples from the STIX 2.1 specification, section 9 and the indicator examples. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND"
            + " email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
        "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR"
            + " ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']",
        "[domain-name:value = 'example.com'] FOLLOWEDBY [ipv4-addr:value = '198.51.100.1']",
        "([file:name = 'foo.dll'] AND [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar'])"
            + " OR [process:name = 'fooproc' OR process:name = 'procfoo']",
        "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY"
            + " [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar'] WITHIN 300 SECONDS",
        "[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND"
            + " user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND"
            + " user-account:user_id = '1008' AND user-account:account_login = 'Paul']",
        "[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND"
            + " artifact:payload_bin MATCHES '\\\\xd4\\\\xc3\\\\xb2\\\\xa1\\\\x02\\\\x00\\\\x04\\\\x00']",
        "[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\\\Windows\\\\System32']",
        "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
        "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']",
        "[network-traffic:dst_ref.type = 'domain-name' AND"
            + " network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 180 SECONDS",
        "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
        "[ipv4-addr:value ISSUPERSET '198.51.100.0/28']",
        "[file:created > t'2014-01-13T07:03:17Z'] START t'2016-06-01T00:00:00Z' STOP"
            + " t'2016-07-01T00:00:00Z'",
        "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' NOT = 'gzip']",
        "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$']"
            + " FOLLOWEDBY [process:command_line MATCHES"
            + " '^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$'] WITHIN 300 SECONDS",
        "[email-message:from_ref.value LIKE '%@example.com']",
        "[file:size >= 1000000 AND file:name LIKE '%.exe' AND file:size <= 3000000]",
        "[network-traffic:dst_port IN (80, 443, 8080)]",
        "[network-traffic:protocols[0] = 'tcp' AND network-traffic:protocols[1] != 'http']",
        "[EXISTS windows-registry-key:values]",
        "[file:contents_ref.payload_bin = b'dGhpcyBpcyBhIHRlc3Q=']",
        "[x509-certificate:issuer = 'CN=WEBMAIL' AND"
            + " x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
        "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\System\\\\CurrentControlSet\\\\Services\\\\WSALG2']",
        "[file:name = 'pdf.exe' OR file:size = 371712] AND [file:created = t'2014-01-13T07:03:17Z']",
        "[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']",
        "[user-account:is_privileged = true]",
        "([a-b:x = 1] OR [a-b:x = 2]) WITHIN 5 SECONDS",
      })
  void parse_acceptsSpecificationExamplesAndRoundTrips(String text) {
    Pattern pattern = Pattern.parse(text);

    assertThat(Pattern.parse(pattern.toString())).isEqualTo(pattern);
  }
}
