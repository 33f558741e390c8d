package dev.lantern.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.server.HttpProblem.Kind;
import dev.lantern.server.taxii.TaxiiMedia;
import dev.lantern.server.web.Html;
import dev.lantern.stix.StixException;
import dev.lantern.store.NotFoundException;
import dev.lantern.store.StoreException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;

/**
 * The one place where a refusal becomes an HTTP response: the status of each {@link Kind}, and the
 * body in the dialect of the part of the server asked — a TAXII error object under {@code
 * /taxii2/}, {@code {"error", "detail"}} under {@code /api/}, a small HTML page elsewhere.
 */
public final class Problems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** The HTTP status of a kind of problem. */
  public static int status(Kind kind) {
    return switch (kind) {
      case BAD_REQUEST -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case NOT_ACCEPTABLE -> 406;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case INTERNAL -> 500;
    };
  }

  /** The problem an exception from below stands for. */
  static HttpProblem of(Exception e) {
    if (e instanceof HttpProblem p) {
      return p;
    }
    if (e instanceof NotFoundException) {
      return new HttpProblem(Kind.NOT_FOUND, e.getMessage());
    }
    if (e instanceof StixException) {
      return new HttpProblem(Kind.BAD_REQUEST, e.getMessage());
    }
    if (e instanceof HttpResponseException h) {
      Kind kind =
          switch (h.getStatus()) {
            case 400 -> Kind.BAD_REQUEST;
            case 401 -> Kind.UNAUTHENTICATED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 406 -> Kind.NOT_ACCEPTABLE;
            case 413 -> Kind.TOO_LARGE;
            case 415 -> Kind.UNSUPPORTED_MEDIA_TYPE;
            default -> Kind.INTERNAL;
          };
      return new HttpProblem(kind, h.getMessage());
    }
    if (e instanceof StoreException) {
      return new HttpProblem(Kind.INTERNAL, "the store failed: " + e.getMessage());
    }
    return new HttpProblem(
        Kind.INTERNAL, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
  }

  private static final String ANSWERED = "lantern.problem.answered";

  /** Answers a request no route matched (Javalin's own 404 and 405), unless a problem did. */
  static void unmatched(Context ctx) {
    if (ctx.attribute(ANSWERED) == null) {
      Kind kind = ctx.statusCode() == 405 ? Kind.BAD_REQUEST : Kind.NOT_FOUND;
      respond(
          ctx,
          new HttpProblem(
              kind, "there is nothing at " + ctx.method() + " " + ctx.path(), "check the URL"));
      ctx.status(ctx.statusCode() == 405 ? 405 : 404);
    }
  }

  /** Writes the response for {@code problem} to {@code ctx}. */
  static void respond(Context ctx, HttpProblem problem) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    int status = status(problem.kind());
    ctx.status(status);
    String path = ctx.path();
    if (path.startsWith("/taxii2")) {
      ObjectNode body = JSON.createObjectNode();
      body.put("title", problem.getMessage());
      problem.detail().ifPresent(d -> body.put("description", d));
      body.put("http_status", String.valueOf(status));
      if (problem.kind() == Kind.UNAUTHENTICATED) {
        ctx.header("WWW-Authenticate", "Basic realm=\"Lantern TAXII\", charset=\"UTF-8\"");
      }
      ctx.contentType(TaxiiMedia.TAXII).result(body.toString().getBytes(StandardCharsets.UTF_8));
    } else if (path.startsWith("/api")) {
      ObjectNode body = JSON.createObjectNode();
      body.put("error", problem.getMessage());
      problem.detail().ifPresentOrElse(d -> body.put("detail", d), () -> body.putNull("detail"));
      ctx.contentType("application/json").result(body.toString().getBytes(StandardCharsets.UTF_8));
    } else {
      ctx.contentType("text/html; charset=utf-8")
          .result(
              "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lantern: "
                  + status
                  + "</title><link rel=\"stylesheet\" href=\"/static/lantern.css\"></head>"
                  + "<body><main class=\"problem\"><h1>"
                  + status
                  + "</h1><p>"
                  + Html.escape(problem.getMessage())
                  + "</p><p><a href=\"/\">Back to the dashboard</a></p></main></body></html>");
    }
  }
}
