package dev.lantern.cli.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.cli.ExitCodes;
import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.cli.Terminal;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.store.NotFoundException;
import dev.lantern.store.SearchHit;
import dev.lantern.store.SearchPage;
import dev.lantern.store.SearchQuery;
import dev.lantern.store.Store;
import dev.lantern.store.StoreException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lantern search}: full-text search over the knowledge store. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Finds reports and objects whose name, aliases, description or other text hold all the"
          + " words, in any language, best first; filters narrow by type, state, actor, time and"
          + " language.",
      "Exit status: 0 (also when nothing is found), 2 bad input."
    },
    footer = {
      "",
      "Examples:",
      "  lantern search 'fortigate espionage'",
      "  lantern search typhoon --type report --since 2024-01-01",
      "  lantern search telecom --actor 'Salt Typhoon' --format json"
    })
public final class SearchCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  /** Which versions count. */
  enum State {
    live,
    revoked,
    any
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find.")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only this STIX type (report, intrusion-set, indicator, …); repeatable.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--state",
      defaultValue = "any",
      description = "live, revoked or any (default: ${DEFAULT-VALUE}).")
  State state;

  @Option(
      names = "--actor",
      paramLabel = "NAME|ID",
      description =
          "Only objects related to this actor (reports that mention it, its relationships).")
  String actor;

  @Option(
      names = "--sector",
      paramLabel = "SECTOR",
      description =
          "Only identities in this industry sector (energy, government-national, …) and what"
              + " refers to them; repeatable.")
  List<String> sectors = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "L", description = "Only objects in language L (en, uk…).")
  String lang;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only objects last modified on or after DATE (2024-02-06 or an instant).")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only objects last modified before the end of DATE.")
  String until;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Results to show, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Results to skip (paging).")
  int offset;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = KnowledgeStore.open(Main.db(spec))) {
      SearchQuery query = query(store);
      SearchPage page = store.search(query);
      if (format == Format.json) {
        json(page, out);
      } else {
        text(page, out);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IllegalArgumentException | StoreException e) {
      err.println("lantern search: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  private SearchQuery query(Store store) {
    Set<StixType> typeSet = new HashSet<>();
    for (String t : types) {
      typeSet.add(StixType.of(t.strip()));
    }
    SearchQuery q =
        SearchQuery.of(String.join(" ", words)).withTypes(typeSet).withPage(offset, limit);
    if (state != State.any) {
      q = q.withRevoked(state == State.revoked);
    }
    if (!sectors.isEmpty()) {
      q = q.withSectors(Set.copyOf(sectors));
    }
    if (lang != null) {
      q = q.withLang(lang.strip());
    }
    if (since != null) {
      q = q.withModifiedFrom(instant(since, "--since", false));
    }
    if (until != null) {
      q = q.withModifiedBefore(instant(until, "--until", true));
    }
    if (actor != null) {
      Set<Identifier> ids = new HashSet<>();
      try {
        for (StixObject o : KnowledgeStore.resolve(store, actor)) {
          ids.add(o.id());
        }
      } catch (NotFoundException e) {
        throw new IllegalArgumentException("--actor: " + e.getMessage(), e);
      }
      q = q.withRelatedTo(ids);
    }
    return q;
  }

  /** A date (its start, or with {@code endOfDay} the next day's start) or an ISO instant. */
  static Instant instant(String value, String option, boolean endOfDay) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        LocalDate d = LocalDate.parse(v);
        return (endOfDay ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " "
              + Terminal.printable(value)
              + " is not a date; write 2024-02-06 or 2024-02-06T10:00:00Z");
    }
  }

  private static void text(SearchPage page, PrintWriter out) {
    for (SearchHit h : page.hits()) {
      out.printf(
          "%-14s %s  %s%s%n",
          h.type().value(),
          h.id(),
          Terminal.printable(h.name().orElse("(no name)")),
          h.modified().map(m -> "  (" + m.toString().substring(0, 10) + ")").orElse(""));
    }
    out.printf(
        "%d result%s%s%n",
        page.hits().size(),
        page.hits().size() == 1 ? "" : "s",
        page.hasMore()
            ? " shown; more follow (use --offset " + (page.offset() + page.hits().size()) + ")"
            : "");
  }

  private static void json(SearchPage page, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("offset", page.offset());
    root.put("has_more", page.hasMore());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit h : page.hits()) {
      ObjectNode n = hits.addObject();
      n.put("id", h.id().toString());
      n.put("type", h.type().value());
      h.name().ifPresent(v -> n.put("name", v));
      h.modified().ifPresent(v -> n.put("modified", v.toString()));
      n.put("score", h.score());
    }
    out.println(root.toPrettyString());
  }
}
