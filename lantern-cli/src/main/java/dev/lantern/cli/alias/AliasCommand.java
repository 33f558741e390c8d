package dev.lantern.cli.alias;

import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.cli.Terminal;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.store.AliasLink;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lantern alias list|link|unlink}: alias links with provenance. A link says that a source
 * holds two objects to name the same thing; it never merges them and can be removed.
 */
@Command(
    name = "alias",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, adds and removes alias links: who says that two objects name the same thing.",
      "Exit status: 0 done, 2 bad input (unknown object or link)."
    },
    subcommands = {
      AliasCommand.Lister.class,
      AliasCommand.Linker.class,
      AliasCommand.Unlinker.class
    })
public final class AliasCommand {

  /** Runs one alias action against the store; store errors are bad input. */
  private static int run(CommandSpec spec, StoreAction action) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = KnowledgeStore.open(Main.db(spec))) {
      action.run(store, out);
      out.flush();
      return ExitCodes.OK;
    } catch (StoreException e) {
      err.println("lantern alias " + spec.name() + ": " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  @FunctionalInterface
  private interface StoreAction {
    void run(Store store, PrintWriter out);
  }

  private static String describe(Store store, Identifier id) {
    return store
        .find(id)
        .map(o -> Terminal.printable(name(o)) + " (" + id + ")")
        .orElse(id.toString());
  }

  private static String name(StixObject o) {
    var t = dev.lantern.stix.json.StixJson.standard().toTree(o);
    return t.path("name").isTextual() ? t.path("name").asText() : o.id().toString();
  }

  static String line(Store store, AliasLink link) {
    return "#"
        + link.linkId()
        + "  "
        + describe(store, link.left())
        + " = "
        + describe(store, link.right())
        + "  source: "
        + Terminal.printable(link.source())
        + link.evidence().map(e -> "  evidence: " + Terminal.printable(e)).orElse("");
  }

  /** {@code alias list NAME|ID}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Alias links of an object.")
  static final class Lister implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME|ID", description = "The object.")
    String target;

    @Override
    public Integer call() {
      return run(
          spec,
          (store, out) -> {
            StixObject o = KnowledgeStore.resolve(store, target).get(0);
            java.util.List<AliasLink> links = store.aliases(o.id());
            for (AliasLink link : links) {
              out.println(line(store, link));
            }
            out.println(
                links.size()
                    + " alias link"
                    + (links.size() == 1 ? "" : "s")
                    + " of "
                    + describe(store, o.id()));
          });
    }
  }

  /** {@code alias link A B --source S}. */
  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description = "Records that SOURCE says A and B name the same thing.")
  static final class Linker implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "One object (name or id).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other object (name or id).")
    String b;

    @Option(
        names = "--source",
        required = true,
        paramLabel = "S",
        description = "Who says so: a report id, a feed, an analyst.")
    String source;

    @Option(names = "--evidence", paramLabel = "TEXT", description = "The supporting passage.")
    String evidence;

    @Override
    public Integer call() {
      return run(
          spec,
          (store, out) -> {
            Identifier left = KnowledgeStore.resolve(store, a).get(0).id();
            Identifier right = KnowledgeStore.resolve(store, b).get(0).id();
            AliasLink link = store.alias(left, right, source, Optional.ofNullable(evidence));
            out.println("linked " + line(store, link));
          });
    }
  }

  /** {@code alias unlink LINK_ID}. */
  @Command(
      name = "unlink",
      mixinStandardHelpOptions = true,
      description = "Removes one alias link; both objects stay as they are.")
  static final class Unlinker implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "LINK_ID", description = "The link's number, as 'alias list' shows.")
    String linkId;

    @Override
    public Integer call() {
      long id;
      try {
        id = Long.parseLong(linkId.startsWith("#") ? linkId.substring(1) : linkId);
      } catch (NumberFormatException e) {
        spec.commandLine()
            .getErr()
            .println(
                "lantern alias unlink: "
                    + Terminal.printable(linkId)
                    + " is not a link number; see 'lantern alias list NAME'");
        spec.commandLine().getErr().flush();
        return ExitCodes.BAD_INPUT;
      }
      return run(
          spec,
          (store, out) -> {
            store.unlink(id);
            out.println("removed alias link #" + id);
          });
    }
  }

  private AliasCommand() {}
}
