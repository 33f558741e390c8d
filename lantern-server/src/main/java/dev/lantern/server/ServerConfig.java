package dev.lantern.server;

import dev.lantern.server.taxii.TaxiiConfig;
import java.time.Duration;

/**
 * How the server listens and what it accepts.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} keeps it on this machine)
 * @param port the port; 0 picks a free one (see {@link LanternServer#port()})
 * @param maxRequestBytes the largest request body of the API and UI (uploads included)
 * @param taxiiMaxContentLength the largest TAXII POST body, announced by the API root
 * @param idleTimeout how long an idle connection stays open
 * @param taxii TAXII collections and users
 */
public record ServerConfig(
    String bind,
    int port,
    long maxRequestBytes,
    long taxiiMaxContentLength,
    Duration idleTimeout,
    TaxiiConfig taxii) {

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new ServerConfigException("port " + port + " is out of range; use 0 to 65535");
    }
    if (maxRequestBytes < 1024 || taxiiMaxContentLength < 1024) {
      throw new ServerConfigException("request size limits must be at least 1024 bytes");
    }
  }

  /** Loopback, the given port, 32 MiB bodies, 10 MiB TAXII posts, 30 s idle timeout. */
  public static ServerConfig local(int port, TaxiiConfig taxii) {
    return new ServerConfig("127.0.0.1", port, 32L << 20, 10L << 20, Duration.ofSeconds(30), taxii);
  }

  public ServerConfig withTaxiiMaxContentLength(long bytes) {
    return new ServerConfig(bind, port, maxRequestBytes, bytes, idleTimeout, taxii);
  }

  public ServerConfig withBind(String address) {
    return new ServerConfig(
        address, port, maxRequestBytes, taxiiMaxContentLength, idleTimeout, taxii);
  }
}
