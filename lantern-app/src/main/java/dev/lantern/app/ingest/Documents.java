package dev.lantern.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lantern.extract.document.Document;
import dev.lantern.extract.report.ExtractOptions;
import dev.lantern.extract.report.ExtractionStix;
import dev.lantern.extract.report.ReportExtraction;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.stix.Common;
import dev.lantern.stix.ExternalReference;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a read document into the batch of STIX objects to store for it.
 *
 * <p>Design note — what "the same document" means. A document's report is identified by where it
 * came from ({@link Loaded#identity()}: absolute path, URL, upload name), not by its text, so that
 * an edited advisory becomes a new <em>version</em> of its report rather than a second report. The
 * SHA-256 of the extracted text is kept on the report as an external reference ({@value
 * #TEXT_HASH_SOURCE}); when the stored report already carries the same hash, nothing is extracted
 * or written. Objects the extraction names (groups, indicators, observables) have deterministic
 * ids; when the store already holds one, the stored version is kept as it is: extraction yields
 * bare named objects, and a richer stored version (from ATT&CK, from an analyst) must not be
 * overwritten by a poorer one. Only the report gets new versions, with a {@code modified} later
 * than the stored one and its original {@code created}.
 */
final class Documents {
  /** The external-reference source name under which a report names the input it was read from. */
  static final String SOURCE = "lantern-source";

  /** The external-reference source name under which a report keeps the hash of its text. */
  static final String TEXT_HASH_SOURCE = "lantern-text-sha256";

  private final Store store;
  private final ReportExtractor extractor;
  private final InstantSource clock;

  Documents(Store store, ReportExtractor extractor, InstantSource clock) {
    this.store = store;
    this.extractor = extractor;
    this.clock = clock;
  }

  /** The report id standing for the document with this identity. */
  static Identifier reportId(String identity) {
    return Identifier.forNamed(StixType.REPORT, "lantern-document:" + identity);
  }

  /**
   * The objects to upsert for the document; empty when the store already holds this exact text
   * under this identity.
   */
  Optional<List<StixObject>> batch(Loaded loaded, Document document) {
    Identifier reportId = reportId(loaded.identity());
    String textHash = sha256(document.text());
    Optional<StixObject> stored = store.find(reportId);
    if (stored.isPresent() && hash(stored.get()).filter(textHash::equals).isPresent()) {
      return Optional.empty();
    }
    ReportExtraction extraction = extractor.extract(document, ExtractOptions.automatic());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<StixObject> extracted =
        new ExtractionStix(InstantSource.fixed(now)).bundle(List.of(extraction)).objects();
    Optional<Identifier> extractedId =
        extracted.stream().filter(o -> o instanceof Report).map(StixObject::id).findFirst();
    List<StixObject> batch = new ArrayList<>();
    for (StixObject o : extracted) {
      if (o instanceof Report r) {
        batch.add(report(r, reportId, textHash, loaded.source(), document.text(), stored, now));
      } else if (!store.contains(o.id())) {
        batch.add(extractedId.map(old -> renamed(o, old, reportId)).orElse(o));
      }
    }
    return Optional.of(batch);
  }

  private static Report report(
      Report extracted,
      Identifier reportId,
      String textHash,
      String source,
      String text,
      Optional<StixObject> stored,
      Instant now) {
    Common c = extracted.common();
    List<ExternalReference> refs = new ArrayList<>(c.externalReferences());
    refs.add(ExternalReference.of(SOURCE, source));
    refs.add(ExternalReference.of(TEXT_HASH_SOURCE, textHash));
    Optional<Instant> created = c.created();
    Optional<Instant> modified = c.modified();
    if (stored.isPresent()) {
      created = stored.get().common().created().or(() -> c.created());
      Instant last = stored.get().common().modified().orElse(Instant.EPOCH);
      modified = Optional.of(now.isAfter(last) ? now : last.plusMillis(1));
    }
    Common common =
        new Common(
            c.specVersion(),
            created,
            modified,
            c.createdByRef(),
            c.revoked(),
            c.labels(),
            c.confidence(),
            c.lang(),
            refs,
            c.objectMarkingRefs(),
            c.granularMarkings(),
            c.defanged(),
            c.extensions());
    List<Identifier> objectRefs =
        extracted.objectRefs().stream().map(r -> r.equals(extracted.id()) ? reportId : r).toList();
    return new Report(
        reportId,
        common,
        extracted.name(),
        Optional.of(text).filter(t -> !t.isBlank()),
        extracted.reportTypes(),
        extracted.published(),
        objectRefs,
        extracted.extra());
  }

  /**
   * {@code o} with every string equal to {@code from} — a reference to the report anywhere,
   * extensions included (a claim's evidence names its report) — replaced by {@code to}.
   */
  static StixObject renamed(StixObject o, Identifier from, Identifier to) {
    ObjectNode tree = StixJson.standard().toTree(o);
    return replace(tree, from.toString(), to.toString()) ? StixJson.standard().fromTree(tree) : o;
  }

  private static boolean replace(JsonNode node, String from, String to) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isTextual() && field.getValue().asText().equals(from)) {
          field.setValue(TextNode.valueOf(to));
          changed = true;
        } else {
          changed |= replace(field.getValue(), from, to);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && array.get(i).asText().equals(from)) {
          array.set(i, TextNode.valueOf(to));
          changed = true;
        } else {
          changed |= replace(array.get(i), from, to);
        }
      }
    }
    return changed;
  }

  private static Optional<String> hash(StixObject report) {
    return report.common().externalReferences().stream()
        .filter(r -> TEXT_HASH_SOURCE.equals(r.sourceName()))
        .map(ExternalReference::externalId)
        .flatMap(Optional::stream)
        .findFirst();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
