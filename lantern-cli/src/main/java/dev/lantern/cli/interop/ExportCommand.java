package dev.lantern.cli.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lantern.cli.ExitCodes;
import dev.lantern.stix.Bundle;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import dev.lantern.store.interop.Exporter;
import dev.lantern.store.interop.Misp;
import dev.lantern.store.interop.TlpLevel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lantern export}: a STIX bundle or a MISP event of what the store holds. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes objects from the knowledge store as one STIX 2.1 bundle or one MISP event, leaving"
          + " out what is marked above --tlp-max and what would disclose it (see docs/interop.md).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  lantern export --format stix --out all.json",
      "  lantern export --format stix --query coathanger --tlp-max GREEN",
      "  lantern export --format misp --type indicator --tlp-max AMBER --out event.json",
      "",
      "Exit codes: 0 written; 2 bad option or unreadable store; 3 internal error."
    })
public final class ExportCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format {
    stix,
    misp
  }

  @Spec CommandSpec spec;

  @Mixin StoreOption db;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "stix|misp",
      description = "stix: a STIX 2.1 bundle; misp: a MISP event.")
  Format format;

  @Option(
      names = "--query",
      paramLabel = "TEXT",
      description =
          "Only objects full-text search finds, plus what they reference (default: everything).")
  String query;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only objects of this STIX type (repeatable), e.g. indicator.")
  List<String> types = List.of();

  @Option(
      names = "--tlp-max",
      paramLabel = "CLEAR|GREEN|AMBER|AMBER+STRICT|RED",
      description = "Leave out objects marked above this TLP level (default: no filtering).")
  String tlpMax;

  @Option(
      names = "--info",
      paramLabel = "TEXT",
      defaultValue = "Lantern export",
      description =
          "MISP event info when the export is not one report (default: ${DEFAULT-VALUE}).")
  String info;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path outFile;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Set<StixType> typeSet = new LinkedHashSet<>();
    for (String t : types) {
      try {
        typeSet.add(StixType.of(t.strip()));
      } catch (RuntimeException e) {
        throw new ParameterException(spec.commandLine(), "--type: " + e.getMessage());
      }
    }
    Optional<TlpLevel> max;
    try {
      max = Optional.ofNullable(tlpMax).map(TlpLevel::of);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--tlp-max: " + e.getMessage());
    }
    Exporter.Selection selection =
        new Exporter.Selection(Optional.ofNullable(query).filter(q -> !q.isBlank()), typeSet, max);
    Exporter.Export export;
    try (Store store = db.open()) {
      export = new Exporter(store).select(selection);
    } catch (StoreException e) {
      err.println("lantern export: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    int count = export.objects().size();
    int withheld = export.withheld();
    // A STIX bundle is written object by object: a million objects never become one JSON tree or
    // one string.
    if (outFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(export, out);
      out.flush();
    } else {
      try (Writer file = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        write(export, file);
      } catch (IOException | UncheckedIOException e) {
        err.println("lantern export: cannot write " + outFile + ": " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    err.println(
        "lantern export: "
            + count
            + " objects"
            + (max.isPresent() ? ", " + withheld + " withheld above TLP:" + max.get() : ""));
    return ExitCodes.OK;
  }

  private void write(Exporter.Export export, Writer out) {
    try {
      switch (format) {
        case stix -> StixJson.standard().write(Bundle.of(export.objects()), out, true);
        case misp -> out.write(indent(Misp.toMisp(export.objects(), info)));
      }
      out.write(System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String indent(JsonNode tree) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON output failed", e);
    }
  }
}
