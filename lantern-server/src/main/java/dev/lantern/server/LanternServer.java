package dev.lantern.server;

import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.api.ApiRoutes;
import dev.lantern.server.read.Knowledge;
import dev.lantern.server.taxii.TaxiiRoutes;
import dev.lantern.server.web.WebRoutes;
import dev.lantern.server.work.Workbench;
import dev.lantern.store.Store;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Lantern's HTTP server: TAXII 2.1 under {@code /taxii2/}, the JSON API under {@code /api/}, the
 * web UI everywhere else, all over one store. Start with {@link #start}; {@link #close} stops it
 * and waits for requests in flight. The store stays open (the caller owns it).
 */
public final class LanternServer implements AutoCloseable {
  private final Javalin app;
  private final ServerConnector connector;
  private final String host;

  private LanternServer(Javalin app, ServerConnector connector, String host) {
    this.app = app;
    this.connector = connector;
    this.host = host;
  }

  /**
   * Starts serving {@code store}: TAXII, the JSON API and the web UI. Ingest uses {@code extractor}
   * (expensive to build; share one) and fetches URLs under {@code fetchPolicy}.
   *
   * @throws ServerConfigException when the address cannot be bound
   */
  public static LanternServer start(
      Store store, ServerConfig config, ReportExtractor extractor, FetchPolicy fetchPolicy) {
    Knowledge knowledge = new Knowledge(store);
    Workbench workbench = new Workbench(store, extractor, fetchPolicy);
    return start(
        store,
        config,
        List.of(
            new ApiRoutes(knowledge, workbench, config.maxRequestBytes()),
            new WebRoutes(knowledge, workbench, extractor, config.maxRequestBytes())));
  }

  /** Starts TAXII plus the given route sets. */
  static LanternServer start(
      Store store, ServerConfig config, List<Consumer<JavalinDefaultRoutingApi>> extraRoutes) {
    TaxiiRoutes taxii = new TaxiiRoutes(store, config.taxii(), config.taxiiMaxContentLength());
    ServerConnector[] connector = new ServerConnector[1];
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = config.maxRequestBytes();
              cfg.jetty.addConnector(
                  (server, http) -> {
                    http.setSendServerVersion(false);
                    ServerConnector c =
                        new ServerConnector(server, new HttpConnectionFactory(http));
                    c.setHost(config.bind());
                    c.setPort(config.port());
                    c.setIdleTimeout(config.idleTimeout().toMillis());
                    connector[0] = c;
                    return c;
                  });
              cfg.jetty.multipartConfig.maxTotalRequestSize(
                  config.maxRequestBytes(), io.javalin.config.SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxFileSize(
                  config.maxRequestBytes(), io.javalin.config.SizeUnit.BYTES);
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/dev/lantern/server/static";
                    sf.location = Location.CLASSPATH;
                  });
              cfg.routes.exception(
                  Exception.class, (e, ctx) -> Problems.respond(ctx, Problems.of(e)));
              cfg.routes.error(404, Problems::unmatched);
              cfg.routes.error(405, Problems::unmatched);
              taxii.register(cfg.routes);
              extraRoutes.forEach(r -> r.accept(cfg.routes));
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      throw new ServerConfigException(
          "cannot listen on "
              + config.bind()
              + ":"
              + config.port()
              + " ("
              + e.getMessage()
              + "); choose another --port or --bind");
    }
    return new LanternServer(app, connector[0], config.bind());
  }

  /** The port the server listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0")) {
      h = "127.0.0.1";
    }
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Stops the server; requests in flight finish first. */
  @Override
  public void close() {
    app.stop();
  }
}
