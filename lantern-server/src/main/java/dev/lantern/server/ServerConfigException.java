package dev.lantern.server;

/** The server cannot start as configured; the message names the setting and the fix. */
public final class ServerConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServerConfigException(String message) {
    super(message);
  }
}
