package dev.lantern.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STIX 2.1 {@code ipv6-addr}: An IPv6 address or CIDR block.
 *
 * <p>Components mirror the JSON properties (snake_case to camelCase); optional ones are {@code
 * Optional} or empty collections, never {@code null}. {@code extra} holds properties this model
 * does not know, in input order, and is written back unchanged. The {@code with…} copies do not
 * exist for ID-contributing properties: build a new observable so the id is recomputed.
 */
public record Ipv6Addr(
    Identifier id,
    Common common,
    String value,
    List<Identifier> resolvesToRefs,
    List<Identifier> belongsToRefs,
    Map<String, RawJson> extra)
    implements CyberObservable {

  public Ipv6Addr {
    Values.require(id, "id");
    Values.require(common, "common");
    value = Values.require(value, "value");
    resolvesToRefs = Values.copy(resolvesToRefs);
    belongsToRefs = Values.copy(belongsToRefs);
    extra = Values.orderedCopy(extra);
  }

  /** A ipv6-addr with only its required properties set. */
  public static Ipv6Addr of(Identifier id, Common common, String value) {
    return new Ipv6Addr(id, common, value, List.of(), List.of(), Map.of());
  }

  @Override
  public StixType type() {
    return StixType.IPV6_ADDR;
  }

  /** A copy with other common properties (e.g. a new {@code modified}). */
  public Ipv6Addr withCommon(Common newCommon) {
    return new Ipv6Addr(id, newCommon, value, resolvesToRefs, belongsToRefs, extra);
  }

  /** A copy with other unknown properties. */
  public Ipv6Addr withExtra(Map<String, RawJson> newExtra) {
    return new Ipv6Addr(id, common, value, resolvesToRefs, belongsToRefs, newExtra);
  }

  /** The STIX deterministic id of a ipv6-addr with this value: UUIDv5 over {@code {"value": …}}. */
  public static Identifier idFor(String value) {
    return Identifier.forObservable(
        StixType.IPV6_ADDR, Map.of("value", Values.require(value, "value")));
  }

  /** A ipv6-addr with this value and its deterministic id. */
  public static Ipv6Addr of(String value) {
    return of(idFor(value), Common.observable(), value);
  }

  @Override
  public Optional<Identifier> deterministicId() {
    return Optional.of(idFor(value));
  }

  /** A copy with {@code resolves_to_refs} set to {@code newValue}. */
  public Ipv6Addr withResolvesToRefs(List<Identifier> newValue) {
    return new Ipv6Addr(id, common, value, newValue, belongsToRefs, extra);
  }

  /** A copy with {@code belongs_to_refs} set to {@code newValue}. */
  public Ipv6Addr withBelongsToRefs(List<Identifier> newValue) {
    return new Ipv6Addr(id, common, value, resolvesToRefs, newValue, extra);
  }

  /**
   * The canonical text (RFC 5952) of an address given as its eight 16-bit groups: lower-case hex,
   * leading zeros dropped, the longest run of two or more zero groups written {@code ::}. The one
   * form every Lantern engine writes, so values from reports, logs and feeds compare equal.
   *
   * @throws IllegalArgumentException unless {@code groups} holds eight values in 0..0xffff
   */
  public static String canonicalText(int[] groups) {
    if (groups.length != 8) {
      throw new IllegalArgumentException("an IPv6 address has 8 groups, not " + groups.length);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] < 0 || groups[i] > 0xffff) {
        throw new IllegalArgumentException("IPv6 group " + i + " is out of range: " + groups[i]);
      }
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder s = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        s.append("::");
        i += bestLength - 1;
        continue;
      }
      if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
        s.append(':');
      }
      s.append(Integer.toHexString(groups[i]));
    }
    return s.toString();
  }
}
