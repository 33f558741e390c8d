package dev.lantern.extract.eval;

/**
 * Micro-averaged counts of one field: correct predictions, predictions and labels.
 *
 * @param correct predictions that match a label
 * @param predicted everything Lantern found
 * @param expected everything the labels hold
 */
public record Score(int correct, int predicted, int expected) {

  static final Score ZERO = new Score(0, 0, 0);

  Score plus(int c, int p, int e) {
    return new Score(correct + c, predicted + p, expected + e);
  }

  /** Precision; 1 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 1.0 : (double) correct / predicted;
  }

  /** Recall; 1 when nothing was labelled. */
  public double recall() {
    return expected == 0 ? 1.0 : (double) correct / expected;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
