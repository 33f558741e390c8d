package dev.lantern.stix.pattern;

import dev.lantern.stix.pattern.Token.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser for STIX 2.1 patterns (specification section 9), written from the prose,
 * one method per construct:
 *
 * <pre>
 * pattern      = observations END
 * observations = level(FOLLOWEDBY) ; level(OR) ; level(AND) ; each a left-associative chain
 * qualified    = primary { WITHIN int SECONDS | REPEATS int TIMES | START t'…' STOP t'…' }
 * primary      = '[' comparisons ']' | '(' observations ')'
 * comparisons  = level(OR) ; level(AND) ; each a left-associative chain
 * comparison   = '(' comparisons ')' | EXISTS path | path [NOT] operator constant
 * path         = type ':' name { '.' name | '[' index ']' | '[*]' }
 * </pre>
 *
 * <p>Design note. Precedence, loosest first: FOLLOWEDBY, OR, AND between observations, then
 * qualifiers, which bind to the expression just before them; inside brackets OR, then AND. A chain
 * of one operator becomes one n-ary node; a parenthesised group stays its own node so that printing
 * and re-parsing gives an equal tree.
 *
 * <p>Limits. Each parenthesis or bracket costs one level of recursion, so nesting is capped at
 * {@link #MAX_DEPTH} and deeper input fails with a {@link PatternSyntaxException} instead of a
 * {@link StackOverflowError}. Qualifiers nest in the tree but not in the parser; an expression
 * takes each kind once, so a qualifier chain is at most three deep. Work is linear in the input:
 * one token of look-ahead, no backtracking, no regular expressions.
 *
 * <p>Semantic rules checked, each reported at the offending token: object type and property name
 * syntax; positive WITHIN and REPEATS counts; START before STOP; the value kind each operator takes
 * (a set after IN, strings after LIKE, MATCHES, ISSUBSET, ISSUPERSET); one element type per set;
 * valid timestamps, hex and base64. A parser instance is single-use and not thread-safe.
 */
final class PatternParser {
  /** Deepest nesting of parentheses and brackets accepted. */
  static final int MAX_DEPTH = 100;

  private final String text;
  private final PatternLexer lexer;
  private Token current;
  private int depth;

  PatternParser(String text) {
    this.text = text;
    this.lexer = new PatternLexer(text);
    this.current = lexer.next();
  }

  Pattern parse() {
    ObservationExpression root = observations(0);
    if (current.kind() != Kind.END) {
      throw expected("AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern");
    }
    return new Pattern(root);
  }

  // ---------------------------------------------------------------- observation expressions

  private static final ObservationOperator[] OBSERVATION_LEVELS = ObservationOperator.values();

  /** Parses a chain of the operator at {@code level} (0 = loosest) and everything tighter. */
  private ObservationExpression observations(int level) {
    if (level == OBSERVATION_LEVELS.length) {
      return qualified();
    }
    ObservationOperator op = OBSERVATION_LEVELS[level];
    ObservationExpression first = observations(level + 1);
    if (!current.isWord(op.keyword())) {
      return first;
    }
    List<ObservationExpression> operands = new ArrayList<>();
    operands.add(first);
    while (current.isWord(op.keyword())) {
      advance();
      operands.add(observations(level + 1));
    }
    return new CompoundObservation(op, operands);
  }

  private ObservationExpression qualified() {
    ObservationExpression expression = primaryObservation();
    while (true) {
      Token keyword = current;
      Qualifier qualifier;
      if (keyword.isWord("WITHIN")) {
        advance();
        qualifier = new Within(positiveInteger("a positive whole number of seconds after WITHIN"));
        expectWord("SECONDS");
      } else if (keyword.isWord("REPEATS")) {
        advance();
        qualifier = new Repeats(positiveInteger("a positive whole number of times after REPEATS"));
        expectWord("TIMES");
      } else if (keyword.isWord("START")) {
        advance();
        Instant start = timestamp(take(Kind.TIMESTAMP, "a timestamp t'…' after START"));
        expectWord("STOP");
        Token stopToken = take(Kind.TIMESTAMP, "a timestamp t'…' after STOP");
        Instant stop = timestamp(stopToken);
        if (!start.isBefore(stop)) {
          throw expected(stopToken, "a STOP timestamp later than the START timestamp");
        }
        qualifier = new StartStop(start, stop);
      } else {
        return expression;
      }
      if (QualifiedObservation.alreadyQualifiedWith(expression, qualifier.getClass())) {
        throw expected(
            keyword, "at most one " + keyword.text() + " qualifier on the same expression");
      }
      expression = new QualifiedObservation(expression, qualifier);
    }
  }

  private ObservationExpression primaryObservation() {
    if (current.kind() == Kind.LEFT_BRACKET) {
      enter();
      ComparisonExpression comparison = comparisons(0);
      take(Kind.RIGHT_BRACKET, "']' or AND, OR inside the observation");
      depth--;
      return new Observation(comparison);
    }
    if (current.kind() == Kind.LEFT_PAREN) {
      enter();
      ObservationExpression inner = observations(0);
      take(Kind.RIGHT_PAREN, "')' or AND, OR, FOLLOWEDBY, a qualifier");
      depth--;
      return inner;
    }
    throw expected("'[' to open an observation, or '('");
  }

  private long positiveInteger(String what) {
    Token token = current;
    if (token.kind() != Kind.INTEGER) {
      throw expected(what);
    }
    Optional<Long> value = parseLong(token.text());
    if (value.isEmpty() || value.get() <= 0) {
      throw expected(what);
    }
    advance();
    return value.get();
  }

  // ---------------------------------------------------------------- comparison expressions

  private static final BooleanOperator[] COMPARISON_LEVELS = BooleanOperator.values();

  private ComparisonExpression comparisons(int level) {
    if (level == COMPARISON_LEVELS.length) {
      return comparison();
    }
    BooleanOperator op = COMPARISON_LEVELS[level];
    ComparisonExpression first = comparisons(level + 1);
    if (!current.isWord(op.keyword())) {
      return first;
    }
    List<ComparisonExpression> operands = new ArrayList<>();
    operands.add(first);
    while (current.isWord(op.keyword())) {
      advance();
      operands.add(comparisons(level + 1));
    }
    return new CompoundComparison(op, operands);
  }

  private ComparisonExpression comparison() {
    if (current.kind() == Kind.LEFT_PAREN) {
      enter();
      ComparisonExpression inner = comparisons(0);
      take(Kind.RIGHT_PAREN, "')' or AND, OR");
      depth--;
      return inner;
    }
    if (current.isWord("EXISTS")) {
      advance();
      return Comparison.exists(path());
    }
    ObjectPath path = path();
    boolean negated = false;
    if (current.isWord("NOT")) {
      negated = true;
      advance();
    }
    Token operatorToken = current;
    ComparisonOperator op = operator();
    if (op == ComparisonOperator.EXISTS) {
      throw expected(
          operatorToken,
          negated
              ? "a comparison operator (EXISTS cannot be negated)"
              : "a comparison operator (EXISTS goes before the path: EXISTS type:property)");
    }
    Token valueToken = current;
    Literal value = constant(op == ComparisonOperator.IN);
    if (!op.accepts(value)) {
      throw expected(valueToken, op.expectedValue());
    }
    return new Comparison(path, op, negated, value);
  }

  private ComparisonOperator operator() {
    Token token = current;
    if (token.kind() == Kind.OPERATOR || token.kind() == Kind.WORD) {
      for (ComparisonOperator op : ComparisonOperator.values()) {
        if (op.symbol().equals(token.text())) {
          advance();
          return op;
        }
      }
    }
    throw expected(
        "a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)");
  }

  // ---------------------------------------------------------------- object paths

  private ObjectPath path() {
    Token typeToken = current;
    if (typeToken.kind() != Kind.WORD || !ObjectPath.isObjectType(typeToken.text())) {
      throw expected(
          "an object path type:property whose object type " + ObjectPath.OBJECT_TYPE_RULE);
    }
    advance();
    take(Kind.COLON, "':' after the object type");
    List<PathStep> steps = new ArrayList<>();
    Token first = current;
    String firstName = name("a property name after ':'");
    if (!Property.isObjectPropertyName(firstName)) {
      throw expected(first, "a property name " + ObjectPath.PROPERTY_NAME_RULE);
    }
    steps.add(new Property(firstName));
    while (true) {
      if (current.kind() == Kind.DOT) {
        advance();
        steps.add(new Property(name("a property name or quoted key after '.'")));
      } else if (current.kind() == Kind.LEFT_BRACKET) {
        advance();
        steps.add(index());
        take(Kind.RIGHT_BRACKET, "']' after the list index");
      } else {
        return new ObjectPath(typeToken.text(), steps);
      }
    }
  }

  /** A plain identifier or a quoted name; a word with '-' must be quoted. */
  private String name(String what) {
    Token token = current;
    if (token.kind() == Kind.STRING) {
      if (token.content().isEmpty()) {
        throw expected("a non-empty quoted name");
      }
      advance();
      return token.content();
    }
    if (token.kind() == Kind.WORD) {
      if (!Property.isPlainIdentifier(token.text())) {
        throw expected(
            "a name of letters, digits and '_' (quote other names: '" + token.text() + "')");
      }
      advance();
      return token.text();
    }
    throw expected(what);
  }

  private PathStep index() {
    if (current.kind() == Kind.STAR) {
      advance();
      return AnyIndex.INSTANCE;
    }
    Token token = current;
    String what = "a list index (a whole number from 0) or '*'";
    if (token.kind() != Kind.INTEGER || !isDigit(token.text().charAt(0))) {
      throw expected(what);
    }
    Optional<Long> value = parseLong(token.text());
    if (value.isEmpty() || value.get() > Integer.MAX_VALUE) {
      throw expected(what);
    }
    advance();
    return new Index(value.get().intValue());
  }

  // ---------------------------------------------------------------- constants

  /** Parses one constant; a parenthesised set only where {@code setAllowed}. */
  private Literal constant(boolean setAllowed) {
    Token token = current;
    if (token.kind() == Kind.LEFT_PAREN) {
      if (!setAllowed) {
        throw expected("a single value (a set is only allowed after IN)");
      }
      return set();
    }
    Literal value;
    switch (token.kind()) {
      case STRING:
        value = new StringLiteral(token.content());
        break;
      case INTEGER:
        value =
            new IntegerLiteral(
                parseLong(token.text())
                    .orElseThrow(
                        () ->
                            expected(
                                "an integer from -9223372036854775808 to 9223372036854775807")));
        break;
      case FLOAT:
        double d = Double.parseDouble(token.text());
        if (!Double.isFinite(d)) {
          throw expected("a float within the range of a 64-bit double");
        }
        value = new FloatLiteral(d);
        break;
      case TIMESTAMP:
        value = new TimestampLiteral(timestamp(token));
        break;
      case HEX:
        if (!HexLiteral.isHex(token.content())) {
          throw expected("h'…' holding an even number of hex digits");
        }
        value = new HexLiteral(token.content());
        break;
      case BINARY:
        if (!BinaryLiteral.isBase64(token.content())) {
          throw expected("b'…' holding padded base64 (A-Z a-z 0-9 + /, length a multiple of 4)");
        }
        value = new BinaryLiteral(token.content());
        break;
      case WORD:
        if (token.text().equals("true")) {
          value = BooleanLiteral.TRUE;
        } else if (token.text().equals("false")) {
          value = BooleanLiteral.FALSE;
        } else {
          throw expected("a constant: 'string', number, true, false, t'…', h'…' or b'…'");
        }
        break;
      default:
        throw expected("a constant: 'string', number, true, false, t'…', h'…' or b'…'");
    }
    advance();
    return value;
  }

  private SetLiteral set() {
    enter();
    List<Literal> elements = new ArrayList<>();
    if (current.kind() != Kind.RIGHT_PAREN) {
      while (true) {
        Token elementToken = current;
        Literal element = constant(false);
        if (!elements.isEmpty() && elements.get(0).getClass() != element.getClass()) {
          throw expected(
              elementToken,
              "a set element of the same type as the first (" + kindName(elements.get(0)) + ")");
        }
        elements.add(element);
        if (current.kind() != Kind.COMMA) {
          break;
        }
        advance();
      }
    }
    take(Kind.RIGHT_PAREN, "',' or ')' in the set");
    depth--;
    return new SetLiteral(elements);
  }

  private static String kindName(Literal literal) {
    String simple = literal.getClass().getSimpleName();
    return simple.substring(0, simple.length() - "Literal".length()).toLowerCase(Locale.ROOT);
  }

  private Instant timestamp(Token token) {
    return TimestampLiteral.parseUtc(token.content())
        .orElseThrow(
            () ->
                expected(
                    token,
                    "a valid RFC 3339 UTC timestamp like t'2024-01-01T00:00:00Z'"
                        + " (up to 9 fraction digits)"));
  }

  // ---------------------------------------------------------------- tokens and errors

  private void advance() {
    current = lexer.next();
  }

  private Token take(Kind kind, String what) {
    Token token = current;
    if (token.kind() != kind) {
      throw expected(what);
    }
    advance();
    return token;
  }

  private void expectWord(String word) {
    if (!current.isWord(word)) {
      throw expected(word);
    }
    advance();
  }

  /** Consumes an opening bracket or parenthesis, one level deeper. */
  private void enter() {
    if (depth >= MAX_DEPTH) {
      throw expected("at most " + MAX_DEPTH + " levels of nested parentheses and brackets");
    }
    depth++;
    advance();
  }

  private PatternSyntaxException expected(String what) {
    return expected(current, what);
  }

  private PatternSyntaxException expected(Token token, String what) {
    String upper = token.text().toUpperCase(Locale.ROOT);
    if (token.kind() == Kind.WORD && !upper.equals(token.text()) && KEYWORDS.contains(upper)) {
      what += " (keywords are written in upper case: " + upper + ")";
    }
    return new PatternSyntaxException(text, token.start(), what, token.describe());
  }

  private static final Set<String> KEYWORDS =
      Set.of(
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
          "EXISTS");

  private static Optional<Long> parseLong(String digits) {
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
