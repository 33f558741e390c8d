package dev.lantern.server.taxii;

import dev.lantern.server.HttpProblem;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixException;
import dev.lantern.stix.StixType;
import dev.lantern.store.AddedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paging and filter parameters of a TAXII request ({@code limit}, {@code next}, {@code
 * added_after}, {@code match[id|type|version|spec_version]}), checked. Each bad value is a 400
 * naming the parameter and the value.
 *
 * @param limit page size, already capped at {@link #MAX_LIMIT}
 * @param after only versions added strictly after this (the later of {@code added_after} and {@code
 *     next})
 * @param ids {@code match[id]}
 * @param types {@code match[type]}
 * @param versions {@code match[version]}, {@code last} by default
 * @param specVersions {@code match[spec_version]}; empty for any
 */
record TaxiiQuery(
    int limit,
    Optional<Instant> after,
    Set<Identifier> ids,
    Set<StixType> types,
    AddedQuery.VersionSelection versions,
    Set<String> specVersions) {

  /** The largest page the server returns, whatever the client asks. */
  static final int MAX_LIMIT = 1000;

  private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,249}");

  static TaxiiQuery parse(Map<String, List<String>> params) {
    int limit = MAX_LIMIT;
    String l = single(params, "limit");
    if (l != null) {
      try {
        limit = Integer.parseInt(l.trim());
      } catch (NumberFormatException e) {
        throw bad("limit", l, "give a whole number of at least 1");
      }
      if (limit < 1) {
        throw bad("limit", l, "give a whole number of at least 1");
      }
      limit = Math.min(limit, MAX_LIMIT);
    }
    Optional<Instant> after = Optional.empty();
    String a = single(params, "added_after");
    if (a != null) {
      after = Optional.of(timestamp("added_after", a));
    }
    String n = single(params, "next");
    if (n != null) {
      Instant fromNext = decodeNext(n);
      if (after.isEmpty() || fromNext.isAfter(after.get())) {
        after = Optional.of(fromNext);
      }
    }
    Set<Identifier> ids = new LinkedHashSet<>();
    for (String id : values(params, "match[id]")) {
      try {
        ids.add(Identifier.parse(id));
      } catch (StixException e) {
        throw bad("match[id]", id, "give STIX ids such as indicator--<uuid>");
      }
    }
    Set<StixType> types = new LinkedHashSet<>();
    for (String t : values(params, "match[type]")) {
      if (!TYPE.matcher(t).matches()) {
        throw bad("match[type]", t, "give STIX type names such as indicator,malware");
      }
      types.add(StixType.of(t));
    }
    boolean first = false;
    boolean last = false;
    boolean all = false;
    Set<Instant> at = new LinkedHashSet<>();
    for (String v : values(params, "match[version]")) {
      switch (v) {
        case "first" -> first = true;
        case "last" -> last = true;
        case "all" -> all = true;
        default -> at.add(timestamp("match[version]", v));
      }
    }
    AddedQuery.VersionSelection versions =
        !first && !last && !all && at.isEmpty()
            ? AddedQuery.VersionSelection.LAST
            : new AddedQuery.VersionSelection(first, last, all, at);
    Set<String> specVersions = new LinkedHashSet<>(values(params, "match[spec_version]"));
    return new TaxiiQuery(limit, after, ids, types, versions, specVersions);
  }

  /** The {@code next} token that resumes after the version added at {@code added}. */
  static String encodeNext(Instant added) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(added.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static Instant decodeNext(String token) {
    try {
      return Instant.parse(
          new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw bad("next", token, "pass the next value of the previous page unchanged");
    }
  }

  private static Instant timestamp(String name, String value) {
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw bad(name, value, "give an RFC 3339 UTC timestamp such as 2024-02-06T10:00:00.000Z");
    }
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw bad(name, String.join(" & ", v), "give it once");
    }
    return v.get(0);
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    String v = single(params, name);
    if (v == null) {
      return List.of();
    }
    List<String> out = List.of(v.split(",")).stream().map(String::trim).toList();
    if (out.stream().anyMatch(String::isEmpty)) {
      throw bad(name, v, "separate values with single commas");
    }
    return out;
  }

  private static HttpProblem bad(String name, String value, String fix) {
    String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
    return HttpProblem.badRequest(
        "invalid " + name + " parameter", name + "=" + shown + " is not valid; " + fix);
  }
}
