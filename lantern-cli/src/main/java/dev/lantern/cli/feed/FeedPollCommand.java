package dev.lantern.cli.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.lantern.app.ingest.Ingest;
import dev.lantern.app.ingest.IngestInput;
import dev.lantern.app.ingest.IngestOutcome;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.interop.StoreOption;
import dev.lantern.extract.ExtractException;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.document.UrlFetcher;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.interop.feed.Feed;
import dev.lantern.store.interop.feed.FeedRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lantern feed poll}: fetches every feed, and ingests the page each new entry links to.
 *
 * <p>An entry is known by its id (RSS {@code guid}, Atom {@code id}), else its link. It is
 * remembered only once its page is stored (or the store already held it), so a failed page is tried
 * again at the next poll. Feeds are parsed by ROME with doctypes refused (no XML external
 * entities); feeds and pages are fetched with the URL fetcher's size, time and address limits.
 */
@Command(
    name = "poll",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches every feed and ingests the page of each entry not ingested before.",
      "Exit codes: 0 every feed and page read; 2 some feed or page failed (named on stderr; the"
          + " others are still polled); 3 internal error."
    })
final class FeedPollCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption db;

  @Option(
      names = "--allow-private",
      description = "Allow feeds and pages on loopback and private addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FetchPolicy policy = FetchPolicy.standard().withAllowPrivate(allowPrivate);
    int exit = ExitCodes.OK;
    try (Store store = db.open();
        FeedRegistry feeds = FeedRegistry.open(db.location())) {
      Ingest ingest = new Ingest(store, ReportExtractor.standard(), policy);
      UrlFetcher fetcher = new UrlFetcher(policy);
      for (Feed feed : feeds.list()) {
        String label = "feed " + feed.name() + " <" + feed.url() + ">";
        SyndFeed parsed;
        try {
          parsed = parse(fetcher.fetchBody(feed.url()).bytes());
        } catch (ExtractException e) {
          err.println("lantern feed poll: " + label + ": cannot fetch it: " + e.getMessage());
          exit = ExitCodes.BAD_INPUT;
          continue;
        } catch (FeedException | IOException | IllegalArgumentException e) {
          err.println(
              "lantern feed poll: "
                  + label
                  + ": not a valid RSS or Atom feed: "
                  + e.getMessage()
                  + "; check the URL with feed list");
          exit = ExitCodes.BAD_INPUT;
          continue;
        }
        int fresh = 0;
        int stored = 0;
        int failed = 0;
        for (SyndEntry entry : parsed.getEntries()) {
          Optional<String> link = Optional.ofNullable(entry.getLink()).map(String::strip);
          String key =
              Optional.ofNullable(entry.getUri())
                  .filter(u -> !u.isBlank())
                  .or(() -> link)
                  .orElse("");
          if (key.isEmpty() || feeds.seen(feed, key)) {
            continue;
          }
          fresh++;
          if (link.isEmpty()
              || !(link.get().startsWith("http://") || link.get().startsWith("https://"))) {
            err.println(
                "lantern feed poll: " + label + ": entry " + key + " has no http(s) link; skipped");
            failed++;
            continue;
          }
          IngestOutcome outcome;
          try {
            outcome = ingest.ingest(new IngestInput.FromUrl(URI.create(link.get())));
          } catch (IllegalArgumentException e) {
            outcome = new IngestOutcome.Failed(link.get(), "malformed link: " + e.getMessage());
          }
          if (outcome instanceof IngestOutcome.Failed f) {
            err.println("lantern feed poll: " + label + ": " + f.source() + ": " + f.reason());
            failed++;
            continue;
          }
          if (outcome instanceof IngestOutcome.Skipped k) {
            // Remembered, so the next poll does not fetch it again; it will never be a report.
            err.println("lantern feed poll: " + label + ": " + k.source() + ": " + k.reason());
            feeds.remember(feed, key, link.get(), Optional.empty(), Instant.now());
            continue;
          }
          Optional<String> report =
              outcome instanceof IngestOutcome.Stored s
                  ? s.report().map(Object::toString)
                  : ((IngestOutcome.Unchanged) outcome).report().map(Object::toString);
          feeds.remember(feed, key, link.get(), report, Instant.now());
          stored++;
        }
        feeds.polled(feed, Instant.now());
        if (failed > 0) {
          exit = ExitCodes.BAD_INPUT;
        }
        out.println(
            label
                + ": "
                + parsed.getEntries().size()
                + " entries, "
                + fresh
                + " new, "
                + stored
                + " ingested, "
                + failed
                + " failed");
        out.flush();
      }
    } catch (StoreException e) {
      err.println("lantern feed poll: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    return exit;
  }

  private static SyndFeed parse(byte[] bytes) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try (var reader = new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(bytes))) {
      return input.build(reader);
    }
  }
}
