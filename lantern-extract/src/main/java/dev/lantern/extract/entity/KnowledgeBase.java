package dev.lantern.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities Lantern can recognise: threat groups, malware and tools, countries, sectors and
 * claimant organisations, each with its names in English, Ukrainian and Russian.
 *
 * <p>{@link #standard()} is the built-in knowledge base (the files in {@code
 * dev/lantern/extract/kb/}); {@link #builder()} starts from it or from nothing and adds user files
 * of the same format, or entities built by an importer (MISP galaxy, MITRE ATT&CK) through {@link
 * Builder#add}. Immutable and thread-safe.
 */
public final class KnowledgeBase {
  private static final String RESOURCES = "/dev/lantern/extract/kb/";

  private final List<KnownEntity> entities;
  private final Map<String, String> countryNames;

  /** Per type, every name and alias in lower case to the canonical name of its first entity. */
  private final Map<EntityType, Map<String, String>> canonicalByName;

  private KnowledgeBase(List<KnownEntity> entities) {
    this.entities = List.copyOf(entities);
    Map<String, String> names = new HashMap<>();
    Map<EntityType, Map<String, String>> byName = new java.util.EnumMap<>(EntityType.class);
    for (KnownEntity e : this.entities) {
      if (e.type() == EntityType.COUNTRY) {
        e.country().ifPresent(iso2 -> names.putIfAbsent(iso2, e.canonical()));
      }
      Map<String, String> of = byName.computeIfAbsent(e.type(), t -> new HashMap<>());
      for (String n : e.names()) {
        of.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), e.canonical());
      }
    }
    this.countryNames = Map.copyOf(names);
    this.canonicalByName = byName;
  }

  /**
   * The built-in knowledge base, read once.
   *
   * @throws InvalidKnowledgeBaseException naming file and line when a built-in file is malformed
   */
  public static KnowledgeBase standard() {
    return Standard.INSTANCE;
  }

  /** A builder that starts empty; call {@link Builder#addStandard()} to start from the built-in. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every entity, in the order the files listed them. */
  public List<KnownEntity> entities() {
    return entities;
  }

  /** The entity of this type with this canonical name (exact), if known. */
  public Optional<KnownEntity> find(EntityType type, String canonical) {
    return entities.stream()
        .filter(e -> e.type() == type && e.canonical().equals(canonical))
        .findFirst();
  }

  /**
   * The canonical (English) name of the country with this ISO 3166-1 alpha-2 code, if known: what a
   * location for a state named only through its agencies ("the GRU") is called.
   */
  public Optional<String> countryName(String iso2) {
    return Optional.ofNullable(countryNames.get(iso2));
  }

  /**
   * The canonical name of the entity of this type that has {@code name} as canonical name or alias
   * (case-insensitive), if any.
   */
  public Optional<String> canonicalOf(EntityType type, String name) {
    Map<String, String> of = canonicalByName.get(type);
    return of == null
        ? Optional.empty()
        : Optional.ofNullable(of.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  private static final class Standard {
    static final KnowledgeBase INSTANCE = builder().addStandard().build();
  }

  /** Collects entities from files and importers. Not thread-safe; build once, share the result. */
  public static final class Builder {
    private final List<KnownEntity> entities = new ArrayList<>();

    private Builder() {}

    /** Adds the built-in files. */
    public Builder addStandard() {
      resource("groups.tsv", this::groups);
      resource("malware.tsv", this::malware);
      resource("countries.tsv", this::countries);
      resource("sectors.tsv", this::sectors);
      resource("claimants.tsv", this::claimants);
      return this;
    }

    /** Adds a file in the format of {@code groups.tsv}. */
    public Builder addGroups(Path file) {
      return file(file, this::groups);
    }

    /** Adds a file in the format of {@code malware.tsv}. */
    public Builder addMalware(Path file) {
      return file(file, this::malware);
    }

    /** Adds a file in the format of {@code countries.tsv}. */
    public Builder addCountries(Path file) {
      return file(file, this::countries);
    }

    /** Adds a file in the format of {@code sectors.tsv}. */
    public Builder addSectors(Path file) {
      return file(file, this::sectors);
    }

    /** Adds a file in the format of {@code claimants.tsv}. */
    public Builder addClaimants(Path file) {
      return file(file, this::claimants);
    }

    /** Adds entities made elsewhere, e.g. by a MISP galaxy or ATT&CK importer. */
    public Builder add(Collection<KnownEntity> more) {
      entities.addAll(List.copyOf(more));
      return this;
    }

    /**
     * Adds imported entities, merging each into a known one of the same family (groups; malware and
     * tools) that shares a name with it, case-insensitively: the known entity keeps its canonical
     * name and state (taking the import's state when it had none) and gains the new names, so
     * "APT28" from ATT&CK and Lantern's APT28 stay one entity.
     */
    public Builder merge(Collection<KnownEntity> imported) {
      java.util.Map<String, Integer> byName = new java.util.HashMap<>();
      for (int i = 0; i < entities.size(); i++) {
        for (String n : entities.get(i).names()) {
          byName.putIfAbsent(
              family(entities.get(i).type()) + n.toLowerCase(java.util.Locale.ROOT), i);
        }
      }
      for (KnownEntity e : imported) {
        Integer at = null;
        for (String n : e.names()) {
          at = byName.get(family(e.type()) + n.toLowerCase(java.util.Locale.ROOT));
          if (at != null) {
            break;
          }
        }
        int index;
        if (at == null) {
          entities.add(e);
          index = entities.size() - 1;
        } else {
          KnownEntity old = entities.get(at);
          Set<String> names = new LinkedHashSet<>(old.names());
          names.addAll(e.names());
          entities.set(
              at,
              new KnownEntity(
                  old.type(),
                  old.canonical(),
                  old.country().or(e::country),
                  List.copyOf(names),
                  old.source(),
                  old.kind()));
          index = at;
        }
        for (String n : entities.get(index).names()) {
          byName.putIfAbsent(family(e.type()) + n.toLowerCase(java.util.Locale.ROOT), index);
        }
      }
      return this;
    }

    private static String family(EntityType t) {
      return t.isGroup() ? "g:" : t == EntityType.MALWARE || t == EntityType.TOOL ? "m:" : t + ":";
    }

    /**
     * Adds a user's knowledge file, its format told by its content: a MISP galaxy cluster or a
     * MITRE ATT&CK bundle (JSON, merged as by {@link #merge}), or one of Lantern's TSV files (told
     * apart by its header: groups, malware, countries, sectors or claimants).
     *
     * @throws InvalidKnowledgeBaseException naming the file when it is unreadable or of no known
     *     format
     */
    public Builder addFile(Path file) {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".json")) {
        KnowledgeBase sofar = new KnowledgeBase(entities);
        return merge(KnowledgeImport.read(file, sofar));
      }
      String header;
      try (java.io.BufferedReader r =
          new java.io.BufferedReader(strictUtf8(Files.newInputStream(file)))) {
        header = r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new InvalidKnowledgeBaseException(
            "cannot read knowledge-base file " + file + ": " + e.getMessage(), e);
      }
      List<String> columns = List.of(header.replace("\uFEFF", "").split("\t", -1));
      if (columns.contains("state")) {
        return addGroups(file);
      } else if (columns.contains("iso2")) {
        return addCountries(file);
      } else if (columns.contains("terms_en")) {
        return addSectors(file);
      } else if (columns.contains("country") && columns.contains("kind")) {
        return addClaimants(file);
      } else if (columns.contains("aliases")) {
        return addMalware(file);
      }
      throw new InvalidKnowledgeBaseException(
          file
              + ": not a knowledge file Lantern reads: expected a MISP galaxy cluster or ATT&CK"
              + " bundle (.json) or a TSV with the header of groups, malware, countries, sectors"
              + " or claimants (see kb/SOURCES.md)");
    }

    public KnowledgeBase build() {
      return new KnowledgeBase(entities);
    }

    // ------------------------------------------------------------------ file formats

    private interface Format {
      void read(String name, Reader reader);
    }

    private Builder file(Path file, Format format) {
      try (InputStream in = Files.newInputStream(file)) {
        format.read(file.toString(), strictUtf8(in));
      } catch (IOException e) {
        throw new InvalidKnowledgeBaseException(
            "cannot read knowledge-base file " + file + ": " + e.getMessage(), e);
      }
      return this;
    }

    private void resource(String name, Format format) {
      try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          throw new InvalidKnowledgeBaseException(
              "built-in knowledge-base file " + RESOURCES + name + " is missing from the jar");
        }
        format.read(name, strictUtf8(in));
      } catch (IOException e) {
        throw new InvalidKnowledgeBaseException("cannot read built-in " + name, e);
      }
    }

    private static Reader strictUtf8(InputStream in) {
      return new InputStreamReader(
          in,
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private void groups(String file, Reader reader) {
      for (KbTable.Row r :
          KbTable.read(
              file,
              reader,
              List.of("name", "kind", "state", "aliases_en", "aliases_uk", "aliases_ru"))) {
        String kind = r.required("kind");
        EntityType type;
        if (kind.equals("intrusion-set")) {
          type = EntityType.INTRUSION_SET;
        } else if (kind.equals("threat-actor")) {
          type = EntityType.THREAT_ACTOR;
        } else {
          throw KbTable.fail(
              file, r.line(), "kind '" + kind + "' must be intrusion-set or threat-actor");
        }
        add(r, type, country(r, "state"), "name", "aliases_en", "aliases_uk", "aliases_ru");
      }
    }

    private void malware(String file, Reader reader) {
      for (KbTable.Row r : KbTable.read(file, reader, List.of("name", "kind", "aliases"))) {
        String kind = r.required("kind");
        EntityType type;
        if (kind.equals("malware")) {
          type = EntityType.MALWARE;
        } else if (kind.equals("tool")) {
          type = EntityType.TOOL;
        } else {
          throw KbTable.fail(file, r.line(), "kind '" + kind + "' must be malware or tool");
        }
        add(r, type, Optional.empty(), "name", "aliases");
      }
    }

    private void countries(String file, Reader reader) {
      List<String> columns =
          List.of(
              "iso2",
              "name_en",
              "alt_names_en",
              "demonym_en",
              "capital_en",
              "name_uk",
              "alt_names_uk",
              "demonym_uk",
              "capital_uk",
              "name_ru",
              "alt_names_ru",
              "demonym_ru",
              "capital_ru");
      for (KbTable.Row r : KbTable.read(file, reader, columns)) {
        Optional<String> iso = country(r, "iso2");
        if (iso.isEmpty()) {
          throw KbTable.fail(file, r.line(), "column 'iso2' must not be empty");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String c : columns.subList(1, columns.size())) {
          names.addAll(r.values(c));
        }
        entities.add(
            new KnownEntity(
                EntityType.COUNTRY, r.required("name_en"), iso, List.copyOf(names), file));
      }
    }

    private void sectors(String file, Reader reader) {
      for (KbTable.Row r :
          KbTable.read(file, reader, List.of("id", "terms_en", "terms_uk", "terms_ru"))) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(r.values("terms_en"));
        names.addAll(r.values("terms_uk"));
        names.addAll(r.values("terms_ru"));
        if (names.isEmpty()) {
          throw KbTable.fail(file, r.line(), "sector '" + r.required("id") + "' has no terms");
        }
        entities.add(
            new KnownEntity(
                EntityType.SECTOR, r.required("id"), Optional.empty(), List.copyOf(names), file));
      }
    }

    private void claimants(String file, Reader reader) {
      for (KbTable.Row r :
          KbTable.read(
              file,
              reader,
              List.of("name", "kind", "country", "aliases_en", "aliases_uk", "aliases_ru"))) {
        add(
            r,
            EntityType.ORGANIZATION,
            country(r, "country"),
            "name",
            "aliases_en",
            "aliases_uk",
            "aliases_ru");
        KnownEntity plain = entities.remove(entities.size() - 1);
        entities.add(
            new KnownEntity(
                plain.type(),
                plain.canonical(),
                plain.country(),
                plain.names(),
                plain.source(),
                r.required("kind")));
      }
    }

    private void add(
        KbTable.Row r, EntityType type, Optional<String> country, String... nameColumns) {
      String canonical = r.required(nameColumns[0]);
      Set<String> names = new LinkedHashSet<>();
      names.add(canonical);
      for (int i = 1; i < nameColumns.length; i++) {
        names.addAll(r.values(nameColumns[i]));
      }
      entities.add(new KnownEntity(type, canonical, country, List.copyOf(names), r.file()));
    }

    private static Optional<String> country(KbTable.Row r, String column) {
      Optional<String> v = r.optional(column);
      if (v.isPresent() && !v.get().matches("[A-Z]{2}")) {
        throw KbTable.fail(
            r.file(),
            r.line(),
            "column '"
                + column
                + "' must be an ISO 3166-1 alpha-2 code or '-', found '"
                + v.get()
                + "'");
      }
      return v;
    }
  }
}
