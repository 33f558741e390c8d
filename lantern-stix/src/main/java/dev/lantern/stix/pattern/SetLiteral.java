package dev.lantern.stix.pattern;

import java.util.List;

/**
 * A parenthesised set of constants for {@code IN}, e.g. {@code ('tcp', 'udp')}. Elements share one
 * literal kind and are neither sets nor {@link NoValue}; the set may be empty.
 *
 * @param elements the elements in source order; copied
 */
public record SetLiteral(List<Literal> elements) implements Literal {
  public SetLiteral {
    elements = List.copyOf(elements);
    Class<?> kind = elements.isEmpty() ? null : elements.get(0).getClass();
    for (Literal element : elements) {
      if (element instanceof SetLiteral || element instanceof NoValue) {
        throw new IllegalArgumentException(
            "a set holds single constants but was given " + element.getClass().getSimpleName());
      }
      if (element.getClass() != kind) {
        throw new IllegalArgumentException(
            "a set's elements must share one type but it mixes "
                + kind.getSimpleName()
                + " and "
                + element.getClass().getSimpleName());
      }
    }
  }

  /** Returns {@code (a, b, …)}. */
  @Override
  public String toString() {
    return PatternPrinter.print(this);
  }
}
