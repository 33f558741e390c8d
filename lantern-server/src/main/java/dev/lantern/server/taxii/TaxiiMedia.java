package dev.lantern.server.taxii;

import dev.lantern.server.HttpProblem;
import dev.lantern.server.HttpProblem.Kind;
import java.util.Locale;

/** TAXII 2.1 media types and the negotiation rules of the specification (section 1.6.8). */
public final class TaxiiMedia {
  /** The media type of every TAXII 2.1 request and response body. */
  public static final String TAXII = "application/taxii+json;version=2.1";

  /** The media type of STIX 2.1 content, listed by every collection. */
  public static final String STIX = "application/stix+json;version=2.1";

  private TaxiiMedia() {}

  /**
   * Refuses a request whose {@code Accept} admits no TAXII 2.1 response. Absent, {@code * / *},
   * {@code application/*}, {@code application/taxii+json} (any version means the latest) and the
   * exact type are acceptable.
   */
  static void requireAcceptable(String accept) {
    if (accept == null || accept.isBlank()) {
      return;
    }
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("*/*") || type.equals("application/*")) {
        return;
      }
      if (type.equals("application/taxii+json")) {
        String version = versionOf(parts);
        if (version == null || version.equals("2.1")) {
          return;
        }
      }
    }
    throw new HttpProblem(
        Kind.NOT_ACCEPTABLE,
        "this server answers only in " + TAXII,
        "the request's Accept header was: " + accept);
  }

  /** Refuses a body that is not declared as TAXII 2.1 JSON. */
  static void requireTaxiiBody(String contentType) {
    if (contentType != null) {
      String[] parts = contentType.split(";");
      if (parts[0].trim().equalsIgnoreCase("application/taxii+json")
          && "2.1".equals(versionOf(parts))) {
        return;
      }
    }
    throw new HttpProblem(
        Kind.UNSUPPORTED_MEDIA_TYPE,
        "a POST body must be sent as " + TAXII,
        "the request's Content-Type was: " + contentType);
  }

  private static String versionOf(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("version")) {
        return p.substring(eq + 1).trim().replace("\"", "");
      }
    }
    return null;
  }
}
