package dev.lantern.stix;

import java.util.Map;

/**
 * Any STIX object whose type this model does not represent as its own record: custom objects
 * ({@code x-acme-widget}), and STIX 2.1 types Lantern does not interpret (course-of-action,
 * infrastructure, observed-data, mac-addr, …). The common properties are parsed; everything else is
 * kept in {@code extra}, in input order, so the object round-trips without loss.
 */
public record GenericObject(StixType type, Identifier id, Common common, Map<String, RawJson> extra)
    implements StixObject {
  public GenericObject {
    Values.require(type, "type");
    Values.require(id, "id");
    Values.require(common, "common");
    extra = Values.orderedCopy(extra);
  }
}
