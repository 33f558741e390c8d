package dev.lantern.stix.json;

import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.AutonomousSystem;
import dev.lantern.stix.Campaign;
import dev.lantern.stix.Common;
import dev.lantern.stix.DomainName;
import dev.lantern.stix.EmailAddr;
import dev.lantern.stix.ExtensionDefinition;
import dev.lantern.stix.File;
import dev.lantern.stix.Grouping;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Identity;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.Ipv4Addr;
import dev.lantern.stix.Ipv6Addr;
import dev.lantern.stix.LanguageContent;
import dev.lantern.stix.Location;
import dev.lantern.stix.Malware;
import dev.lantern.stix.MarkingDefinition;
import dev.lantern.stix.Note;
import dev.lantern.stix.Opinion;
import dev.lantern.stix.Relationship;
import dev.lantern.stix.Report;
import dev.lantern.stix.Sighting;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.ThreatActor;
import dev.lantern.stix.Tool;
import dev.lantern.stix.Url;
import dev.lantern.stix.Vulnerability;
import dev.lantern.stix.vocab.AttackMotivation;
import dev.lantern.stix.vocab.GroupingContext;
import dev.lantern.stix.vocab.IdentityClass;
import dev.lantern.stix.vocab.IndicatorType;
import dev.lantern.stix.vocab.IndustrySector;
import dev.lantern.stix.vocab.MalwareType;
import dev.lantern.stix.vocab.OpinionValue;
import dev.lantern.stix.vocab.PatternType;
import dev.lantern.stix.vocab.RelationshipType;
import dev.lantern.stix.vocab.ReportType;
import dev.lantern.stix.vocab.ResourceLevel;
import dev.lantern.stix.vocab.ThreatActorType;
import dev.lantern.stix.vocab.ToolType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The type-specific halves of reading and writing: for each modelled STIX type, how its own
 * properties map to the record's components. The common properties, the property order and the
 * unknown properties are handled by {@link StixJson}.
 *
 * <p>Design note: one reader and one writer per type, listed in the same order as the record
 * components, so a reviewer can check each against the record side by side. A reader must consume
 * every property it models before {@link Props#rest()} is evaluated (it is the last constructor
 * argument, and Java evaluates arguments left to right).
 */
final class ObjectCodecs {

  /** Reads a type's own properties; id and common properties are already read. */
  interface Reader<T extends StixObject> {
    T read(Props p, Identifier id, Common common);
  }

  record Codec<T extends StixObject>(Class<T> kind, Reader<T> reader, BiConsumer<T, Out> writer) {
    void write(StixObject o, Out out) {
      writer.accept(kind.cast(o), out);
    }
  }

  private static final Map<StixType, Codec<?>> BY_TYPE = new HashMap<>();
  private static final Map<Class<?>, Codec<?>> BY_CLASS = new HashMap<>();

  static {
    register(
        StixType.ATTACK_PATTERN,
        AttackPattern.class,
        ObjectCodecs::readAttackPattern,
        ObjectCodecs::writeAttackPattern);
    register(
        StixType.CAMPAIGN, Campaign.class, ObjectCodecs::readCampaign, ObjectCodecs::writeCampaign);
    register(
        StixType.GROUPING, Grouping.class, ObjectCodecs::readGrouping, ObjectCodecs::writeGrouping);
    register(
        StixType.IDENTITY, Identity.class, ObjectCodecs::readIdentity, ObjectCodecs::writeIdentity);
    register(
        StixType.INDICATOR,
        Indicator.class,
        ObjectCodecs::readIndicator,
        ObjectCodecs::writeIndicator);
    register(
        StixType.INTRUSION_SET,
        IntrusionSet.class,
        ObjectCodecs::readIntrusionSet,
        ObjectCodecs::writeIntrusionSet);
    register(
        StixType.LOCATION, Location.class, ObjectCodecs::readLocation, ObjectCodecs::writeLocation);
    register(
        StixType.MALWARE, Malware.class, ObjectCodecs::readMalware, ObjectCodecs::writeMalware);
    register(StixType.NOTE, Note.class, ObjectCodecs::readNote, ObjectCodecs::writeNote);
    register(
        StixType.OPINION, Opinion.class, ObjectCodecs::readOpinion, ObjectCodecs::writeOpinion);
    register(StixType.REPORT, Report.class, ObjectCodecs::readReport, ObjectCodecs::writeReport);
    register(
        StixType.THREAT_ACTOR,
        ThreatActor.class,
        ObjectCodecs::readThreatActor,
        ObjectCodecs::writeThreatActor);
    register(StixType.TOOL, Tool.class, ObjectCodecs::readTool, ObjectCodecs::writeTool);
    register(
        StixType.VULNERABILITY,
        Vulnerability.class,
        ObjectCodecs::readVulnerability,
        ObjectCodecs::writeVulnerability);
    register(
        StixType.RELATIONSHIP,
        Relationship.class,
        ObjectCodecs::readRelationship,
        ObjectCodecs::writeRelationship);
    register(
        StixType.SIGHTING, Sighting.class, ObjectCodecs::readSighting, ObjectCodecs::writeSighting);
    register(
        StixType.MARKING_DEFINITION,
        MarkingDefinition.class,
        ObjectCodecs::readMarkingDefinition,
        ObjectCodecs::writeMarkingDefinition);
    register(
        StixType.LANGUAGE_CONTENT,
        LanguageContent.class,
        ObjectCodecs::readLanguageContent,
        ObjectCodecs::writeLanguageContent);
    register(
        StixType.EXTENSION_DEFINITION,
        ExtensionDefinition.class,
        ObjectCodecs::readExtensionDefinition,
        ObjectCodecs::writeExtensionDefinition);
    register(
        StixType.IPV4_ADDR,
        Ipv4Addr.class,
        ObjectCodecs::readIpv4Addr,
        ObjectCodecs::writeIpv4Addr);
    register(
        StixType.IPV6_ADDR,
        Ipv6Addr.class,
        ObjectCodecs::readIpv6Addr,
        ObjectCodecs::writeIpv6Addr);
    register(
        StixType.DOMAIN_NAME,
        DomainName.class,
        ObjectCodecs::readDomainName,
        ObjectCodecs::writeDomainName);
    register(StixType.URL, Url.class, ObjectCodecs::readUrl, ObjectCodecs::writeUrl);
    register(
        StixType.EMAIL_ADDR,
        EmailAddr.class,
        ObjectCodecs::readEmailAddr,
        ObjectCodecs::writeEmailAddr);
    register(StixType.FILE, File.class, ObjectCodecs::readFile, ObjectCodecs::writeFile);
    register(
        StixType.AUTONOMOUS_SYSTEM,
        AutonomousSystem.class,
        ObjectCodecs::readAutonomousSystem,
        ObjectCodecs::writeAutonomousSystem);
  }

  private ObjectCodecs() {}

  private static <T extends StixObject> void register(
      StixType type, Class<T> kind, Reader<T> reader, BiConsumer<T, Out> writer) {
    Codec<T> codec = new Codec<>(kind, reader, writer);
    BY_TYPE.put(type, codec);
    BY_CLASS.put(kind, codec);
  }

  /** The codec for a modelled type; empty for types read as {@code GenericObject}. */
  static Optional<Codec<?>> forType(StixType type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** The codec for a record class; empty for {@code GenericObject}. */
  static Optional<Codec<?>> forObject(StixObject o) {
    return Optional.ofNullable(BY_CLASS.get(o.getClass()));
  }

  // ---------------------------------------------------------------------------------------------
  // Readers
  // ---------------------------------------------------------------------------------------------

  private static AttackPattern readAttackPattern(Props p, Identifier id, Common common) {
    return new AttackPattern(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.strings("aliases"),
        p.killChainPhases("kill_chain_phases"),
        p.rest());
  }

  private static Campaign readCampaign(Props p, Identifier id, Common common) {
    return new Campaign(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.strings("aliases"),
        p.optTime("first_seen"),
        p.optTime("last_seen"),
        p.optString("objective"),
        p.rest());
  }

  private static Grouping readGrouping(Props p, Identifier id, Common common) {
    return new Grouping(
        id,
        common,
        p.optString("name"),
        p.optString("description"),
        p.reqVocab("context", GroupingContext::of),
        p.refs("object_refs"),
        p.rest());
  }

  private static Identity readIdentity(Props p, Identifier id, Common common) {
    return new Identity(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.strings("roles"),
        p.optVocab("identity_class", IdentityClass::of),
        p.vocabs("sectors", IndustrySector::of),
        p.optString("contact_information"),
        p.rest());
  }

  private static Indicator readIndicator(Props p, Identifier id, Common common) {
    return new Indicator(
        id,
        common,
        p.optString("name"),
        p.optString("description"),
        p.vocabs("indicator_types", IndicatorType::of),
        p.reqString("pattern"),
        p.reqVocab("pattern_type", PatternType::of),
        p.optString("pattern_version"),
        p.reqTime("valid_from"),
        p.optTime("valid_until"),
        p.killChainPhases("kill_chain_phases"),
        p.rest());
  }

  private static IntrusionSet readIntrusionSet(Props p, Identifier id, Common common) {
    return new IntrusionSet(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.strings("aliases"),
        p.optTime("first_seen"),
        p.optTime("last_seen"),
        p.strings("goals"),
        p.optVocab("resource_level", ResourceLevel::of),
        p.optVocab("primary_motivation", AttackMotivation::of),
        p.vocabs("secondary_motivations", AttackMotivation::of),
        p.rest());
  }

  private static Location readLocation(Props p, Identifier id, Common common) {
    return new Location(
        id,
        common,
        p.optString("name"),
        p.optString("description"),
        p.optDouble("latitude"),
        p.optDouble("longitude"),
        p.optDouble("precision"),
        p.optString("region"),
        p.optString("country"),
        p.optString("administrative_area"),
        p.optString("city"),
        p.optString("street_address"),
        p.optString("postal_code"),
        p.rest());
  }

  private static Malware readMalware(Props p, Identifier id, Common common) {
    return new Malware(
        id,
        common,
        p.optString("name"),
        p.optString("description"),
        p.vocabs("malware_types", MalwareType::of),
        p.reqBool("is_family"),
        p.strings("aliases"),
        p.killChainPhases("kill_chain_phases"),
        p.optTime("first_seen"),
        p.optTime("last_seen"),
        p.refs("operating_system_refs"),
        p.strings("architecture_execution_envs"),
        p.strings("implementation_languages"),
        p.strings("capabilities"),
        p.refs("sample_refs"),
        p.rest());
  }

  private static Note readNote(Props p, Identifier id, Common common) {
    return new Note(
        id,
        common,
        p.optString("abstract"),
        p.reqString("content"),
        p.strings("authors"),
        p.refs("object_refs"),
        p.rest());
  }

  private static Opinion readOpinion(Props p, Identifier id, Common common) {
    return new Opinion(
        id,
        common,
        p.optString("explanation"),
        p.strings("authors"),
        p.reqVocab("opinion", OpinionValue::of),
        p.refs("object_refs"),
        p.rest());
  }

  private static Report readReport(Props p, Identifier id, Common common) {
    return new Report(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.vocabs("report_types", ReportType::of),
        p.reqTime("published"),
        p.refs("object_refs"),
        p.rest());
  }

  private static ThreatActor readThreatActor(Props p, Identifier id, Common common) {
    return new ThreatActor(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.vocabs("threat_actor_types", ThreatActorType::of),
        p.strings("aliases"),
        p.optTime("first_seen"),
        p.optTime("last_seen"),
        p.strings("roles"),
        p.strings("goals"),
        p.optString("sophistication"),
        p.optVocab("resource_level", ResourceLevel::of),
        p.optVocab("primary_motivation", AttackMotivation::of),
        p.vocabs("secondary_motivations", AttackMotivation::of),
        p.vocabs("personal_motivations", AttackMotivation::of),
        p.rest());
  }

  private static Tool readTool(Props p, Identifier id, Common common) {
    return new Tool(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.vocabs("tool_types", ToolType::of),
        p.strings("aliases"),
        p.killChainPhases("kill_chain_phases"),
        p.optString("tool_version"),
        p.rest());
  }

  private static Vulnerability readVulnerability(Props p, Identifier id, Common common) {
    return new Vulnerability(id, common, p.reqString("name"), p.optString("description"), p.rest());
  }

  private static Relationship readRelationship(Props p, Identifier id, Common common) {
    return new Relationship(
        id,
        common,
        p.reqVocab("relationship_type", RelationshipType::of),
        p.optString("description"),
        p.reqRef("source_ref"),
        p.reqRef("target_ref"),
        p.optTime("start_time"),
        p.optTime("stop_time"),
        p.rest());
  }

  private static Sighting readSighting(Props p, Identifier id, Common common) {
    return new Sighting(
        id,
        common,
        p.optString("description"),
        p.optTime("first_seen"),
        p.optTime("last_seen"),
        p.optInt("count"),
        p.reqRef("sighting_of_ref"),
        p.refs("observed_data_refs"),
        p.refs("where_sighted_refs"),
        p.bool("summary"),
        p.rest());
  }

  private static MarkingDefinition readMarkingDefinition(Props p, Identifier id, Common common) {
    return new MarkingDefinition(
        id,
        common,
        p.optString("name"),
        p.optString("definition_type"),
        p.optRaw("definition"),
        p.rest());
  }

  private static LanguageContent readLanguageContent(Props p, Identifier id, Common common) {
    return new LanguageContent(
        id,
        common,
        p.reqRef("object_ref"),
        p.optTime("object_modified"),
        p.rawMap("contents"),
        p.rest());
  }

  private static ExtensionDefinition readExtensionDefinition(
      Props p, Identifier id, Common common) {
    return new ExtensionDefinition(
        id,
        common,
        p.reqString("name"),
        p.optString("description"),
        p.reqString("schema"),
        p.reqString("version"),
        p.strings("extension_types"),
        p.strings("extension_properties"),
        p.rest());
  }

  private static Ipv4Addr readIpv4Addr(Props p, Identifier id, Common common) {
    return new Ipv4Addr(
        id,
        common,
        p.reqString("value"),
        p.refs("resolves_to_refs"),
        p.refs("belongs_to_refs"),
        p.rest());
  }

  private static Ipv6Addr readIpv6Addr(Props p, Identifier id, Common common) {
    return new Ipv6Addr(
        id,
        common,
        p.reqString("value"),
        p.refs("resolves_to_refs"),
        p.refs("belongs_to_refs"),
        p.rest());
  }

  private static DomainName readDomainName(Props p, Identifier id, Common common) {
    return new DomainName(id, common, p.reqString("value"), p.refs("resolves_to_refs"), p.rest());
  }

  private static Url readUrl(Props p, Identifier id, Common common) {
    return new Url(id, common, p.reqString("value"), p.rest());
  }

  private static EmailAddr readEmailAddr(Props p, Identifier id, Common common) {
    return new EmailAddr(
        id,
        common,
        p.reqString("value"),
        p.optString("display_name"),
        p.optRef("belongs_to_ref"),
        p.rest());
  }

  private static File readFile(Props p, Identifier id, Common common) {
    return new File(
        id,
        common,
        p.hashes("hashes"),
        p.optLong("size"),
        p.optString("name"),
        p.optString("name_enc"),
        p.optString("mime_type"),
        p.optTime("ctime"),
        p.optTime("mtime"),
        p.optTime("atime"),
        p.optRef("parent_directory_ref"),
        p.refs("contains_refs"),
        p.optRef("content_ref"),
        p.rest());
  }

  private static AutonomousSystem readAutonomousSystem(Props p, Identifier id, Common common) {
    return new AutonomousSystem(
        id, common, p.reqLong("number"), p.optString("name"), p.optString("rir"), p.rest());
  }

  // ---------------------------------------------------------------------------------------------
  // Writers
  // ---------------------------------------------------------------------------------------------

  private static void writeAttackPattern(AttackPattern o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("aliases", o.aliases());
    w.put("kill_chain_phases", o.killChainPhases());
  }

  private static void writeCampaign(Campaign o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("aliases", o.aliases());
    w.put("first_seen", o.firstSeen());
    w.put("last_seen", o.lastSeen());
    w.put("objective", o.objective());
  }

  private static void writeGrouping(Grouping o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("context", o.context());
    w.put("object_refs", o.objectRefs());
  }

  private static void writeIdentity(Identity o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("roles", o.roles());
    w.put("identity_class", o.identityClass());
    w.put("sectors", o.sectors());
    w.put("contact_information", o.contactInformation());
  }

  private static void writeIndicator(Indicator o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("indicator_types", o.indicatorTypes());
    w.put("pattern", o.pattern());
    w.put("pattern_type", o.patternType());
    w.put("pattern_version", o.patternVersion());
    w.put("valid_from", o.validFrom());
    w.put("valid_until", o.validUntil());
    w.put("kill_chain_phases", o.killChainPhases());
  }

  private static void writeIntrusionSet(IntrusionSet o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("aliases", o.aliases());
    w.put("first_seen", o.firstSeen());
    w.put("last_seen", o.lastSeen());
    w.put("goals", o.goals());
    w.put("resource_level", o.resourceLevel());
    w.put("primary_motivation", o.primaryMotivation());
    w.put("secondary_motivations", o.secondaryMotivations());
  }

  private static void writeLocation(Location o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("latitude", o.latitude());
    w.put("longitude", o.longitude());
    w.put("precision", o.precision());
    w.put("region", o.region());
    w.put("country", o.country());
    w.put("administrative_area", o.administrativeArea());
    w.put("city", o.city());
    w.put("street_address", o.streetAddress());
    w.put("postal_code", o.postalCode());
  }

  private static void writeMalware(Malware o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("malware_types", o.malwareTypes());
    w.always("is_family", o.isFamily());
    w.put("aliases", o.aliases());
    w.put("kill_chain_phases", o.killChainPhases());
    w.put("first_seen", o.firstSeen());
    w.put("last_seen", o.lastSeen());
    w.put("operating_system_refs", o.operatingSystemRefs());
    w.put("architecture_execution_envs", o.architectureExecutionEnvs());
    w.put("implementation_languages", o.implementationLanguages());
    w.put("capabilities", o.capabilities());
    w.put("sample_refs", o.sampleRefs());
  }

  private static void writeNote(Note o, Out w) {
    w.put("abstract", o.abstractText());
    w.put("content", o.content());
    w.put("authors", o.authors());
    w.put("object_refs", o.objectRefs());
  }

  private static void writeOpinion(Opinion o, Out w) {
    w.put("explanation", o.explanation());
    w.put("authors", o.authors());
    w.put("opinion", o.opinion());
    w.put("object_refs", o.objectRefs());
  }

  private static void writeReport(Report o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("report_types", o.reportTypes());
    w.put("published", o.published());
    w.put("object_refs", o.objectRefs());
  }

  private static void writeThreatActor(ThreatActor o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("threat_actor_types", o.threatActorTypes());
    w.put("aliases", o.aliases());
    w.put("first_seen", o.firstSeen());
    w.put("last_seen", o.lastSeen());
    w.put("roles", o.roles());
    w.put("goals", o.goals());
    w.put("sophistication", o.sophistication());
    w.put("resource_level", o.resourceLevel());
    w.put("primary_motivation", o.primaryMotivation());
    w.put("secondary_motivations", o.secondaryMotivations());
    w.put("personal_motivations", o.personalMotivations());
  }

  private static void writeTool(Tool o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("tool_types", o.toolTypes());
    w.put("aliases", o.aliases());
    w.put("kill_chain_phases", o.killChainPhases());
    w.put("tool_version", o.toolVersion());
  }

  private static void writeVulnerability(Vulnerability o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
  }

  private static void writeRelationship(Relationship o, Out w) {
    w.put("relationship_type", o.relationshipType());
    w.put("description", o.description());
    w.put("source_ref", o.sourceRef());
    w.put("target_ref", o.targetRef());
    w.put("start_time", o.startTime());
    w.put("stop_time", o.stopTime());
  }

  private static void writeSighting(Sighting o, Out w) {
    w.put("description", o.description());
    w.put("first_seen", o.firstSeen());
    w.put("last_seen", o.lastSeen());
    w.put("count", o.count());
    w.put("sighting_of_ref", o.sightingOfRef());
    w.put("observed_data_refs", o.observedDataRefs());
    w.put("where_sighted_refs", o.whereSightedRefs());
    w.flag("summary", o.summary());
  }

  private static void writeMarkingDefinition(MarkingDefinition o, Out w) {
    w.put("name", o.name());
    w.put("definition_type", o.definitionType());
    w.put("definition", o.definition());
  }

  private static void writeLanguageContent(LanguageContent o, Out w) {
    w.put("object_ref", o.objectRef());
    w.put("object_modified", o.objectModified());
    w.put("contents", o.contents());
  }

  private static void writeExtensionDefinition(ExtensionDefinition o, Out w) {
    w.put("name", o.name());
    w.put("description", o.description());
    w.put("schema", o.schema());
    w.put("version", o.version());
    w.put("extension_types", o.extensionTypes());
    w.put("extension_properties", o.extensionProperties());
  }

  private static void writeIpv4Addr(Ipv4Addr o, Out w) {
    w.put("value", o.value());
    w.put("resolves_to_refs", o.resolvesToRefs());
    w.put("belongs_to_refs", o.belongsToRefs());
  }

  private static void writeIpv6Addr(Ipv6Addr o, Out w) {
    w.put("value", o.value());
    w.put("resolves_to_refs", o.resolvesToRefs());
    w.put("belongs_to_refs", o.belongsToRefs());
  }

  private static void writeDomainName(DomainName o, Out w) {
    w.put("value", o.value());
    w.put("resolves_to_refs", o.resolvesToRefs());
  }

  private static void writeUrl(Url o, Out w) {
    w.put("value", o.value());
  }

  private static void writeEmailAddr(EmailAddr o, Out w) {
    w.put("value", o.value());
    w.put("display_name", o.displayName());
    w.put("belongs_to_ref", o.belongsToRef());
  }

  private static void writeFile(File o, Out w) {
    w.put("hashes", o.hashes());
    w.put("size", o.size());
    w.put("name", o.name());
    w.put("name_enc", o.nameEnc());
    w.put("mime_type", o.mimeType());
    w.put("ctime", o.ctime());
    w.put("mtime", o.mtime());
    w.put("atime", o.atime());
    w.put("parent_directory_ref", o.parentDirectoryRef());
    w.put("contains_refs", o.containsRefs());
    w.put("content_ref", o.contentRef());
  }

  private static void writeAutonomousSystem(AutonomousSystem o, Out w) {
    w.always("number", o.number());
    w.put("name", o.name());
    w.put("rir", o.rir());
  }
}
