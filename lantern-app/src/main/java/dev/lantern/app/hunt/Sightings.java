package dev.lantern.app.hunt;

import dev.lantern.stix.Bundle;
import dev.lantern.stix.Common;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.pattern.Patterns;
import dev.lantern.stix.vocab.IdentityClass;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.store.Store;
import dev.lantern.sweep.HitTally;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A sweep's hits as STIX: an {@code identity} for the sweeping organisation, one {@code sighting}
 * per indicator seen ({@code count}, {@code first_seen}/{@code last_seen} when log lines had times,
 * {@code where_sighted_refs} → the identity), and, for an indicator that did not come as a STIX
 * indicator (a plain list, a CSV), an {@code indicator} built from its value so that every {@code
 * sighting_of_ref} resolves.
 *
 * <p>Design note — idempotence. Every id is deterministic: the identity from the organisation's
 * name, a minted indicator from its type and value, a sighting from its indicator, the identity and
 * the set of logs swept. Sweeping the same logs again therefore addresses the same sighting;
 * against a store, a sighting whose count and times did not change is left out of the batch, and
 * one that changed becomes a new version (its original {@code created}, a later {@code modified}),
 * so counts are never added twice.
 */
public final class Sightings {
  /** The largest {@code count} STIX allows (999,999,999); more hits than that are capped. */
  static final long MAX_COUNT = 999_999_999L;

  private Sightings() {}

  /**
   * The sightings of a sweep as a bundle, for writing out.
   *
   * @param seen what the sweep saw, per indicator ({@link HitTally#sightings()})
   * @param logs the inputs swept, which (sorted) key the sighting ids
   */
  public static Bundle bundle(
      List<HitTally.Sighting> seen, String organisation, List<String> logs, Instant now) {
    return Bundle.of(objects(seen, organisation, logs, now, Optional.empty()));
  }

  /** The objects to upsert into {@code store}: only what is new or changed. */
  static List<StixObject> forStore(
      List<HitTally.Sighting> seen,
      String organisation,
      List<String> logs,
      Instant now,
      Store store) {
    return objects(seen, organisation, logs, now, Optional.of(store));
  }

  private static List<StixObject> objects(
      List<HitTally.Sighting> tally,
      String organisation,
      List<String> logs,
      Instant now,
      Optional<Store> store) {
    Instant stamp = now.truncatedTo(ChronoUnit.MILLIS);
    Common common = Common.createdAt(stamp);
    Identity who =
        Identity.named(common, organisation).withIdentityClass(IdentityClass.ORGANIZATION);
    List<StixObject> out = new ArrayList<>();
    if (store.map(s -> !s.contains(who.id())).orElse(true)) {
      out.add(who);
    }
    String logKey = String.join("\n", new TreeSet<>(logs));
    for (HitTally.Sighting seen : tally) {
      dev.lantern.sweep.Indicator indicator = seen.indicator();
      Identifier ref = stixIndicator(indicator, store);
      if (ref == null) {
        Indicator minted = minted(indicator, common);
        ref = minted.id();
        if (store.map(s -> !s.contains(minted.id())).orElse(true)) {
          out.add(minted);
        }
      }
      Identifier id =
          Identifier.forNamed(
              StixType.SIGHTING, "lantern-sweep:" + ref + "|" + who.id() + "|" + logKey);
      Sighting sighting =
          Sighting.of(id, common, ref)
              .withCount((int) Math.min(seen.count(), MAX_COUNT))
              .withWhereSightedRefs(List.of(who.id()));
      if (seen.firstSeen().isPresent()) {
        sighting =
            sighting
                .withFirstSeen(seen.firstSeen().get())
                .withLastSeen(seen.lastSeen().orElseThrow());
      }
      if (store.isEmpty()) {
        out.add(sighting);
        continue;
      }
      Optional<StixObject> stored = store.get().find(id);
      if (stored.isEmpty()) {
        out.add(sighting);
      } else if (stored.get() instanceof Sighting old && !sameFacts(old, sighting)) {
        Instant last = old.common().modified().orElse(Instant.EPOCH);
        Common next =
            Common.createdAt(old.common().created().orElse(stamp))
                .withModified(stamp.isAfter(last) ? stamp : last.plusMillis(1));
        out.add(sighting.withCommon(next));
      }
    }
    return out;
  }

  private static boolean sameFacts(Sighting a, Sighting b) {
    return a.count().equals(b.count())
        && a.firstSeen().equals(b.firstSeen())
        && a.lastSeen().equals(b.lastSeen())
        && a.sightingOfRef().equals(b.sightingOfRef())
        && a.whereSightedRefs().equals(b.whereSightedRefs());
  }

  /**
   * The STIX indicator a hit's reference names, when it is one that resolves: without a store any
   * {@code indicator--} reference (it came from the bundle the user holds), with a store only one
   * the store holds.
   */
  private static Identifier stixIndicator(dev.lantern.sweep.Indicator i, Optional<Store> store) {
    if (!i.reference().startsWith("indicator--")) {
      return null;
    }
    try {
      Identifier id = Identifier.parse(i.reference());
      return store.map(s -> s.contains(id)).orElse(true) ? id : null;
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  private static Indicator minted(dev.lantern.sweep.Indicator i, Common common) {
    String pattern = pattern(i);
    Indicator indicator =
        Indicator.of(
                Identifier.forNamed(
                    StixType.INDICATOR, "lantern-sweep:" + i.type() + ":" + i.value()),
                common,
                pattern,
                PatternType.STIX,
                common.created().orElseThrow())
            .withName(i.value());
    if (!i.reference().equals(i.value())) {
      indicator =
          indicator.withCommon(
              common.withExternalReferences(
                  List.of(ExternalReference.of("source", i.reference()))));
    }
    return indicator;
  }

  /** A STIX pattern that matches exactly this indicator's value. */
  static String pattern(dev.lantern.sweep.Indicator i) {
    dev.lantern.stix.pattern.Pattern p =
        switch (i.type()) {
          case IPV4 -> Patterns.equals("ipv4-addr", "value", i.value());
          case IPV6 -> Patterns.equals("ipv6-addr", "value", i.value());
          case DOMAIN -> Patterns.equals("domain-name", "value", i.value());
          case URL -> Patterns.equals("url", "value", i.value());
          case EMAIL -> Patterns.equals("email-addr", "value", i.value());
          case MD5 -> Patterns.fileHash("MD5", i.value());
          case SHA1 -> Patterns.fileHash("SHA-1", i.value());
          case SHA256 -> Patterns.fileHash("SHA-256", i.value());
          case SHA512 -> Patterns.fileHash("SHA-512", i.value());
        };
    return p.toString();
  }
}
