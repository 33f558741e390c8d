package dev.lantern.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.cli.ExitCodes;
import dev.lantern.extract.eval.CorpusEvaluator;
import dev.lantern.extract.eval.Evaluation;
import dev.lantern.extract.eval.Field;
import dev.lantern.extract.eval.InvalidCorpusException;
import dev.lantern.extract.eval.Score;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern eval}: scores extraction against a labelled corpus. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts every NAME.txt under DIR that has a NAME.labels.json beside it and prints"
          + " precision, recall and F1 per field and language, and language identification"
          + " accuracy. The label format is that of corpus/labelled (see docs/accuracy.md).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  lantern eval corpus/labelled",
      "  lantern eval --format json corpus/labelled/uk",
      "  lantern eval --misses corpus/labelled",
      "",
      "Exit codes: 0 scored; 2 DIR or a label file could not be read (the message names it);"
          + " 3 internal error."
    })
public final class EvalCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a table, default) or json.")
  Format format;

  @Option(names = "--misses", description = "Also list every missed and extra value.")
  boolean misses;

  @Parameters(paramLabel = "DIR", description = "A directory of labelled reports.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Evaluation e;
    try {
      e = CorpusEvaluator.standard().evaluate(dir);
    } catch (InvalidCorpusException ex) {
      spec.commandLine().getErr().println("lantern eval: " + ex.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (format == Format.json) {
      out.println(json(e));
    } else {
      text(e, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void text(Evaluation e, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "language identification: %.3f (%d of %d reports)%n%n",
        e.languageAccuracy(),
        e.languageCorrect().values().stream().mapToInt(Integer::intValue).sum(),
        e.reports().values().stream().mapToInt(Integer::intValue).sum());
    out.printf(
        Locale.ROOT,
        "%-5s %-11s %9s %7s %6s %8s %9s %8s%n",
        "lang",
        "field",
        "precision",
        "recall",
        "F1",
        "correct",
        "predicted",
        "expected");
    for (Map.Entry<String, Map<Field, Score>> lang : e.scores().entrySet()) {
      for (Field f : Field.values()) {
        Score s = lang.getValue().get(f);
        out.printf(
            Locale.ROOT,
            "%-5s %-11s %9.3f %7.3f %6.3f %8d %9d %8d%n",
            lang.getKey(),
            f.label(),
            s.precision(),
            s.recall(),
            s.f1(),
            s.correct(),
            s.predicted(),
            s.expected());
      }
    }
    if (misses) {
      out.println();
      e.misses().forEach(out::println);
    }
  }

  private String json(Evaluation e) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("language_accuracy", e.languageAccuracy());
    ObjectNode langs = root.putObject("languages");
    for (Map.Entry<String, Map<Field, Score>> lang : e.scores().entrySet()) {
      ObjectNode l = langs.putObject(lang.getKey());
      l.put("reports", e.reports().get(lang.getKey()));
      l.put("language_correct", e.languageCorrect().getOrDefault(lang.getKey(), 0));
      ObjectNode fields = l.putObject("fields");
      for (Field f : Field.values()) {
        Score s = lang.getValue().get(f);
        ObjectNode n = fields.putObject(f.label());
        n.put("precision", s.precision());
        n.put("recall", s.recall());
        n.put("f1", s.f1());
        n.put("correct", s.correct());
        n.put("predicted", s.predicted());
        n.put("expected", s.expected());
      }
    }
    if (misses) {
      e.misses().forEach(root.putArray("misses")::add);
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("a tree of numbers always serialises", ex);
    }
  }
}
