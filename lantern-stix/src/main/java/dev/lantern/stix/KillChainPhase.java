package dev.lantern.stix;

import java.util.Map;

/**
 * A phase of a kill chain, e.g. {@code ("mitre-attack", "initial-access")}.
 *
 * @param extra unknown properties, in input order
 */
public record KillChainPhase(String killChainName, String phaseName, Map<String, RawJson> extra) {
  public KillChainPhase {
    Values.require(killChainName, "kill_chain_phases[].kill_chain_name");
    Values.require(phaseName, "kill_chain_phases[].phase_name");
    extra = Values.orderedCopy(extra);
  }

  /** A phase without unknown properties. */
  public KillChainPhase(String killChainName, String phaseName) {
    this(killChainName, phaseName, Map.of());
  }
}
