package dev.lantern.cli.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.Terminal;
import dev.lantern.extract.ExtractException;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.document.DocumentLoader;
import dev.lantern.extract.document.DocumentReader;
import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.entity.InvalidKnowledgeBaseException;
import dev.lantern.extract.entity.KnowledgeBase;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.report.ExtractOptions;
import dev.lantern.extract.report.ExtractionJson;
import dev.lantern.extract.report.ReportExtraction;
import dev.lantern.extract.report.ReportExtractor;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern extract}: reads reports and prints what they contain. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads reports (plain text or HTML; files, http(s) URLs, or - for standard input) and prints"
          + " the indicators of compromise they contain, refanged and with their positions.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  lantern extract docs/examples/advisory.txt",
      "  lantern extract --format json --published 2024-02-06 report.html",
      "  lantern extract --kb ../shared/conformance/kb/misp-galaxy/clusters/threat-actor.json"
          + " report.txt",
      "  curl -s https://example.org/report | lantern extract --format stix -",
      "",
      "Exit codes: 0 all inputs read; 2 some input could not be read (the others are still"
          + " processed); 3 internal error."
    })
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json,
    stix
  }

  @Spec CommandSpec spec;

  private final InstantSource clock;

  /** The command as the CLI runs it, on the system clock. */
  public ExtractCommand() {
    this(InstantSource.system());
  }

  /** The command on a given clock, for tests of timestamped output. */
  public ExtractCommand(InstantSource clock) {
    this.clock = clock;
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      paramLabel = "auto|en|uk|ru",
      description = "Language of the inputs; auto identifies it per input.")
  String lang;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date of the inputs, instead of the one in their metadata.")
  String published;

  @Option(
      names = "--allow-private",
      description = "Allow URL inputs on loopback, private and link-local addresses.")
  boolean allowPrivate;

  @Option(
      names = "--max-size",
      defaultValue = "64",
      paramLabel = "MB",
      description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).")
  long maxSizeMb;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description =
          "Extend the built-in knowledge base with a file: a MISP galaxy cluster or MITRE ATT&CK"
              + " bundle (.json), or a TSV in the format of Lantern's kb files. Repeatable.")
  List<java.nio.file.Path> kbFiles = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "FILE|URL|-", description = "Reports to read.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExtractOptions options = new ExtractOptions(language(), publishedDate());
    if (maxSizeMb <= 0 || maxSizeMb > 2047) {
      throw new ParameterException(
          spec.commandLine(), "--max-size must be between 1 and 2047 MiB, was " + maxSizeMb);
    }
    DocumentLoader loader =
        new DocumentLoader(
            DocumentReader.withMaxBytes(maxSizeMb * 1024 * 1024),
            FetchPolicy.standard().withAllowPrivate(allowPrivate),
            () -> System.in);
    ReportExtractor extractor;
    if (kbFiles.isEmpty()) {
      extractor = ReportExtractor.standard();
    } else {
      KnowledgeBase.Builder kb = KnowledgeBase.builder().addStandard();
      try {
        kbFiles.forEach(kb::addFile);
      } catch (InvalidKnowledgeBaseException e) {
        err.println("lantern extract: --kb: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      extractor = ReportExtractor.withKnowledgeBase(kb.build());
    }
    boolean progress = inputs.size() > 1 && Terminal.stderrIsTerminal();

    List<ReportExtraction> results = new ArrayList<>();
    int exit = ExitCodes.OK;
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      if (progress) {
        err.printf("\r[%d/%d] %s\u001b[K", i + 1, inputs.size(), input);
        err.flush();
      }
      try {
        Document document = loader.load(input);
        ReportExtraction result = extractor.extract(document, options);
        results.add(result);
        if (format == Format.text) {
          TextTable.print(result, out);
        }
      } catch (ExtractException e) {
        if (progress) {
          err.print("\r\u001b[K");
        }
        err.println("lantern extract: " + e.getMessage());
        exit = ExitCodes.BAD_INPUT;
      }
    }
    if (progress) {
      err.print("\r\u001b[K");
      err.flush();
    }
    switch (format) {
      case json -> out.println(json(results));
      case stix -> out.println(StixOutput.bundle(results, clock));
      case text -> {}
    }
    out.flush();
    return exit;
  }

  private String json(List<ReportExtraction> results) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      if (inputs.size() == 1 && results.size() == 1) {
        return mapper.writeValueAsString(ExtractionJson.toJson(results.get(0)));
      }
      ArrayNode array = mapper.createArrayNode();
      results.forEach(r -> array.add(ExtractionJson.toJson(r)));
      return mapper.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON output failed", e);
    }
  }

  private Optional<Language> language() {
    if (lang.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Language.ofCode(lang));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
    }
  }

  private Optional<LocalDate> publishedDate() {
    if (published == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(published.strip()));
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT, "--published: '%s' is not a date; write it as YYYY-MM-DD", published));
    }
  }
}
