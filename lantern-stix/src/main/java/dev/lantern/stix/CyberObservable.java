package dev.lantern.stix;

import java.util.Optional;

/**
 * A STIX Cyber-observable Object (SCO): a fact about a network or host, such as an address or a
 * file hash. Observables have deterministic ids (STIX 2.1 section 2.9); the static {@code of}
 * factories of each record set them.
 */
public sealed interface CyberObservable extends StixObject
    permits Ipv4Addr, Ipv6Addr, DomainName, Url, EmailAddr, File, AutonomousSystem {

  /**
   * The id STIX prescribes for this observable's ID-contributing properties; empty when none of
   * them is present. An id that differs is legal but defeats deduplication (the validator warns).
   */
  Optional<Identifier> deterministicId();
}
