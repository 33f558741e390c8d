package dev.lantern.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.document.FetchPolicy;
import dev.lantern.extract.report.ReportExtractor;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Report;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
  static final String REPORT_TEXT =
      "APT28 used the domain evil-updates-cdn.net and the address 185.86.151.11 against"
          + " ministries in Kyiv.\n";

  @TempDir Path dir;
  private Store store;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-01-10T10:00:00Z"));
  private Ingest ingest;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("store/lantern.db").toString());
    ingest = new Ingest(store, EXTRACTOR, FetchPolicy.standard(), now::get);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private IngestOutcome ingest(Path p) {
    return ingest.ingest(new IngestInput.FromPath(p));
  }

  /** Every live and revoked object id of the types ingest writes, to compare before and after. */
  private List<String> snapshot() {
    List<String> all = new ArrayList<>();
    for (String t :
        List.of(
            "report",
            "indicator",
            "intrusion-set",
            "domain-name",
            "ipv4-addr",
            "relationship",
            "location",
            "identity",
            "file",
            "sighting",
            "malware")) {
      store.forEachLatest(
          StixType.of(t),
          true,
          o -> all.add(o.id() + "@" + o.common().modified().map(Instant::toString).orElse("")));
    }
    return all;
  }

  @Test
  void ingest_textDocumentStoresItsReportWithTheObjectsItNames() throws IOException {
    IngestOutcome outcome = ingest(write("advisory.txt", REPORT_TEXT));

    assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
    IngestOutcome.Stored stored = (IngestOutcome.Stored) outcome;
    assertThat(stored.kind()).isEqualTo(DocumentKind.TEXT);
    Report report = (Report) store.get(stored.report().orElseThrow());
    assertThat(report.objectRefs()).isNotEmpty();
    for (Identifier ref : report.objectRefs()) {
      assertThat(store.contains(ref)).as("report ref %s stored", ref).isTrue();
    }
    assertThat(store.objectsWithValue("evil-updates-cdn.net")).isNotEmpty();
    assertThat(store.reportsMentioning(store.objectsWithValue("APT28").get(0)))
        .contains(report.id());
  }

  @Test
  void renamed_replacesTheExtractedReportIdEverywhereExtensionsIncluded() {
    Identifier old = Identifier.parse("report--" + uuid(40));
    Identifier now = Identifier.parse("report--" + uuid(41));
    StixObject relationship =
        dev.lantern.stix.json.StixJson.standard()
            .readObject(
                "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--"
                    + uuid(42)
                    + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":"
                    + "\"2024-01-01T00:00:00.000Z\",\"relationship_type\":\"attributed-to\","
                    + "\"source_ref\":\"campaign--"
                    + uuid(43)
                    + "\",\"target_ref\":\"intrusion-set--"
                    + uuid(44)
                    + "\",\"extensions\":{\"extension-definition--"
                    + uuid(45)
                    + "\":{\"extension_type\":\"property-extension\",\"claims\":[{\"stance\":"
                    + "\"attributes\",\"evidence\":{\"report_ref\":\""
                    + old
                    + "\",\"start\":1}}]}}}");

    String json =
        dev.lantern.stix.json.StixJson.standard().write(Documents.renamed(relationship, old, now));

    assertThat(json).contains(now.toString()).doesNotContain(old.toString());
    assertThat(Documents.renamed(relationship, now, old)).isSameAs(relationship);
  }

  @Test
  void ingest_sameDocumentTwiceIsUnchangedAndWritesNothing() throws IOException {
    Path p = write("advisory.txt", REPORT_TEXT);
    ingest(p);
    List<String> before = snapshot();
    now.set(now.get().plus(Duration.ofHours(1)));

    IngestOutcome again = ingest(p);

    assertThat(again).isInstanceOf(IngestOutcome.Unchanged.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void ingest_changedDocumentMakesANewVersionOfItsReport() throws IOException {
    Path p = write("advisory.txt", REPORT_TEXT);
    Identifier report = ((IngestOutcome.Stored) ingest(p)).report().orElseThrow();
    Files.writeString(p, REPORT_TEXT + "It also used 91.219.236.18.\n");
    now.set(now.get().plus(Duration.ofHours(1)));

    IngestOutcome outcome = ingest(p);

    assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
    assertThat(((IngestOutcome.Stored) outcome).summary().newVersions()).contains(report);
    assertThat(store.versions(report)).hasSize(2);
    Report latest = (Report) store.get(report);
    assertThat(latest.common().created())
        .isEqualTo(store.versions(report).get(0).object().common().created());
    assertThat(store.reportsMentioning(store.objectsWithValue("91.219.236.18").get(0)))
        .containsExactly(report);
  }

  @Test
  void ingest_detectsAStixBundleByContentWhateverTheFileIsCalled() throws IOException {
    Path p = write("notes.txt", bundle(indicatorJson("indicator--" + uuid(1))));

    IngestOutcome outcome = ingest(p);

    assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
    assertThat(((IngestOutcome.Stored) outcome).kind()).isEqualTo(DocumentKind.STIX_BUNDLE);
    assertThat(store.contains(Identifier.parse("indicator--" + uuid(1)))).isTrue();
    assertThat(ingest(p)).isInstanceOf(IngestOutcome.Unchanged.class);
  }

  @Test
  void ingest_detectsHtmlByContentAndStoresOnlyItsVisibleText() throws IOException {
    Path p =
        write(
            "page.txt",
            "<!doctype html><html><head><title>Advisory 7</title><script>var x ="
                + " 'hidden-c2.net';</script></head><body><p>"
                + REPORT_TEXT
                + "</p></body></html>");

    IngestOutcome outcome = ingest(p);

    assertThat(((IngestOutcome.Stored) outcome).kind()).isEqualTo(DocumentKind.HTML);
    Report report = (Report) store.get(((IngestOutcome.Stored) outcome).report().orElseThrow());
    assertThat(report.name()).isEqualTo("Advisory 7");
    assertThat(report.description().orElseThrow()).contains("APT28").doesNotContain("<p>");
    assertThat(store.objectsWithValue("hidden-c2.net")).isEmpty();
  }

  @Test
  void ingest_plainTextThatLooksLikeNothingElseIsText() throws IOException {
    IngestOutcome outcome = ingest(write("notes.json", REPORT_TEXT));

    assertThat(((IngestOutcome.Stored) outcome).kind()).isEqualTo(DocumentKind.TEXT);
  }

  @Test
  void ingest_upgradesAStix20BundleToSpecVersion21PerObject() throws IOException {
    String json =
        "{\"type\":\"bundle\",\"id\":\"bundle--"
            + uuid(9)
            + "\",\"spec_version\":\"2.0\",\"objects\":[{\"type\":\"intrusion-set\",\"id\":"
            + "\"intrusion-set--"
            + uuid(2)
            + "\",\"created\":\"2020-01-01T00:00:00.000Z\",\"modified\":"
            + "\"2020-01-01T00:00:00.000Z\",\"name\":\"Sandworm Team\"}]}";

    IngestOutcome outcome = ingest(write("old.json", json));

    assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
    String stored = store.versions(Identifier.parse("intrusion-set--" + uuid(2))).get(0).json();
    assertThat(stored).contains("\"spec_version\":\"2.1\"");
  }

  @Test
  void ingest_brokenJsonFailsNamingLineColumnAndPathAndWritesNothing() throws IOException {
    ingest(write("good.txt", REPORT_TEXT));
    List<String> before = snapshot();
    Path p = write("broken.json", "{\"type\": \"bundle\",\n \"objects\": [ {\"type\": ]}");

    IngestOutcome outcome = ingest(p);

    assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
    assertThat(outcome.source()).isEqualTo(p.toString());
    assertThat(((IngestOutcome.Failed) outcome).reason())
        .contains("broken JSON at line 2")
        .contains("$.objects[0]");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void ingest_bundleWithDanglingReferenceFailsNamingTheIdAndWritesNothing() throws IOException {
    String indicator = "indicator--" + uuid(3);
    String missing = "malware--" + uuid(4);
    String relationship =
        "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--"
            + uuid(5)
            + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\","
            + "\"relationship_type\":\"indicates\",\"source_ref\":\""
            + indicator
            + "\",\"target_ref\":\""
            + missing
            + "\"}";
    List<String> before = snapshot();

    IngestOutcome outcome =
        ingest(write("dangling.json", bundle(indicatorJson(indicator), relationship)));

    assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
    assertThat(((IngestOutcome.Failed) outcome).reason()).contains(missing).contains("target_ref");
    assertThat(store.contains(Identifier.parse(indicator))).isFalse();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void ingest_readsThePdfTextLayer() throws IOException {
    Path p = dir.resolve("advisory.bin");
    Files.write(p, pdf("APT28 used the domain pdf-drop-cdn.org in 2024."));

    IngestOutcome outcome = ingest(p);

    assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
    assertThat(((IngestOutcome.Stored) outcome).kind()).isEqualTo(DocumentKind.PDF);
    assertThat(store.objectsWithValue("pdf-drop-cdn.org")).isNotEmpty();
  }

  @Test
  void ingest_truncatedPdfFailsSayingItWasCutShortAndWritesNothing() throws IOException {
    byte[] whole = pdf("APT28 used the domain pdf-drop-cdn.org in 2024.");
    Path p = dir.resolve("cut.pdf");
    Files.write(p, java.util.Arrays.copyOf(whole, whole.length / 2));
    List<String> before = snapshot();

    IngestOutcome outcome = ingest(p);

    assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
    assertThat(((IngestOutcome.Failed) outcome).reason())
        .contains("truncated PDF")
        .contains("%%EOF");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void ingest_htmlOf100MegabytesIsRefusedBeforeReadingNamingSizeAndLimit() throws IOException {
    Path p = dir.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.write("<!doctype html><html><body><p>".getBytes(StandardCharsets.US_ASCII));
      f.setLength(100L * 1024 * 1024);
    }

    IngestOutcome outcome = ingest(p);

    assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
    assertThat(((IngestOutcome.Failed) outcome).reason())
        .contains("104,857,600 bytes")
        .contains("limit");
    assertThat(snapshot()).isEmpty();
  }

  @Test
  void ingest_mispEventStoresIndicatorsObservablesAndAReport() throws IOException {
    IngestOutcome outcome = ingest(write("event.json", misp("ip-dst", "192.0.2.44")));

    assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
    assertThat(((IngestOutcome.Stored) outcome).kind()).isEqualTo(DocumentKind.MISP_EVENT);
    Report report = (Report) store.get(((IngestOutcome.Stored) outcome).report().orElseThrow());
    assertThat(report.name()).isEqualTo("Test event");
    assertThat(report.common().objectMarkingRefs()).hasSize(1);
    List<String> patterns = new ArrayList<>();
    store.forEachLatest(
        StixType.INDICATOR, false, o -> patterns.add(((dev.lantern.stix.Indicator) o).pattern()));
    assertThat(patterns).anySatisfy(p -> assertThat(p).contains("192.0.2.44"));
    assertThat(ingest(write("event.json", misp("ip-dst", "192.0.2.44"))))
        .isInstanceOf(IngestOutcome.Unchanged.class);
  }

  @Test
  void ingest_mispEventWithUnknownAttributeTypeFailsNamingThePathAndWritesNothing()
      throws IOException {
    IngestOutcome outcome = ingest(write("event.json", misp("quantum-flux", "x")));

    assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
    assertThat(((IngestOutcome.Failed) outcome).reason())
        .contains("$.Event.Attribute[1]")
        .contains("quantum-flux");
    assertThat(snapshot()).isEmpty();
  }

  @Test
  void ingest_jsonOfNoKnownKindFailsNamingItsKeys() throws IOException {
    IngestOutcome outcome = ingest(write("x.json", "{\"hello\": 1}"));

    assertThat(((IngestOutcome.Failed) outcome).reason()).contains("neither").contains("\"hello\"");
  }

  @Test
  void ingest_evaluationAnswerKeyIsSkippedAndStoresNothing() throws IOException {
    IngestOutcome outcome =
        ingest(
            write(
                "01-report.labels.json",
                "{\"language\": \"en\", \"indicators\": [\"198.51.100.7\"], \"claims\": []}"));

    assertThat(outcome).isInstanceOf(IngestOutcome.Skipped.class);
    assertThat(((IngestOutcome.Skipped) outcome).reason()).contains("lantern eval");
    assertThat(snapshot()).isEmpty();
  }

  @Test
  void ingest_jsonWithOnlySomeAnswerKeyFieldsStillFails() throws IOException {
    IngestOutcome outcome = ingest(write("x.json", "{\"language\": \"en\", \"indicators\": []}"));

    assertThat(outcome).isInstanceOf(IngestOutcome.Failed.class);
  }

  @Test
  void ingest_missingFileFails() {
    IngestOutcome outcome = ingest(dir.resolve("nope.txt"));

    assertThat(((IngestOutcome.Failed) outcome).reason()).isEqualTo("no such file");
  }

  @Test
  void ingestAll_skipsBadDocumentAndGoesOnInPathOrder() throws IOException {
    write("a/1.txt", REPORT_TEXT);
    write("a/2.json", "{ broken");
    write("a/b/3.txt", "The address 45.137.22.9 was used by Sandworm.\n");
    List<IngestOutcome> seen = new ArrayList<>();

    List<IngestOutcome> outcomes =
        ingest.ingestAll(List.of(new IngestInput.FromPath(dir.resolve("in/a"))), seen::add);

    assertThat(outcomes).isEqualTo(seen);
    assertThat(outcomes)
        .extracting(o -> Path.of(o.source()).getFileName().toString())
        .containsExactly("1.txt", "2.json", "3.txt");
    assertThat(outcomes.get(0)).isInstanceOf(IngestOutcome.Stored.class);
    assertThat(outcomes.get(1)).isInstanceOf(IngestOutcome.Failed.class);
    assertThat(outcomes.get(2)).isInstanceOf(IngestOutcome.Stored.class);
  }

  @Test
  void ingest_uploadIsIdentifiedByItsName() {
    byte[] bytes = REPORT_TEXT.getBytes(StandardCharsets.UTF_8);
    IngestOutcome first = ingest.ingest(new IngestInput.FromBytes("upload.txt", bytes));
    IngestOutcome second = ingest.ingest(new IngestInput.FromBytes("upload.txt", bytes));

    assertThat(first).isInstanceOf(IngestOutcome.Stored.class);
    assertThat(second).isInstanceOf(IngestOutcome.Unchanged.class);
    assertThat(((IngestOutcome.Unchanged) second).report())
        .isEqualTo(((IngestOutcome.Stored) first).report());
  }

  @Test
  void ingest_urlToLoopbackIsRefusedUnlessAllowed() {
    IngestOutcome outcome =
        ingest.ingest(new IngestInput.FromUrl(java.net.URI.create("http://127.0.0.1:9/x")));

    assertThat(((IngestOutcome.Failed) outcome).reason()).contains("refused").contains("127.0.0.1");
  }

  // -------------------------------------------------------------------------------------------

  static String uuid(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  static String indicatorJson(String id) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\""
        + id
        + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\","
        + "\"pattern\":\"[ipv4-addr:value = '192.0.2.1']\",\"pattern_type\":\"stix\","
        + "\"valid_from\":\"2024-01-01T00:00:00Z\"}";
  }

  static String bundle(String... objects) {
    return "{\"type\":\"bundle\",\"id\":\"bundle--"
        + uuid(99)
        + "\",\"objects\":["
        + String.join(",", objects)
        + "]}";
  }

  static String misp(String type, String value) {
    return "{\"Event\":{\"uuid\":\"5f1e1c2a-0000-4000-8000-000000000001\",\"info\":\"Test event\","
        + "\"date\":\"2024-02-06\",\"timestamp\":\"1707213600\","
        + "\"Tag\":[{\"name\":\"tlp:amber\"}],\"Attribute\":["
        + "{\"type\":\"comment\",\"value\":\"seen in phishing\",\"uuid\":\"5f1e1c2a-0000-4000-8000-0000000000a0\"},"
        + "{\"type\":\""
        + type
        + "\",\"value\":\""
        + value
        + "\",\"uuid\":\"5f1e1c2a-0000-4000-8000-0000000000a1\",\"to_ids\":true,\"timestamp\":\"1707213600\"}]}}";
  }

  static byte[] pdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(72, 700);
        s.showText(text);
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
