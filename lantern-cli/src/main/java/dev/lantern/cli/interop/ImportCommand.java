package dev.lantern.cli.interop;

import dev.lantern.cli.ExitCodes;
import dev.lantern.extract.ExtractException;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.document.UrlFetcher;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.interop.ImportFormat;
import dev.lantern.store.interop.ImportResult;
import dev.lantern.store.interop.Importer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern import}: STIX bundles, ATT&CK, MISP events and galaxy clusters into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Imports STIX 2.1 bundles (2.0 bundles are upgraded), MITRE ATT&CK bundles, MISP event JSON"
          + " and MISP galaxy cluster files into the knowledge store. Each file is checked whole"
          + " first; a bad file is reported with the place and nothing of it is stored. Importing"
          + " the same file again adds nothing.",
      ""
    },
    footer = {
      "",
      "With --download, each argument names a public source instead of a file:",
      "  attack-enterprise, attack-mobile, attack-ics  MITRE ATT&CK (attack-stix-data)",
      "  galaxy:NAME                                   a MISP galaxy cluster file, e.g."
          + " galaxy:threat-actor",
      "  an https:// URL                               any importable file",
      "",
      "Examples:",
      "  lantern import ../shared/conformance/kb/attack/enterprise-attack-stix20-assembled.json",
      "  lantern import --format galaxy ../shared/conformance/kb/misp-galaxy/clusters",
      "  lantern import --download attack-enterprise galaxy:threat-actor",
      "",
      "Exit codes: 0 every file imported; 2 some file could not be imported (the others are);"
          + " 3 internal error."
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption db;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "auto|stix|misp|attack|galaxy",
      description = "What the files hold (default: decide by content).")
  String format;

  @Option(
      names = "--download",
      description = "Fetch the named public sources (see below) instead of reading files.")
  boolean download;

  @Option(
      names = "--allow-private",
      description = "With --download: allow URLs on loopback and private addresses.")
  boolean allowPrivate;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders of .json files.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportFormat kind;
    try {
      kind = ImportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    int exit = ExitCodes.OK;
    try (Store store = db.open()) {
      Importer importer = new Importer(store);
      for (String input : inputs) {
        for (String item : download ? List.of(input) : files(input, err)) {
          long start = System.nanoTime();
          try {
            ImportResult r =
                download
                    ? downloadAndImport(importer, item, kind)
                    : importer.importFile(Path.of(item), kind);
            out.printf(
                Locale.ROOT, "%s in %.1f s%n", r.summary(), (System.nanoTime() - start) / 1e9);
            r.rejected().forEach(line -> err.println("lantern import: rejected " + line));
            if (!r.rejected().isEmpty()) {
              exit = ExitCodes.BAD_INPUT;
            }
          } catch (StoreException | ExtractException | IllegalArgumentException e) {
            err.println("lantern import: " + e.getMessage());
            exit = ExitCodes.BAD_INPUT;
          }
          out.flush();
        }
      }
    } catch (StoreException e) {
      err.println("lantern import: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    return exit;
  }

  /** A file, or the .json files of a folder in name order. */
  private static List<String> files(String input, PrintWriter err) {
    Path p = Path.of(input);
    if (!Files.isDirectory(p)) {
      return List.of(input);
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(p)) {
      s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted()
          .forEach(f -> out.add(f.toString()));
    } catch (IOException e) {
      err.println("lantern import: " + input + ": cannot list the folder: " + e.getMessage());
    }
    return out;
  }

  private ImportResult downloadAndImport(Importer importer, String name, ImportFormat kind) {
    String url = PublicSources.url(name);
    UrlFetcher fetcher =
        new UrlFetcher(
            FetchPolicy.standard().withAllowPrivate(allowPrivate).withMaxBytes(256L << 20));
    UrlFetcher.Body body = fetcher.fetchBody(url);
    return importer.importStream(url, new ByteArrayInputStream(body.bytes()), kind);
  }
}
