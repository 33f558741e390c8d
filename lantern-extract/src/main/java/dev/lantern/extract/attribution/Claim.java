package dev.lantern.extract.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of attribution in a report: who says that which actor or state is (or is not)
 * behind an activity, how firmly, on what basis, and where the report says so.
 *
 * @param stance attributes, denies or disputes
 * @param claimant the canonical name of the organisation that makes the claim (a minister or
 *     spokesperson resolves to the body they speak for; a newspaper when it is the source); empty
 *     when the report states it in its own voice
 * @param actor the canonical name of the group pointed at, if one is named
 * @param state ISO 3166-1 alpha-2 code of the state pointed at (for a denial: the state that
 *     denies), if any
 * @param hedged whether the claim is qualified ("allegedly", "linked to", "ймовірно", "якобы" …)
 * @param basis what the claim rests on, when stated or implied by the claimant's kind
 * @param evidence the sentence that states the claim, exactly as written
 * @param start offset of the evidence sentence in the document text (inclusive)
 * @param end offset after the evidence sentence (exclusive)
 * @param victims the victims the claim concerns (from its sentence and the sentence that continues
 *     it)
 * @param incident index of the incident (in the extraction's list) the claim belongs to, or -1
 */
public record Claim(
    Stance stance,
    Optional<String> claimant,
    Optional<String> actor,
    Optional<String> state,
    boolean hedged,
    Optional<Basis> basis,
    String evidence,
    int start,
    int end,
    List<Victim> victims,
    int incident) {

  /**
   * @throws IllegalArgumentException when neither actor nor state is given, or the span does not
   *     match the evidence
   */
  public Claim {
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(evidence, "evidence");
    victims = List.copyOf(victims);
    if (actor.isEmpty() && state.isEmpty()) {
      throw new IllegalArgumentException("a claim points at an actor, a state or both");
    }
    if (start < 0 || end - start != evidence.length()) {
      throw new IllegalArgumentException(
          "claim span [" + start + ", " + end + ") does not match its evidence");
    }
  }

  /** A copy that belongs to incident {@code index}. */
  Claim inIncident(int index) {
    return new Claim(
        stance, claimant, actor, state, hedged, basis, evidence, start, end, victims, index);
  }

  /** A copy made by this claimant. */
  Claim by(String speaker) {
    return new Claim(
        stance,
        Optional.of(speaker),
        actor,
        state,
        hedged,
        basis,
        evidence,
        start,
        end,
        victims,
        incident);
  }

  /** A copy with these victims. */
  Claim withVictims(List<Victim> more) {
    return new Claim(
        stance, claimant, actor, state, hedged, basis, evidence, start, end, more, incident);
  }
}
