package dev.lantern.cli.feed;

import picocli.CommandLine.Command;

/** {@code lantern feed}: RSS/Atom feeds whose new entries are ingested as reports. */
@Command(
    name = "feed",
    mixinStandardHelpOptions = true,
    description = {
      "Remembers RSS and Atom feeds and ingests the pages their new entries link to, each as a"
          + " report, once.",
      ""
    },
    subcommands = {FeedAddCommand.class, FeedListCommand.class, FeedPollCommand.class},
    footer = {
      "",
      "Examples:",
      "  lantern feed add https://www.ncsc.nl/rss --name NCSC-NL",
      "  lantern feed list",
      "  lantern feed poll"
    })
public final class FeedCommand {}
