package dev.lantern.stix.pattern;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints syntax trees in canonical STIX pattern syntax.
 *
 * <p>Design note: the printer's one promise is that {@link PatternParser} reads its output back
 * into an equal tree. Hence: a compound operand is parenthesised when its operator binds no tighter
 * than its parent's (so {@code ([a] AND [b]) AND [c]} keeps its nesting, while {@code [a] OR [b]
 * AND [c]} needs none); a qualified compound is parenthesised before its qualifier; floats always
 * carry a decimal point and never an exponent; names are quoted unless they are plain identifiers;
 * strings escape exactly {@code '} and {@code \}. Spacing is one blank around operators and none
 * inside brackets, as in the specification's examples.
 */
final class PatternPrinter {
  private PatternPrinter() {}

  // ---------------------------------------------------------------- observations

  static String print(ObservationExpression expression) {
    StringBuilder out = new StringBuilder();
    observation(expression, out);
    return out.toString();
  }

  private static void observation(ObservationExpression expression, StringBuilder out) {
    if (expression instanceof Observation o) {
      out.append('[');
      comparison(o.comparison(), out);
      out.append(']');
    } else if (expression instanceof CompoundObservation c) {
      for (int i = 0; i < c.operands().size(); i++) {
        if (i > 0) {
          out.append(' ').append(c.op().keyword()).append(' ');
        }
        ObservationExpression operand = c.operands().get(i);
        boolean group =
            operand instanceof CompoundObservation inner
                && inner.op().precedence() <= c.op().precedence();
        grouped(operand, group, out);
      }
    } else {
      QualifiedObservation q = (QualifiedObservation) expression;
      grouped(q.expression(), q.expression() instanceof CompoundObservation, out);
      out.append(' ');
      qualifier(q.qualifier(), out);
    }
  }

  private static void grouped(ObservationExpression e, boolean group, StringBuilder out) {
    if (group) {
      out.append('(');
    }
    observation(e, out);
    if (group) {
      out.append(')');
    }
  }

  static String print(Qualifier qualifier) {
    StringBuilder out = new StringBuilder();
    qualifier(qualifier, out);
    return out.toString();
  }

  private static void qualifier(Qualifier qualifier, StringBuilder out) {
    if (qualifier instanceof Within w) {
      out.append("WITHIN ").append(w.seconds()).append(" SECONDS");
    } else if (qualifier instanceof Repeats r) {
      out.append("REPEATS ").append(r.times()).append(" TIMES");
    } else {
      StartStop s = (StartStop) qualifier;
      out.append("START t'")
          .append(TIMESTAMP.format(s.start()))
          .append("' STOP t'")
          .append(TIMESTAMP.format(s.stop()))
          .append('\'');
    }
  }

  // ---------------------------------------------------------------- comparisons

  static String print(ComparisonExpression expression) {
    StringBuilder out = new StringBuilder();
    comparison(expression, out);
    return out.toString();
  }

  private static void comparison(ComparisonExpression expression, StringBuilder out) {
    if (expression instanceof Comparison c) {
      if (c.op() == ComparisonOperator.EXISTS) {
        out.append("EXISTS ").append(c.path());
        return;
      }
      out.append(c.path()).append(' ');
      if (c.negated()) {
        out.append("NOT ");
      }
      out.append(c.op().symbol()).append(' ');
      literal(c.value(), out);
      return;
    }
    CompoundComparison c = (CompoundComparison) expression;
    for (int i = 0; i < c.operands().size(); i++) {
      if (i > 0) {
        out.append(' ').append(c.op().keyword()).append(' ');
      }
      ComparisonExpression operand = c.operands().get(i);
      boolean group =
          operand instanceof CompoundComparison inner
              && inner.op().precedence() <= c.op().precedence();
      if (group) {
        out.append('(');
      }
      comparison(operand, out);
      if (group) {
        out.append(')');
      }
    }
  }

  // ---------------------------------------------------------------- paths

  static String printSteps(List<PathStep> steps) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      PathStep step = steps.get(i);
      if (step instanceof Property p) {
        if (i > 0) {
          out.append('.');
        }
        out.append(printName(p.name()));
      } else if (step instanceof Index index) {
        out.append('[').append(index.index()).append(']');
      } else {
        out.append("[*]");
      }
    }
    return out.toString();
  }

  static String printName(String name) {
    return Property.isPlainIdentifier(name) ? name : quote(name);
  }

  // ---------------------------------------------------------------- literals

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

  static String print(Literal literal) {
    StringBuilder out = new StringBuilder();
    literal(literal, out);
    return out.toString();
  }

  private static void literal(Literal literal, StringBuilder out) {
    if (literal instanceof StringLiteral s) {
      out.append(quote(s.value()));
    } else if (literal instanceof IntegerLiteral i) {
      out.append(i.value());
    } else if (literal instanceof FloatLiteral f) {
      String plain =
          new BigDecimal(Double.toString(f.value())).stripTrailingZeros().toPlainString();
      out.append(plain);
      if (plain.indexOf('.') < 0) {
        out.append(".0");
      }
    } else if (literal instanceof BooleanLiteral b) {
      out.append(b.value());
    } else if (literal instanceof TimestampLiteral t) {
      out.append("t'").append(TIMESTAMP.format(t.value())).append('\'');
    } else if (literal instanceof HexLiteral h) {
      out.append("h'").append(h.hex()).append('\'');
    } else if (literal instanceof BinaryLiteral b) {
      out.append("b'").append(b.base64()).append('\'');
    } else if (literal instanceof SetLiteral s) {
      out.append('(');
      for (int i = 0; i < s.elements().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        literal(s.elements().get(i), out);
      }
      out.append(')');
    }
    // NoValue prints nothing: EXISTS has no right side.
  }

  /** Quotes {@code text} as a pattern string: {@code '} and {@code \} get a backslash. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('\'').toString();
  }
}
