package dev.lantern.cli.serve;

import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.LanternServer;
import dev.lantern.server.ServerConfig;
import dev.lantern.server.ServerConfigException;
import dev.lantern.server.taxii.TaxiiConfig;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lantern serve}: the web UI, the JSON API and TAXII 2.1 from one process. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web UI, the JSON API (/api/) and TAXII 2.1 (/taxii2/) over the store (--db).",
      "Without --taxii-config, TAXII has one user, 'lantern', whose password is taken from",
      "LANTERN_TAXII_PASSWORD or generated and printed. Ctrl-C stops the server."
    },
    footer = {
      "",
      "Examples:",
      "  lantern serve",
      "  lantern serve --port 9000 --db jdbc:postgresql://db/lantern?user=u&password=p",
      "  lantern serve --bind 0.0.0.0 --taxii-config taxii.json"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "port (0 picks a free one)")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "address to listen on (default: this machine only)")
  String bind;

  @Option(names = "--taxii-config", description = "TAXII collections and users (JSON)")
  Path taxiiConfig;

  @Option(
      names = "--allow-private",
      description = "let URL ingest fetch private and loopback addresses")
  boolean allowPrivate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Store store;
    try {
      store = KnowledgeStore.open(Main.db(spec));
    } catch (StoreException e) {
      err.println("lantern serve: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    try {
      TaxiiConfig taxii;
      String password = null;
      if (taxiiConfig != null) {
        taxii = TaxiiConfig.load(taxiiConfig);
      } else {
        password = System.getenv("LANTERN_TAXII_PASSWORD");
        if (password == null || password.isBlank()) {
          password = randomSecret();
        }
        taxii = TaxiiConfig.withSingleUser("lantern", password, true);
      }
      LanternServer server =
          LanternServer.start(
              store,
              ServerConfig.local(port, taxii).withBind(bind),
              ReportExtractor.standard(),
              FetchPolicy.standard().withAllowPrivate(allowPrivate));
      out.println("Lantern is serving " + store.location());
      out.println("  web UI: " + server.url());
      out.println("  API:    " + server.url() + "api/openapi.json");
      out.println("  TAXII:  " + server.url() + "taxii2/");
      if (password != null && System.getenv("LANTERN_TAXII_PASSWORD") == null) {
        out.println("  TAXII user 'lantern', password " + password + " (this run only)");
      }
      out.println("Press Ctrl-C to stop.");
      out.flush();
      Serving.untilStopped(server, out, store::close);
      return ExitCodes.OK;
    } catch (ServerConfigException e) {
      err.println("lantern serve: " + e.getMessage());
      store.close();
      return ExitCodes.BAD_INPUT;
    }
  }

  /** A random URL-safe secret of 128 bits. */
  public static String randomSecret() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
