package dev.lantern.cli.feed;

import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.interop.StoreOption;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.interop.feed.Feed;
import dev.lantern.store.interop.feed.FeedRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lantern feed list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the feeds: number, name, URL, entries ingested, last poll.")
final class FeedListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption db;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.open();
        FeedRegistry feeds = FeedRegistry.open(db.location())) {
      for (Feed f : feeds.list()) {
        out.println(
            f.id()
                + "\t"
                + f.name()
                + "\t"
                + f.url()
                + "\t"
                + f.entries()
                + " entries\t"
                + f.lastPolled().map(t -> "polled " + t).orElse("never polled"));
      }
      out.flush();
      return ExitCodes.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("lantern feed list: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
