package dev.lantern.server.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lantern.server.ServerConfigException;
import dev.lantern.store.interop.TlpLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the TAXII server offers and to whom: its collections (each a view of the store at one TLP
 * level, or everything a user may see) and its users (HTTP Basic password and/or bearer token,
 * which collections each may read and write, whether AMBER material may reach them).
 *
 * <p>TLP:AMBER+STRICT and TLP:RED objects are never served, whatever the configuration. Secrets are
 * kept only as SHA-256 digests and compared in constant time.
 *
 * <p>File format (JSON):
 *
 * <pre>{@code
 * {"title": "Lantern TAXII",
 *  "collections": [{"alias": "tlp-green", "title": "TLP:GREEN", "tlp": "green"}, ...],
 *  "users": [{"name": "alice", "password": "…", "token": "…", "amber": true,
 *             "read": ["*"], "write": ["tlp-green"]}]}
 * }</pre>
 *
 * A collection's {@code tlp} is {@code clear}, {@code green}, {@code amber} or {@code all}; its id
 * is derived from its alias unless given. {@code read}/{@code write} list aliases or ids; {@code
 * "*"} means every collection.
 */
public record TaxiiConfig(String title, List<Collection> collections, List<User> users) {

  public TaxiiConfig {
    collections = List.copyOf(collections);
    users = List.copyOf(users);
  }

  /**
   * One collection.
   *
   * @param id its TAXII id (a UUID)
   * @param alias its short name, usable in URLs too
   * @param title its title
   * @param level the TLP level it serves, or empty for everything the user may see
   */
  public record Collection(String id, String alias, String title, Optional<TlpLevel> level) {}

  /** One user; see the class comment for the rules. */
  public record User(
      String name,
      Optional<byte[]> passwordDigest,
      Optional<byte[]> tokenDigest,
      boolean amber,
      Set<String> read,
      Set<String> write) {

    public User {
      read = Set.copyOf(read);
      write = Set.copyOf(write);
    }

    /** Whether this user may read the collection: listed, and AMBER only when allowed. */
    public boolean canRead(Collection c) {
      boolean listed = read.contains("*") || read.contains(c.id()) || read.contains(c.alias());
      return listed && (c.level().isEmpty() || c.level().get() != TlpLevel.AMBER || amber);
    }

    /** Whether this user may write into the collection. */
    public boolean canWrite(Collection c) {
      return write.contains("*") || write.contains(c.id()) || write.contains(c.alias());
    }

    /** The most restrictive level this user may receive. */
    public TlpLevel ceiling() {
      return amber ? TlpLevel.AMBER : TlpLevel.GREEN;
    }
  }

  /** The default collections: one per shareable TLP level and one with everything. */
  public static List<Collection> defaultCollections() {
    return List.of(
        collection("tlp-clear", "TLP:CLEAR — public", Optional.of(TlpLevel.CLEAR)),
        collection("tlp-green", "TLP:GREEN — community", Optional.of(TlpLevel.GREEN)),
        collection("tlp-amber", "TLP:AMBER — need to know", Optional.of(TlpLevel.AMBER)),
        collection("all", "Everything you may see", Optional.empty()));
  }

  /** The default configuration with one user who may read and write everything shareable. */
  public static TaxiiConfig withSingleUser(String name, String password, boolean amber) {
    return new TaxiiConfig(
        "Lantern TAXII",
        defaultCollections(),
        List.of(
            new User(
                name,
                Optional.of(digest(password)),
                Optional.empty(),
                amber,
                Set.of("*"),
                Set.of("*"))));
  }

  /** The collection with this id or alias. */
  public Optional<Collection> collection(String idOrAlias) {
    return collections.stream()
        .filter(c -> c.id().equals(idOrAlias) || c.alias().equals(idOrAlias))
        .findFirst();
  }

  /** Reads a configuration file (format in the class comment). */
  public static TaxiiConfig load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ServerConfigException(
          "cannot read TAXII configuration " + file + ": " + e.getMessage() + "; check the file");
    }
    if (root == null || !root.isObject()) {
      throw new ServerConfigException("TAXII configuration " + file + " is not a JSON object");
    }
    List<Collection> collections = new ArrayList<>();
    JsonNode cs = root.path("collections");
    if (cs.isMissingNode()) {
      collections.addAll(defaultCollections());
    }
    for (int i = 0; i < cs.size(); i++) {
      JsonNode c = cs.get(i);
      String where = file + " $.collections[" + i + "]";
      String alias = text(c, "alias", where);
      String tlp = c.path("tlp").asText("all").toLowerCase(Locale.ROOT);
      Optional<TlpLevel> level;
      switch (tlp) {
        case "all" -> level = Optional.empty();
        case "clear", "white" -> level = Optional.of(TlpLevel.CLEAR);
        case "green" -> level = Optional.of(TlpLevel.GREEN);
        case "amber" -> level = Optional.of(TlpLevel.AMBER);
        default ->
            throw new ServerConfigException(
                where
                    + ".tlp is \""
                    + tlp
                    + "\"; use clear, green, amber or all (TLP:RED is never shared)");
      }
      String id = c.path("id").asText(idFor(alias));
      collections.add(new Collection(id, alias, c.path("title").asText(alias), level));
    }
    List<User> users = new ArrayList<>();
    JsonNode us = root.path("users");
    for (int i = 0; i < us.size(); i++) {
      JsonNode u = us.get(i);
      String where = file + " $.users[" + i + "]";
      String name = text(u, "name", where);
      Optional<byte[]> password =
          u.hasNonNull("password")
              ? Optional.of(digest(u.get("password").asText()))
              : Optional.empty();
      Optional<byte[]> token =
          u.hasNonNull("token") ? Optional.of(digest(u.get("token").asText())) : Optional.empty();
      if (password.isEmpty() && token.isEmpty()) {
        throw new ServerConfigException(where + " (" + name + ") has neither password nor token");
      }
      users.add(
          new User(
              name,
              password,
              token,
              u.path("amber").asBoolean(false),
              strings(u.path("read")),
              strings(u.path("write"))));
    }
    return new TaxiiConfig(root.path("title").asText("Lantern TAXII"), collections, users);
  }

  /** The stable collection id Lantern derives from an alias. */
  public static String idFor(String alias) {
    return UUID.nameUUIDFromBytes(
            ("lantern-taxii-collection:" + alias).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** SHA-256 of a secret. */
  public static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Hex of a digest, for tests and tools. */
  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  private static Collection collection(String alias, String title, Optional<TlpLevel> level) {
    return new Collection(idFor(alias), alias, title, level);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new ServerConfigException(where + "." + field + " is missing; give a non-empty string");
    }
    return v.asText();
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
