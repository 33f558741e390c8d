package dev.lantern.cli.feed;

import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.interop.StoreOption;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.interop.feed.Feed;
import dev.lantern.store.interop.feed.FeedRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern feed add URL [--name N]}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Registers a feed (adding it again changes nothing).")
final class FeedAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption db;

  @Option(names = "--name", paramLabel = "N", description = "What messages call the feed.")
  String name;

  @Parameters(paramLabel = "URL", description = "The feed's http(s) address.")
  String url;

  @Override
  public Integer call() {
    try (Store store = db.open();
        FeedRegistry feeds = FeedRegistry.open(db.location())) {
      Feed f = feeds.add(url, Optional.ofNullable(name), Instant.now());
      spec.commandLine()
          .getOut()
          .println("feed " + f.id() + ": " + f.name() + " <" + f.url() + ">");
      return ExitCodes.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("lantern feed add: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
