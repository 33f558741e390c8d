package dev.lantern.server;

import java.util.Optional;

/**
 * A request the server refuses, with what was wrong and what to do. Handlers throw it; {@link
 * Problems} maps its {@link Kind} to the HTTP status, in one place.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a request was refused; each kind has one HTTP status (see {@link Problems#status}). */
  public enum Kind {
    BAD_REQUEST,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    TOO_LARGE,
    CONFLICT,
    INTERNAL
  }

  private final Kind kind;
  private final String detail;

  public HttpProblem(Kind kind, String message, String detail) {
    super(message);
    this.kind = kind;
    this.detail = detail;
  }

  public HttpProblem(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** More about the problem (a JSON path, the offending parameter), if any. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  public static HttpProblem badRequest(String message, String detail) {
    return new HttpProblem(Kind.BAD_REQUEST, message, detail);
  }

  public static HttpProblem notFound(String message) {
    return new HttpProblem(Kind.NOT_FOUND, message);
  }

  public static HttpProblem forbidden(String message) {
    return new HttpProblem(Kind.FORBIDDEN, message);
  }
}
