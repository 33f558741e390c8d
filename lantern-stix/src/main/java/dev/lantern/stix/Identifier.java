package dev.lantern.stix;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A STIX identifier, {@code type--uuid}. Parsing is strict about the shape (a valid {@link
 * StixType}, two hyphens, 8-4-4-4-12 hexadecimal digits) and lenient about what the UUID encodes:
 * version and variant are checked by the validator, so foreign ids still load. Output is always
 * lowercase.
 *
 * <p>Deterministic ids:
 *
 * <ul>
 *   <li>{@link #forObservable} implements STIX 2.1 section 2.9: a UUIDv5 in the namespace {@value
 *       #STIX_NAMESPACE} over the RFC 8785 canonical JSON of the type's ID-contributing properties.
 *   <li>{@link #forNamed} gives named domain objects (intrusion sets, malware, identities, …) the
 *       same id every time Lantern extracts the same name: a UUIDv5 in {@link
 *       #LANTERN_NAMED_NAMESPACE} over the normalised name (see {@link #normaliseName}).
 * </ul>
 */
public record Identifier(StixType type, UUID uuid) implements Comparable<Identifier> {

  /** The namespace STIX 2.1 fixes for deterministic cyber-observable ids. */
  public static final String STIX_NAMESPACE = "00abedb4-aa42-466c-9c01-fed23315a9b7";

  /**
   * Lantern's namespace for named-object ids: the UUIDv5 of the name {@code
   * lantern:stix:named-object} in the STIX namespace above. Changing it changes every id Lantern
   * has ever minted for a named object, so it is fixed forever.
   */
  public static final UUID LANTERN_NAMED_NAMESPACE =
      NameBasedUuid.v5(UUID.fromString(STIX_NAMESPACE), "lantern:stix:named-object");

  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  public Identifier {
    if (type == null || uuid == null) {
      throw new InvalidStixException("identifier needs both a type and a UUID");
    }
  }

  /**
   * Parses {@code type--uuid}.
   *
   * @throws InvalidStixException naming the value when it is not of that shape
   */
  public static Identifier parse(String text) {
    if (text == null) {
      throw new InvalidStixException("identifier is null; expected \"type--uuid\"");
    }
    int sep = text.lastIndexOf("--");
    if (sep <= 0 || !UUID_SHAPE.matcher(text.substring(sep + 2)).matches()) {
      throw new InvalidStixException(
          "identifier \""
              + StixText.excerpt(text)
              + "\" is malformed; expected \"type--uuid\" such as"
              + " \"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"");
    }
    return new Identifier(
        StixType.of(text.substring(0, sep)), UUID.fromString(text.substring(sep + 2)));
  }

  /** A fresh random (version 4) identifier, as STIX suggests for domain objects. */
  public static Identifier random(StixType type) {
    return new Identifier(type, UUID.randomUUID());
  }

  /**
   * The deterministic id STIX 2.1 prescribes for a cyber observable: UUIDv5 in {@value
   * #STIX_NAMESPACE} over the canonical JSON (RFC 8785) of {@code contributing}, which holds only
   * the type's ID-contributing properties that are present (values: String, Boolean, Number, List,
   * Map).
   */
  public static Identifier forObservable(StixType type, Map<String, ?> contributing) {
    String canonical = CanonicalJson.write(contributing);
    return new Identifier(type, NameBasedUuid.v5(UUID.fromString(STIX_NAMESPACE), canonical));
  }

  /**
   * A deterministic id for a named object: extracting "APT 28" and "apt28 " twice gives the same
   * id, as does "Fancy Bear" and "fancy bear". The UUIDv5 in {@link #LANTERN_NAMED_NAMESPACE} is
   * computed over {@link #normaliseName(String)}; the type is not hashed, it is the id's prefix.
   *
   * @throws InvalidStixException when the name is blank
   */
  public static Identifier forNamed(StixType type, String name) {
    String key = normaliseName(name);
    if (key.isEmpty()) {
      throw new InvalidStixException("cannot derive a " + type + " id from a blank name");
    }
    return new Identifier(type, NameBasedUuid.v5(LANTERN_NAMED_NAMESPACE, key));
  }

  /**
   * The key {@link #forNamed} hashes: Unicode NFKC, case-folded (upper- then lower-casing in the
   * root locale, so "ß" and "SS" agree), runs of whitespace collapsed to one space, trimmed.
   */
  public static String normaliseName(String name) {
    if (name == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(folded).replaceAll(" ").strip();
  }

  /** The UUID version (4 random, 5 name-based, …) as encoded in the id. */
  public int uuidVersion() {
    return uuid.version();
  }

  /** Whether the UUID has the RFC 4122 variant and a version from 1 to 5, as STIX requires. */
  public boolean isRfc4122() {
    return uuid.variant() == 2 && uuid.version() >= 1 && uuid.version() <= 5;
  }

  @Override
  public int compareTo(Identifier o) {
    return toString().compareTo(o.toString());
  }

  /** {@code type--uuid}, lowercase. */
  @Override
  public String toString() {
    return type.value() + "--" + uuid;
  }
}
