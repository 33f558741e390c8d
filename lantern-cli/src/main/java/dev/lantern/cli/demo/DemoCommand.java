package dev.lantern.cli.demo;

import dev.lantern.app.hunt.HuntResult;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.serve.ServeCommand;
import dev.lantern.cli.serve.Serving;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.server.LanternServer;
import dev.lantern.server.ServerConfig;
import dev.lantern.server.ServerConfigException;
import dev.lantern.server.taxii.TaxiiConfig;
import dev.lantern.server.work.Workbench;
import dev.lantern.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lantern demo}: creates a store in a temporary folder, ingests the built-in corpus and
 * advisory, sweeps the sample log once (so sightings exist), serves it, and removes the folder when
 * stopped.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Lantern on a throw-away store filled with the built-in sample reports (English,",
      "Ukrainian, Russian), an advisory with indicators and a log swept once. Prints the URL;",
      "Ctrl-C stops it and deletes the store."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "port (default ${DEFAULT-VALUE}; a free one is taken when it is busy)")
  int port;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = Files.createTempDirectory("lantern-demo-");
    Store store = Store.open(dir.resolve("lantern.db").toString());
    Runnable cleanup =
        () -> {
          store.close();
          delete(dir);
        };
    try {
      ReportExtractor extractor = ReportExtractor.standard();
      Workbench bench = new Workbench(store, extractor, FetchPolicy.standard());
      int stored = 0;
      for (DemoCorpus.Doc doc : DemoCorpus.documents()) {
        IngestOutcome outcome = bench.ingestBytes(doc.name(), doc.bytes());
        if (outcome instanceof IngestOutcome.Failed f) {
          err.println("lantern demo: " + f.reason());
        } else {
          stored++;
        }
      }
      HuntResult hunt = bench.sweepUpload("demo/sample.log", DemoCorpus.sampleLog());
      out.println(
          "Demo store "
              + dir
              + ": "
              + stored
              + " documents ingested; sample log swept, "
              + hunt.sweep().hits()
              + " hits"
              + hunt.sightings().map(s -> " (sightings: " + s + ")").orElse(""));

      String password = ServeCommand.randomSecret();
      TaxiiConfig taxii = TaxiiConfig.withSingleUser("demo", password, true);
      LanternServer server;
      try {
        server = start(store, extractor, taxii, port);
      } catch (ServerConfigException busy) {
        if (port == 0) {
          throw busy;
        }
        err.println("lantern demo: port " + port + " is busy; taking a free one");
        server = start(store, extractor, taxii, 0);
      }
      out.println("Lantern demo: " + server.url());
      out.println(
          "  TAXII 2.1: " + server.url() + "taxii2/  (user demo, password " + password + ")");
      out.println("Press Ctrl-C to stop; the demo store is deleted then.");
      out.flush();
      Serving.untilStopped(server, out, cleanup);
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      cleanup.run();
      throw e;
    }
  }

  private static LanternServer start(
      Store store, ReportExtractor extractor, TaxiiConfig taxii, int port) {
    return LanternServer.start(
        store, ServerConfig.local(port, taxii), extractor, FetchPolicy.standard());
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the OS cleans it.
    }
  }
}
