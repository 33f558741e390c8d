package dev.lantern.store.interop;

/** Shape checks for IP address text (optionally with a CIDR prefix), without DNS. */
final class IpText {
  private IpText() {}

  /** Dotted quad, each part 0-255 without leading zeros, optional {@code /0}-{@code /32}. */
  static boolean isIpv4(String s) {
    int slash = s.indexOf('/');
    String addr = slash < 0 ? s : s.substring(0, slash);
    if (slash >= 0 && !prefix(s.substring(slash + 1), 32)) {
      return false;
    }
    String[] parts = addr.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) < '0' || p.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** RFC 4291 text form (at most one {@code ::}, up to eight groups), optional prefix. */
  static boolean isIpv6(String s) {
    int slash = s.indexOf('/');
    String addr = slash < 0 ? s : s.substring(0, slash);
    if (slash >= 0 && !prefix(s.substring(slash + 1), 128)) {
      return false;
    }
    if (addr.length() < 2 || addr.indexOf(':') < 0) {
      return false;
    }
    String body = addr;
    int lastColon = body.lastIndexOf(':');
    String tail = body.substring(lastColon + 1);
    if (tail.indexOf('.') >= 0) {
      if (!isIpv4(tail)) {
        return false;
      }
      body = body.substring(0, lastColon + 1) + "0:0";
    }
    int gap = body.indexOf("::");
    if (gap < 0) {
      return groups(body) == 8;
    }
    if (body.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    int left = groups(body.substring(0, gap));
    int right = groups(body.substring(gap + 2));
    return left >= 0 && right >= 0 && left + right <= 7;
  }

  /** Number of colon-separated hex groups of 1-4 digits, 0 for empty text, -1 when malformed. */
  private static int groups(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    String[] parts = s.split(":", -1);
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 4) {
        return -1;
      }
      for (int k = 0; k < p.length(); k++) {
        if (Character.digit(p.charAt(k), 16) < 0) {
          return -1;
        }
      }
    }
    return parts.length;
  }

  private static boolean prefix(String p, int max) {
    if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return Integer.parseInt(p) <= max;
  }
}
