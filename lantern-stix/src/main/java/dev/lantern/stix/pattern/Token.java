package dev.lantern.stix.pattern;

/**
 * One lexical token of a pattern.
 *
 * @param kind what it is
 * @param start 0-based offset of its first character
 * @param text its source text (empty at end of input)
 * @param content for strings the unescaped value; for {@code t'…'}, {@code h'…'} and {@code b'…'}
 *     the text between the quotes; otherwise the same as {@code text}
 */
record Token(Kind kind, int start, String text, String content) {

  enum Kind {
    LEFT_BRACKET,
    RIGHT_BRACKET,
    LEFT_PAREN,
    RIGHT_PAREN,
    COLON,
    DOT,
    COMMA,
    STAR,
    OPERATOR,
    WORD,
    STRING,
    INTEGER,
    FLOAT,
    TIMESTAMP,
    HEX,
    BINARY,
    END
  }

  /** Whether this is the keyword (or other word) {@code word}; keywords are case-sensitive. */
  boolean isWord(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  /** Describes the token for an error message: {@code 'AND'} or {@code end of input}. */
  String describe() {
    return PatternSyntaxException.describe(text);
  }
}
