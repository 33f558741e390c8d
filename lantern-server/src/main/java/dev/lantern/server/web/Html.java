package dev.lantern.server.web;

/**
 * The one HTML escaping function of the server. Every piece of text that did not come from this
 * code (report text, names, parameters, error messages) goes through {@link #escape} before it
 * reaches a page, whether in element content or in a quoted attribute value.
 */
public final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} replaced by entities; safe in content and attributes. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      String rep =
          switch (ch) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (rep != null) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        sb.append(rep);
      } else if (sb != null) {
        sb.append(ch);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
