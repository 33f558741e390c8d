package dev.lantern.cli.taxii;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.server.taxii.TaxiiClientException;
import dev.lantern.server.taxii.TaxiiPull;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lantern taxii pull URL}: pages through a collection into the store. The last {@code
 * date_added} seen per collection is kept in a state file, so the next pull asks only for what was
 * added since ({@code added_after}); {@code --from-start} ignores it.
 */
@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    description = {
      "Pulls a TAXII 2.1 collection into the store, page by page; run it again to get what was",
      "added since. URL is the server's discovery URL, an API root or a collection URL."
    },
    footer = {
      "",
      "Examples:",
      "  lantern taxii pull https://cti.example.org/taxii2/ --collection tlp-green --token T",
      "  lantern taxii pull http://127.0.0.1:8080/taxii2/ --user demo --password P --allow-private"
    })
public final class PullCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "discovery, API root or collection URL")
  String url;

  @Option(names = "--collection", description = "collection id or alias")
  String collection;

  @Option(names = "--user", description = "HTTP Basic user")
  String user;

  @Option(names = "--password", description = "HTTP Basic password (or LANTERN_TAXII_PASSWORD)")
  String password;

  @Option(names = "--token", description = "API token (Authorization: Bearer)")
  String token;

  @Option(names = "--allow-private", description = "allow loopback and private server addresses")
  boolean allowPrivate;

  @Option(
      names = "--state",
      defaultValue = "lantern-data/taxii-state.json",
      description = "where the last date_added per collection is kept (default: ${DEFAULT-VALUE})")
  Path state;

  @Option(names = "--page-size", defaultValue = "1000", description = "objects asked per page")
  int pageSize;

  @Option(names = "--from-start", description = "ignore the saved position; pull everything")
  boolean fromStart;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (token != null && user != null) {
      err.println("lantern taxii pull: give --user/--password or --token, not both");
      return ExitCodes.BAD_INPUT;
    }
    String pw = password != null ? password : System.getenv("LANTERN_TAXII_PASSWORD");
    if (user != null && pw == null) {
      err.println("lantern taxii pull: --user needs --password (or LANTERN_TAXII_PASSWORD)");
      return ExitCodes.BAD_INPUT;
    }
    if (pageSize < 1) {
      err.println("lantern taxii pull: --page-size must be at least 1");
      return ExitCodes.BAD_INPUT;
    }
    Optional<String> auth =
        token != null
            ? Optional.of("Bearer " + token)
            : Optional.ofNullable(user).map(u -> TaxiiPull.basic(u, pw));
    TaxiiPull client = new TaxiiPull(auth, allowPrivate);
    try (Store store = KnowledgeStore.open(Main.db(spec))) {
      URI objects = client.objectsUrl(url, Optional.ofNullable(collection));
      ObjectNode saved = readState();
      String key = objects.toString();
      Optional<Instant> after =
          fromStart || !saved.has(key)
              ? Optional.empty()
              : Optional.of(Instant.parse(saved.get(key).asText()));
      after.ifPresent(a -> err.println("lantern taxii pull: resuming after " + a));
      TaxiiPull.Result r =
          client.pull(
              objects,
              after,
              store,
              pageSize,
              p -> p.lastAdded().ifPresent(t -> writeState(saved, key, t)));
      r.problems().forEach(p -> err.println("lantern taxii pull: " + p));
      out.println(
          "pulled "
              + r.received()
              + " objects in "
              + r.pages()
              + " pages from "
              + objects
              + ": "
              + r.stored()
              + " new or newer, "
              + r.failed()
              + " refused"
              + r.lastAdded().map(t -> "; last date_added " + t).orElse(""));
      return r.failed() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    } catch (TaxiiClientException | StoreException e) {
      err.println("lantern taxii pull: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  private ObjectNode readState() {
    ObjectMapper json = new ObjectMapper();
    if (!Files.exists(state)) {
      return json.createObjectNode();
    }
    try {
      var node = json.readTree(Files.readString(state, StandardCharsets.UTF_8));
      if (node instanceof ObjectNode o) {
        return o;
      }
    } catch (IOException e) {
      // fall through
    }
    throw new StoreException(
        "state file "
            + state
            + " is not a JSON object; delete it or pass --from-start --state NEW");
  }

  private void writeState(ObjectNode saved, String key, Instant last) {
    saved.put(key, last.toString());
    try {
      Path dir = state.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "taxii-state", ".tmp");
      Files.writeString(tmp, saved.toPrettyString(), StandardCharsets.UTF_8);
      Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("cannot save the pull position to " + state + ": " + e.getMessage());
    }
  }
}
