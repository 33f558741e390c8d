package dev.lantern.server;

import dev.lantern.server.HttpProblem.Kind;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing it (413) once it exceeds a limit, declared or not. */
public final class BoundedBody {
  private BoundedBody() {}

  /**
   * The body, at most {@code max} bytes.
   *
   * @throws HttpProblem TOO_LARGE when the declared or actual length exceeds {@code max}
   */
  public static byte[] read(Context ctx, long max) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(declared, max);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge(bytes.length, max);
      }
      return bytes;
    } catch (IOException e) {
      throw HttpProblem.badRequest("the request body could not be read", e.getMessage());
    }
  }

  private static HttpProblem tooLarge(long size, long max) {
    return new HttpProblem(
        Kind.TOO_LARGE,
        "the request body is too large",
        "it has " + size + "+ bytes; the limit is " + max + " bytes");
  }
}
