package dev.lantern.stix.pattern;

import dev.lantern.stix.pattern.Token.Kind;

/**
 * Splits pattern text into tokens, on demand, left to right.
 *
 * <p>Design note. Every character is examined a bounded number of times, so lexing is linear in the
 * input and uses no regular expressions (attacker-controlled patterns cannot cause backtracking).
 * Tokens:
 *
 * <ul>
 *   <li>punctuation {@code [ ] ( ) : . , *} and the operators {@code = != < <= > >=};
 *   <li>words: a letter or '_' followed by letters, digits, '_' and '-' — keywords, object types
 *       and property names all lex as words; the parser decides by context and checks each rule;
 *   <li>strings in single quotes, whose only escapes are {@code \'} and {@code \\};
 *   <li>numbers: optional sign, digits, and for floats a '.' followed by at least one digit;
 *   <li>{@code t'…'}, {@code h'…'} and {@code b'…'}: a letter immediately followed by a quote;
 *       their contents are checked by the parser.
 * </ul>
 *
 * Whitespace (space, tab, CR, LF) separates tokens. Anything else is an error naming the offset.
 */
final class PatternLexer {
  private final String text;
  private int pos;

  PatternLexer(String text) {
    this.text = text;
  }

  /** Returns the next token; at the end, an {@link Kind#END} token, again on every call. */
  Token next() {
    skipWhitespace();
    int start = pos;
    if (pos >= text.length()) {
      return new Token(Kind.END, start, "", "");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '[':
        return single(Kind.LEFT_BRACKET);
      case ']':
        return single(Kind.RIGHT_BRACKET);
      case '(':
        return single(Kind.LEFT_PAREN);
      case ')':
        return single(Kind.RIGHT_PAREN);
      case ':':
        return single(Kind.COLON);
      case ',':
        return single(Kind.COMMA);
      case '*':
        return single(Kind.STAR);
      case '=':
        return single(Kind.OPERATOR);
      case '<':
      case '>':
        return peek(1) == '=' ? token(Kind.OPERATOR, start, start + 2) : single(Kind.OPERATOR);
      case '!':
        if (peek(1) == '=') {
          return token(Kind.OPERATOR, start, start + 2);
        }
        throw error(start, "'!=' (use NOT before an operator to negate it)", 1);
      case '\'':
        return string();
      case '.':
        return isDigit(peek(1)) ? number() : single(Kind.DOT);
      default:
        break;
    }
    if (c == '+' || c == '-' || isDigit(c)) {
      return number();
    }
    if ((c == 't' || c == 'h' || c == 'b') && peek(1) == '\'') {
      return prefixed(c);
    }
    if (isWordStart(c)) {
      return word();
    }
    throw error(start, "a bracket, parenthesis, comparison operator, keyword, name or constant", 1);
  }

  // ---------------------------------------------------------------- token kinds

  private Token single(Kind kind) {
    return token(kind, pos, pos + 1);
  }

  private Token token(Kind kind, int start, int end) {
    pos = end;
    String slice = text.substring(start, end);
    return new Token(kind, start, slice, slice);
  }

  private Token word() {
    int start = pos;
    pos++;
    while (pos < text.length()
        && (isWordStart(text.charAt(pos))
            || isDigit(text.charAt(pos))
            || text.charAt(pos) == '-')) {
      pos++;
    }
    String slice = text.substring(start, pos);
    return new Token(Kind.WORD, start, slice, slice);
  }

  private Token number() {
    int start = pos;
    if (text.charAt(pos) == '+' || text.charAt(pos) == '-') {
      pos++;
    }
    int digitsStart = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    boolean hasIntegerDigits = pos > digitsStart;
    Kind kind = Kind.INTEGER;
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      int fractionStart = pos;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos == fractionStart) {
        throw error(pos, "a digit after the decimal point", 1);
      }
      kind = Kind.FLOAT;
    } else if (!hasIntegerDigits) {
      throw error(pos, "a digit after '" + text.charAt(start) + "'", 1);
    }
    if (pos < text.length() && (isWordStart(text.charAt(pos)) || text.charAt(pos) == '.')) {
      throw error(pos, "a space or operator after the number", 1);
    }
    String slice = text.substring(start, pos);
    return new Token(kind, start, slice, slice);
  }

  private Token string() {
    int start = pos;
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'') {
        pos = i + 1;
        return new Token(Kind.STRING, start, text.substring(start, pos), value.toString());
      }
      if (c == '\\') {
        char escaped = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (escaped != '\'' && escaped != '\\') {
          throw error(i, "\\' or \\\\ (the only escapes in a pattern string)", 2);
        }
        value.append(escaped);
        i += 2;
      } else {
        value.append(c);
        i++;
      }
    }
    pos = text.length();
    throw new PatternSyntaxException(
        text,
        text.length(),
        "a closing quote for the string that starts at " + start,
        "end of input");
  }

  private Token prefixed(char prefix) {
    int start = pos;
    int close = text.indexOf('\'', start + 2);
    if (close < 0) {
      throw new PatternSyntaxException(
          text,
          text.length(),
          "a closing quote for the " + prefix + "'…' constant that starts at " + start,
          "end of input");
    }
    pos = close + 1;
    Kind kind = prefix == 't' ? Kind.TIMESTAMP : prefix == 'h' ? Kind.HEX : Kind.BINARY;
    return new Token(kind, start, text.substring(start, pos), text.substring(start + 2, close));
  }

  // ---------------------------------------------------------------- characters

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private PatternSyntaxException error(int at, String expected, int length) {
    int end = Math.min(text.length(), at + length);
    String found =
        at >= text.length()
            ? "end of input"
            : PatternSyntaxException.describe(text.substring(at, end));
    return new PatternSyntaxException(text, at, expected, found);
  }
}
