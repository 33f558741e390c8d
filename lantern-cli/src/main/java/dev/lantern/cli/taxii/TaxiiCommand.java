package dev.lantern.cli.taxii;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lantern taxii}: TAXII 2.1 client commands. */
@Command(
    name = "taxii",
    mixinStandardHelpOptions = true,
    description = "TAXII 2.1 client.",
    subcommands = {PullCommand.class, CommandLine.HelpCommand.class})
public final class TaxiiCommand {}
