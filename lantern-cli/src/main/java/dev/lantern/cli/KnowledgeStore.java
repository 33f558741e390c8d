package dev.lantern.cli;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.InvalidStixException;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.store.NotFoundException;
import dev.lantern.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the commands find the knowledge store, and how they name objects in it.
 *
 * <p>Location: {@code --db PATH|JDBC_URL}, else the environment variable {@value #ENV}, else
 * {@value #DEFAULT} (created with its folder on first use).
 */
public final class KnowledgeStore {
  /** The environment variable naming the store when {@code --db} is not given. */
  public static final String ENV = "LANTERN_DB";

  /** The store used when neither {@code --db} nor {@value #ENV} names one. */
  public static final String DEFAULT = "lantern-data/lantern.db";

  /** Kinds a name most likely means, first: what an analyst types {@code show APT28} for. */
  private static final List<String> PREFERENCE =
      List.of(
          "intrusion-set",
          "threat-actor",
          "campaign",
          "malware",
          "tool",
          "identity",
          "location",
          "vulnerability",
          "attack-pattern",
          "report",
          "indicator");

  private KnowledgeStore() {}

  /** The location to open: the option, else the environment, else the default. */
  public static String location(Optional<String> option) {
    return location(option, System.getenv());
  }

  static String location(Optional<String> option, Map<String, String> env) {
    return option
        .filter(s -> !s.isBlank())
        .or(() -> Optional.ofNullable(env.get(ENV)).filter(s -> !s.isBlank()))
        .orElse(Path.of(DEFAULT).toString());
  }

  /** Opens (creating on first use) the store the user named. */
  public static Store open(Optional<String> option) {
    Logging.quiet();
    return Store.open(location(option));
  }

  /**
   * The objects {@code text} names: the object with that id, or the objects with that name or alias
   * (case-insensitively), the likeliest kind first.
   *
   * @throws NotFoundException when nothing has that id or name
   */
  public static List<StixObject> resolve(Store store, String text) {
    if (text.contains("--")) {
      try {
        Identifier id = Identifier.parse(text.strip());
        return List.of(store.get(id));
      } catch (InvalidStixException notAnId) {
        // fall through: a name may contain "--"
      }
    }
    List<StixObject> found = new ArrayList<>();
    for (Identifier id : store.objectsWithValue(text)) {
      store.find(id).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      throw new NotFoundException(
          "nothing named \""
              + Terminal.printable(text)
              + "\" is in store "
              + store.location()
              + "; try 'lantern search "
              + Terminal.printable(text)
              + "'");
    }
    found.sort(Comparator.comparingInt((StixObject o) -> rank(o.type())));
    return found;
  }

  private static int rank(StixType type) {
    int i = PREFERENCE.indexOf(type.value());
    return i < 0 ? PREFERENCE.size() : i;
  }
}
