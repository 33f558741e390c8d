package dev.lantern.server.taxii;

import dev.lantern.server.HttpProblem;
import dev.lantern.server.HttpProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Finds the user of a request from its {@code Authorization} header: HTTP Basic (name and password)
 * or {@code Bearer} (API token). Digests are compared in constant time; every user is checked, so
 * the time taken does not say which names exist.
 */
final class Authenticator {
  private final TaxiiConfig config;

  Authenticator(TaxiiConfig config) {
    this.config = config;
  }

  /**
   * The authenticated user.
   *
   * @throws HttpProblem UNAUTHENTICATED when credentials are missing, malformed or wrong
   */
  TaxiiConfig.User authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw new HttpProblem(
          Kind.UNAUTHENTICATED,
          "authentication required",
          "send HTTP Basic credentials or an Authorization: Bearer <token> header");
    }
    Optional<TaxiiConfig.User> user = Optional.empty();
    String header = authorization.trim();
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new HttpProblem(Kind.UNAUTHENTICATED, "the Basic credentials are not valid base64");
      }
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        String name = decoded.substring(0, colon);
        byte[] digest = TaxiiConfig.digest(decoded.substring(colon + 1));
        for (TaxiiConfig.User u : config.users()) {
          boolean match =
              u.passwordDigest().map(d -> MessageDigest.isEqual(d, digest)).orElse(false)
                  & u.name().equals(name);
          if (match) {
            user = Optional.of(u);
          }
        }
      }
    } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      byte[] digest = TaxiiConfig.digest(header.substring(7).trim());
      for (TaxiiConfig.User u : config.users()) {
        if (u.tokenDigest().map(d -> MessageDigest.isEqual(d, digest)).orElse(false)) {
          user = Optional.of(u);
        }
      }
    }
    return user.orElseThrow(
        () -> new HttpProblem(Kind.UNAUTHENTICATED, "the credentials are not valid"));
  }
}
