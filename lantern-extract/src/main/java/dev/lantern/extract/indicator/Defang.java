package dev.lantern.extract.indicator;

/**
 * Recognises one defanging token at a position of the text and says what it stands for. Every check
 * looks at most {@value #MAX_TOKEN} chars ahead, so recognising is O(1) per position and the
 * scanner stays linear.
 *
 * <p>Recognised (letters case-insensitive unless noted): {@code [.] (.) {.} [dot] (dot) {dot}}, the
 * same with one space inside or around them ({@code " [dot] "}), {@code " dot "} and {@code " DOT
 * "} between two labels, {@code \.}, {@code [.} before a label and {@code .]} after one, the
 * Ukrainian and Russian words for dot ({@code [крапка] [точка]}); {@code [at] (at) {at}}, the @
 * sign in square, round or curly brackets, the same with spaces around them, and {@code " AT "}
 * (upper case only, so that the English word "at" never joins two words into an address); {@code
 * [:]} and {@code [://]}; {@code [/]}. Scheme obfuscation ({@code hxxp}, {@code hXXps}, {@code
 * h__p}, {@code hzzzp}, {@code fxp}) is resolved by the URL parser, not here.
 */
final class Defang {
  private Defang() {}

  static final int DOT = 1;
  static final int AT = 2;
  static final int COLON = 3;
  static final int SLASH = 4;
  static final int SCHEME_SEPARATOR = 5;
  static final int NOTHING = 6;

  static final int MAX_TOKEN = 12;

  /**
   * Matches a defang token at {@code i}, given the last refanged char of the current run.
   *
   * @return {@code (length << 8) | code}, or 0 when there is none
   */
  static int match(CharSequence t, int i, int n, char prev) {
    char c = t.charAt(i);
    switch (c) {
      case '[', '(', '{' -> {
        int m = bracket(t, i, n);
        if (m == 0 && c == '[' && i + 2 < n && t.charAt(i + 1) == '.' && isWord(t.charAt(i + 2))) {
          return (2 << 8) | DOT; // "example[.com"
        }
        if (m == 0) {
          return 0;
        }
        int code = m & 0xFF;
        int after = i + (m >>> 8);
        if (code == AT && (after >= n || !isWord(t.charAt(after)))) {
          return 0;
        }
        return m;
      }
      case ' ' -> {
        if (!isWord(prev) || i + 2 >= n) {
          return 0;
        }
        char c1 = t.charAt(i + 1);
        if (c1 == '[' || c1 == '(' || c1 == '{') {
          int m = bracket(t, i + 1, n);
          int code = m & 0xFF;
          if (m == 0 || (code != DOT && code != AT)) {
            return 0;
          }
          int after = i + 1 + (m >>> 8);
          if (after < n && t.charAt(after) == ' ') {
            after++;
          }
          return after < n && isWord(t.charAt(after)) ? ((after - i) << 8) | code : 0;
        }
        if (i + 5 < n
            && t.charAt(i + 4) == ' '
            && isWord(t.charAt(i + 5))
            && (regionIs(t, i + 1, "dot") || regionIs(t, i + 1, "DOT"))) {
          return (5 << 8) | DOT;
        }
        if (i + 4 < n
            && t.charAt(i + 1) == 'A'
            && t.charAt(i + 2) == 'T'
            && t.charAt(i + 3) == ' '
            && isWord(t.charAt(i + 4))) {
          return (4 << 8) | AT;
        }
        return 0;
      }
      case '\\' -> {
        return i + 2 < n && t.charAt(i + 1) == '.' && isWord(t.charAt(i + 2)) ? (2 << 8) | DOT : 0;
      }
      case ']' -> {
        return prev == '.' && i + 1 < n && isWord(t.charAt(i + 1)) ? (1 << 8) | NOTHING : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  /** A bracketed token at {@code i}: opening bracket, content, the matching closing bracket. */
  private static int bracket(CharSequence t, int i, int n) {
    char open = t.charAt(i);
    char close = open == '[' ? ']' : open == '(' ? ')' : '}';
    int limit = Math.min(n, i + MAX_TOKEN);
    int j = i + 1;
    while (j < limit && t.charAt(j) != close) {
      char c = t.charAt(j);
      if (c == '[' || c == '(' || c == '{' || c == '\n') {
        return 0;
      }
      j++;
    }
    if (j >= limit) {
      return 0;
    }
    int s = i + 1;
    int e = j;
    while (s < e && t.charAt(s) == ' ') {
      s++;
    }
    while (e > s && t.charAt(e - 1) == ' ') {
      e--;
    }
    int code = content(t, s, e);
    return code == 0 ? 0 : ((j + 1 - i) << 8) | code;
  }

  private static int content(CharSequence t, int s, int e) {
    int len = e - s;
    if (len == 1) {
      return switch (t.charAt(s)) {
        case '.' -> DOT;
        case '@' -> AT;
        case ':' -> COLON;
        case '/' -> SLASH;
        default -> 0;
      };
    }
    if (regionIsIgnoreCase(t, s, e, "dot")
        || regionIsIgnoreCase(t, s, e, "точка")
        || regionIsIgnoreCase(t, s, e, "крапка")) {
      return DOT;
    }
    if (regionIsIgnoreCase(t, s, e, "at")) {
      return AT;
    }
    if (regionIsIgnoreCase(t, s, e, "://")) {
      return SCHEME_SEPARATOR;
    }
    return 0;
  }

  private static boolean regionIs(CharSequence t, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (t.charAt(at + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionIsIgnoreCase(CharSequence t, int s, int e, String word) {
    if (e - s != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(t.charAt(s + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Letters and digits of any script. */
  static boolean isWord(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }
}
