package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.Indicator;
import dev.lantern.stix.Malware;
import dev.lantern.stix.StixObject;
import dev.lantern.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports that must be refused whole, naming file and place, leaving the store as it was. */
final class ImporterTest {
  @TempDir Path dir;
  Store store;
  Importer importer;

  private static final String MALWARE =
      "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\","
          + "\"created\":\"2024-02-06T10:00:00.000Z\",\"modified\":\"2024-02-06T10:00:00.000Z\","
          + "\"name\":\"COATHANGER\",\"is_family\":true}";

  @BeforeEach
  void open() throws Exception {
    store = Store.open(dir.resolve("lantern.db").toString());
    importer = new Importer(store);
    // something already stored, which a refused import must leave alone
    importer.importFile(
        Files.writeString(
            dir.resolve("seed.json"),
            "{\"type\":\"bundle\",\"id\":\"bundle--0b5c6d7e-1111-4a2b-8c3d-000000000001\",\"objects\":["
                + MALWARE
                + "]}"),
        ImportFormat.STIX);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void assertStoreUnchanged() {
    assertThat(store.types()).extracting(t -> t.value()).containsExactly("malware");
    assertThat(store.versions(Identifier.parse("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b")))
        .hasSize(1);
  }

  @Test
  void import_brokenJsonNamesFileLineAndColumn() throws Exception {
    Path file =
        Files.writeString(dir.resolve("broken.json"), "{\"type\": \"bundle\",\n \"objects\": [}\n");

    assertThatThrownBy(() -> importer.importFile(file, ImportFormat.AUTO))
        .isInstanceOf(InvalidImportException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining("line 2, column");
    assertStoreUnchanged();
  }

  @Test
  void import_danglingReferenceNamesThePathAndStoresNothingOfTheBundle() throws Exception {
    String indicator =
        "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
            + "\"created\":\"2024-02-06T10:00:00.000Z\",\"modified\":\"2024-02-06T10:00:00.000Z\","
            + "\"pattern\":\"[ipv4-addr:value = '195.58.39.1']\",\"pattern_type\":\"stix\","
            + "\"valid_from\":\"2024-02-06T10:00:00.000Z\"}";
    String relationship =
        "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad\","
            + "\"created\":\"2024-02-06T10:00:00.000Z\",\"modified\":\"2024-02-06T10:00:00.000Z\","
            + "\"relationship_type\":\"indicates\","
            + "\"source_ref\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
            + "\"target_ref\":\"intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29\"}";
    Path file =
        Files.writeString(
            dir.resolve("dangling.json"),
            "{\"type\":\"bundle\",\"id\":\"bundle--0b5c6d7e-1111-4a2b-8c3d-000000000002\",\"objects\":["
                + indicator
                + ","
                + relationship
                + "]}");

    assertThatThrownBy(() -> importer.importFile(file, ImportFormat.AUTO))
        .isInstanceOf(InvalidImportException.class)
        .hasMessageContaining("dangling.json")
        .hasMessageContaining("$.objects[1].target_ref")
        .hasMessageContaining("intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29");
    assertThat(store.find(Identifier.parse("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")))
        .isEmpty();
    assertStoreUnchanged();
  }

  @Test
  void import_mispEventWithUnknownAttributeTypeIsRefusedWhole() throws Exception {
    ObjectNode event = (ObjectNode) Bundles.resource("coathanger-event.json");
    ((ObjectNode) ((ArrayNode) event.get("Event").get("Attribute")).get(5)).put("type", "ipv9-dst");
    Path file = dir.resolve("event.json");
    Bundles.JSON.writeValue(file.toFile(), event);

    assertThatThrownBy(() -> importer.importFile(file, ImportFormat.AUTO))
        .isInstanceOf(InvalidMispException.class)
        .hasMessageContaining("event.json")
        .hasMessageContaining("$.Event.Attribute[5].type")
        .hasMessageContaining("ipv9-dst");
    assertStoreUnchanged();
  }

  @Test
  void import_objectBreakingStixIsRefusedWithItsPath() throws Exception {
    String bad =
        MALWARE
            .replace(
                "\"modified\":\"2024-02-06T10:00:00.000Z\"",
                "\"modified\":\"2020-01-01T00:00:00.000Z\"")
            .replace("31b940d4", "41b940d4");
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"type\":\"bundle\",\"id\":\"bundle--0b5c6d7e-1111-4a2b-8c3d-000000000003\",\"objects\":["
                + bad
                + "]}");

    assertThatThrownBy(() -> importer.importFile(file, ImportFormat.STIX))
        .isInstanceOf(InvalidImportException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("$.objects[0]");
    assertStoreUnchanged();
  }

  @Test
  void import_stix20BundleIsUpgradedAndStored() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("v20.json"),
            "{\"type\":\"bundle\",\"id\":\"bundle--0b5c6d7e-1111-4a2b-8c3d-000000000004\",\"spec_version\":\"2.0\","
                + "\"objects\":[{\"type\":\"malware\",\"id\":\"malware--51b940d4-6f7f-459a-80ea-9c1f17b5891b\","
                + "\"created\":\"2017-01-01T00:00:00.000Z\",\"modified\":\"2017-01-01T00:00:00.000Z\","
                + "\"name\":\"Sofacy\",\"labels\":[\"backdoor\"]},"
                + "{\"type\":\"indicator\",\"id\":\"indicator--9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
                + "\"created\":\"2017-01-01T00:00:00.000Z\",\"modified\":\"2017-01-01T00:00:00.000Z\","
                + "\"labels\":[\"malicious-activity\"],\"pattern\":\"[domain-name:value = 'x.example']\","
                + "\"valid_from\":\"2017-01-01T00:00:00Z\"}]}");

    ImportResult r = importer.importFile(file, ImportFormat.AUTO);

    assertThat(r.format()).isEqualTo(ImportFormat.STIX);
    assertThat(r.created()).isEqualTo(2);
    StixObject m = store.get(Identifier.parse("malware--51b940d4-6f7f-459a-80ea-9c1f17b5891b"));
    assertThat(m.common().specVersion()).isEqualTo("2.1");
    assertThat(((Malware) m).isFamily()).isTrue();
    assertThat(((Malware) m).malwareTypes()).extracting(t -> t.value()).containsExactly("backdoor");
    Indicator i =
        (Indicator) store.get(Identifier.parse("indicator--9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"));
    assertThat(i.patternType().value()).isEqualTo("stix");
    assertThat(i.indicatorTypes()).extracting(t -> t.value()).containsExactly("malicious-activity");
  }

  @Test
  void import_mispTwiceCreatesNothingTheSecondTime() throws Exception {
    Path file = dir.resolve("event.json");
    Bundles.JSON.writeValue(file.toFile(), Bundles.resource("coathanger-event.json"));

    ImportResult first = importer.importFile(file, ImportFormat.AUTO);
    ImportResult second = importer.importFile(file, ImportFormat.AUTO);

    assertThat(first.created()).isGreaterThan(30);
    assertThat(second.created()).isZero();
    assertThat(second.newVersions()).isZero();
  }
}
