package dev.lantern.stix;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A STIX bundle: a {@code bundle--uuid} id and a list of objects, possibly several versions of one
 * object. Immutable and thread-safe; lookups by id use an index built once.
 *
 * <p>A final class rather than a record so that the id index is not a component (and so not part of
 * equality or of the canonical constructor).
 */
public final class Bundle {
  private final Identifier id;
  private final List<StixObject> objects;
  private final Map<Identifier, List<StixObject>> byId;

  /**
   * @throws InvalidStixException when the id is not a {@code bundle--} id
   */
  public Bundle(Identifier id, List<StixObject> objects) {
    Values.require(id, "id");
    if (!id.type().equals(StixType.BUNDLE)) {
      throw new InvalidStixException("bundle id must start with \"bundle--\", was " + id);
    }
    this.id = id;
    this.objects = Values.copy(objects);
    Map<Identifier, List<StixObject>> index = new HashMap<>();
    for (StixObject o : this.objects) {
      index.computeIfAbsent(o.id(), k -> new java.util.ArrayList<>()).add(o);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byId = Map.copyOf(index);
  }

  /** A bundle with a fresh random id. */
  public static Bundle of(List<StixObject> objects) {
    return new Bundle(Identifier.random(StixType.BUNDLE), objects);
  }

  public Identifier id() {
    return id;
  }

  /** The objects in bundle order. */
  public List<StixObject> objects() {
    return objects;
  }

  /**
   * The object with this id; when the bundle holds several versions, the one with the latest {@code
   * modified} (versions without one count as oldest).
   */
  public Optional<StixObject> find(Identifier objectId) {
    return versions(objectId).stream()
        .max(
            Comparator.comparing(
                (StixObject o) -> o.common().modified().orElse(java.time.Instant.MIN)));
  }

  /**
   * Like {@link #find} but for an id that must be present.
   *
   * @throws StixException naming the id and the bundle when it is absent
   */
  public StixObject get(Identifier objectId) {
    return find(objectId)
        .orElseThrow(() -> new StixException("bundle " + id + " holds no object " + objectId));
  }

  /** The typed object with this id, when present and of that class. */
  public <T extends StixObject> Optional<T> find(Identifier objectId, Class<T> kind) {
    return find(objectId).filter(kind::isInstance).map(kind::cast);
  }

  /** Every version of the object with this id, in bundle order; empty when absent. */
  public List<StixObject> versions(Identifier objectId) {
    return byId.getOrDefault(objectId, List.of());
  }

  /** The objects of one class, in bundle order, e.g. {@code ofKind(Indicator.class)}. */
  public <T extends StixObject> List<T> ofKind(Class<T> kind) {
    return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bundle b && id.equals(b.id) && objects.equals(b.objects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, objects);
  }

  @Override
  public String toString() {
    return "Bundle[" + id + ", " + objects.size() + " objects]";
  }
}
