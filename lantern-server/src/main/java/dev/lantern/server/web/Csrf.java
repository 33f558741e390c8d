package dev.lantern.server.web;

import dev.lantern.server.HttpProblem;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for the UI's forms: each browser session gets a random token in an HttpOnly,
 * SameSite=Strict cookie; every form carries it in a hidden {@value #FIELD} field, and a POST whose
 * field does not equal the cookie is refused (403). Another site can neither read the cookie nor
 * guess the token.
 */
public final class Csrf {
  static final String COOKIE = "lantern_session";
  static final String FIELD = "csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The session's token, created (and set as a cookie) on first use. */
  public static String token(Context ctx) {
    String existing = ctx.cookie(COOKIE);
    if (existing != null && existing.length() == 43) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
    return token;
  }

  /** The hidden form field carrying the token. */
  public static String field(Context ctx) {
    return "<input type=\"hidden\" name=\""
        + FIELD
        + "\" value=\""
        + Html.escape(token(ctx))
        + "\">";
  }

  /**
   * Refuses a POST without the session's token.
   *
   * @param sent the token the form sent (from a form field or multipart part)
   */
  public static void check(Context ctx, String sent) {
    String cookie = ctx.cookie(COOKIE);
    if (cookie == null
        || sent == null
        || !MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw HttpProblem.forbidden(
          "this form was not sent from a Lantern page of this session (missing or wrong CSRF"
              + " token); reload the page and send it again");
    }
  }
}
