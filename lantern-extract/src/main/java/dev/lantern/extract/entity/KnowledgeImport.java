package dev.lantern.extract.entity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads entities from third-party knowledge files at run time, so that no such file is copied into
 * Lantern: MISP galaxy clusters ({@code threat-actor}, {@code malpedia}, {@code mitre-*} …) and
 * MITRE ATT&CK STIX bundles ({@code enterprise-attack.json}, {@code ics-attack.json}).
 *
 * <p>Design note. ATT&CK bundles are tens of megabytes, so they are streamed: the parser walks the
 * {@code objects} array and materialises one object at a time. Only what recognition needs is kept
 * — names, aliases, the suspected state — from objects that are neither revoked nor deprecated. A
 * group's state comes from a galaxy's {@code meta.country} (ISO2) or its {@code
 * cfr-suspected-state-sponsor} (a country name, resolved through the countries of the knowledge
 * base given); ATT&CK states none.
 */
public final class KnowledgeImport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 512L * 1024 * 1024;

  private KnowledgeImport() {}

  /**
   * The entities of a knowledge file, its format told by its content: a MISP galaxy cluster (an
   * object with {@code values}) or a STIX bundle (an object with {@code objects}).
   *
   * @param countries resolves country names ("China") to ISO2 codes
   * @throws InvalidKnowledgeBaseException naming the file and what is wrong
   */
  public static List<KnownEntity> read(Path file, KnowledgeBase countries) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidKnowledgeBaseException(
            file + ": larger than " + (MAX_BYTES >> 20) + " MiB; not a knowledge file");
      }
    } catch (IOException e) {
      throw new InvalidKnowledgeBaseException(file + ": cannot read: " + e.getMessage(), e);
    }
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = factory.createParser(in)) {
      p.setCodec(JSON);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidKnowledgeBaseException(
            file + ": expected a JSON object (a MISP galaxy cluster or a STIX bundle)");
      }
      List<KnownEntity> out = new ArrayList<>();
      String source = file.getFileName().toString();
      String galaxyType = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("type") && value == JsonToken.VALUE_STRING) {
          galaxyType = p.getText();
        } else if (field.equals("values") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            galaxyValue(p.readValueAsTree(), galaxyType, source, countries).ifPresent(out::add);
          }
        } else if (field.equals("objects") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            stixObject(p.readValueAsTree(), source).ifPresent(out::add);
          }
        } else {
          p.skipChildren();
        }
      }
      return out;
    } catch (IOException e) {
      throw new InvalidKnowledgeBaseException(
          file + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  // ------------------------------------------------------------------ MISP galaxy

  private static Optional<KnownEntity> galaxyValue(
      JsonNode v, String galaxyType, String source, KnowledgeBase countries) {
    Optional<EntityType> type = galaxyType(galaxyType, v);
    String name = v.path("value").asText("").strip();
    if (type.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    for (JsonNode s : v.path("meta").path("synonyms")) {
      if (s.isTextual() && !s.asText().isBlank()) {
        names.add(s.asText().strip());
      }
    }
    Optional<String> state = Optional.empty();
    if (type.get().isGroup()) {
      String cc = v.path("meta").path("country").asText("");
      if (cc.matches("[A-Z]{2}")) {
        state = Optional.of(cc);
      } else {
        String sponsor = v.path("meta").path("cfr-suspected-state-sponsor").asText("");
        if (!sponsor.isBlank()) {
          state =
              countries
                  .canonicalOf(EntityType.COUNTRY, sponsor)
                  .flatMap(c -> countries.find(EntityType.COUNTRY, c))
                  .flatMap(KnownEntity::country);
        }
      }
    }
    return Optional.of(
        new KnownEntity(type.get(), name, state, List.copyOf(names), "misp-galaxy:" + source));
  }

  private static Optional<EntityType> galaxyType(String galaxyType, JsonNode v) {
    if (galaxyType == null) {
      return Optional.empty();
    }
    return switch (galaxyType) {
      case "threat-actor", "mitre-intrusion-set" -> Optional.of(EntityType.INTRUSION_SET);
      case "malpedia",
          "mitre-malware",
          "ransomware",
          "backdoor",
          "rat",
          "stealer",
          "botnet",
          "banker",
          "exploit-kit" ->
          Optional.of(EntityType.MALWARE);
      case "tool", "mitre-tool" -> Optional.of(EntityType.TOOL);
      default -> Optional.empty();
    };
  }

  // ------------------------------------------------------------------ ATT&CK (STIX)

  private static Optional<KnownEntity> stixObject(JsonNode o, String source) {
    if (o.path("revoked").asBoolean(false) || o.path("x_mitre_deprecated").asBoolean(false)) {
      return Optional.empty();
    }
    EntityType type;
    JsonNode aliases;
    switch (o.path("type").asText("")) {
      case "intrusion-set" -> {
        type = EntityType.INTRUSION_SET;
        aliases = o.path("aliases");
      }
      case "malware" -> {
        type = EntityType.MALWARE;
        aliases = o.path("x_mitre_aliases");
      }
      case "tool" -> {
        type = EntityType.TOOL;
        aliases = o.path("x_mitre_aliases");
      }
      default -> {
        return Optional.empty();
      }
    }
    String name = o.path("name").asText("").strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    for (JsonNode a : aliases) {
      if (a.isTextual() && !a.asText().isBlank()) {
        names.add(a.asText().strip());
      }
    }
    return Optional.of(
        new KnownEntity(type, name, Optional.empty(), List.copyOf(names), "attack:" + source));
  }
}
