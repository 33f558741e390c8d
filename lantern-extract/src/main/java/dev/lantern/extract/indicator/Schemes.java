package dev.lantern.extract.indicator;

/**
 * URL schemes Lantern recognises, plain and obfuscated. Obfuscated forms are the ones analysts use
 * to defang links: {@code hxxp}, {@code hXXps}, {@code h__p}, {@code h**p}, {@code hzzzp}, {@code
 * fxp}; they map back to {@code http}, {@code https} and {@code ftp}.
 */
final class Schemes {
  private Schemes() {}

  private static final String[] PLAIN = {
    "http", "https", "ftp", "ftps", "sftp", "tftp", "tcp", "udp", "ws", "wss", "smb", "ldap",
    "ldaps", "ssh", "telnet", "irc", "rtsp"
  };

  /** The lower-case scheme spelled by {@code b[s, e)}, or null. */
  static String plain(char[] b, int s, int e) {
    int l = e - s;
    for (String scheme : PLAIN) {
      if (scheme.length() == l && equalsIgnoreCase(b, s, scheme)) {
        return scheme;
      }
    }
    return null;
  }

  /** The scheme an obfuscated spelling in {@code b[s, e)} stands for, or null. */
  static String obfuscated(char[] b, int s, int e) {
    int l = e - s;
    if (l == 3 && lower(b[s]) == 'f' && lower(b[s + 1]) == 'x' && lower(b[s + 2]) == 'p') {
      return "ftp";
    }
    if (l < 4 || l > 6 || lower(b[s]) != 'h') {
      return null;
    }
    boolean secure = lower(b[e - 1]) == 's';
    int pAt = secure ? e - 2 : e - 1;
    if (lower(b[pAt]) != 'p') {
      return null;
    }
    int middle = pAt - s - 1;
    if (middle < 2 || middle > 3) {
      return null;
    }
    boolean allT = true;
    for (int k = s + 1; k < pAt; k++) {
      char c = lower(b[k]);
      if (c != 'x' && c != '_' && c != '*' && c != 'z' && c != 't') {
        return null;
      }
      allT &= c == 't';
    }
    if (allT && middle == 2) {
      return null; // plain "http", handled by plain()
    }
    return secure ? "https" : "http";
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean equalsIgnoreCase(char[] b, int s, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (lower(b[s + k]) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
