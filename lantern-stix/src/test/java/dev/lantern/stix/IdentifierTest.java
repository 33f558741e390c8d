package dev.lantern.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.stix.vocab.HashAlgorithm;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected UUIDv5 values were computed independently with Python's {@code uuid.uuid5} over the
 * canonical JSON written out by hand, e.g. {@code uuid5(UUID('00abedb4-…'),
 * '{"value":"example.com"}')}.
 */
class IdentifierTest {

  @Test
  void parse_roundTripsAndLowercases() {
    Identifier id = Identifier.parse("malware--31B940D4-6F7F-459A-80EA-9C1F17B5891B");
    assertThat(id.type()).isEqualTo(StixType.MALWARE);
    assertThat(id).hasToString("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b");
  }

  @Test
  void parse_rejectsMalformedIdsNamingTheValue() {
    for (String bad :
        new String[] {
          "malware",
          "malware--",
          "malware--1-1-1-1-1",
          "Malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
          "--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
          "a--b--31b940d4-6f7f-459a-80ea-9c1f17b5891b"
        }) {
      assertThatThrownBy(() -> Identifier.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidStixException.class)
          .hasMessageContaining("\"");
    }
  }

  @Test
  void forObservable_matchesUuid5OverCanonicalValue() {
    assertThat(DomainName.of("example.com").id())
        .hasToString("domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7");
    assertThat(Ipv4Addr.of("198.51.100.3").id())
        .hasToString("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
    assertThat(AutonomousSystem.of(15139).id())
        .hasToString("autonomous-system--3aa27478-50b5-5ab8-9da9-cdc12b657fff");
    assertThat(Url.of("https://example.com/x?q=\"1\"").id())
        .hasToString("url--2ffd38b5-ca82-5c6d-ab84-10a81dd0734a");
    assertThat(DomainName.of("example.com").id().uuidVersion()).isEqualTo(5);
  }

  @Test
  void fileId_usesMd5InPreferenceToOtherHashesAndIncludesName() {
    Map<HashAlgorithm, String> hashes = new LinkedHashMap<>();
    hashes.put(
        HashAlgorithm.SHA_256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    hashes.put(HashAlgorithm.MD5, "d41d8cd98f00b204e9800998ecf8427e");
    File withoutName = File.ofHashes(hashes);
    File named =
        new File(
            withoutName.id(),
            withoutName.common(),
            hashes,
            null,
            java.util.Optional.of("a.exe"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(named.deterministicId().orElseThrow())
        .hasToString("file--7e567502-8994-53ff-9c69-79240cae362d");
    assertThat(withoutName.id()).isNotEqualTo(named.deterministicId().orElseThrow());
  }

  @Test
  void canonicalJson_sortsKeysAndEscapesPerRfc8785() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1);
    m.put("a", "line\nbreak \u0001 \"q\" é");
    m.put("c", java.util.List.of(true, 1.5, 1e21));
    assertThat(CanonicalJson.write(m))
        .isEqualTo("{\"a\":\"line\\nbreak \\u0001 \\\"q\\\" é\",\"b\":1,\"c\":[true,1.5,1e+21]}");
  }

  @Test
  void forNamed_isStableAcrossCaseWhitespaceAndWidth() {
    Identifier a = Identifier.forNamed(StixType.INTRUSION_SET, "Fancy  Bear");
    assertThat(Identifier.forNamed(StixType.INTRUSION_SET, " fancy bear\u00a0")).isEqualTo(a);
    assertThat(Identifier.forNamed(StixType.INTRUSION_SET, "ＦＡＮＣＹ BEAR")).isEqualTo(a);
    assertThat(Identifier.forNamed(StixType.INTRUSION_SET, "Fancy Bears")).isNotEqualTo(a);
    assertThat(a.uuidVersion()).isEqualTo(5);
    assertThat(Identifier.normaliseName("Straße")).isEqualTo(Identifier.normaliseName("STRASSE"));
    assertThat(IntrusionSet.named(Common.createdAt(java.time.Instant.EPOCH), "APT28").id())
        .isEqualTo(Identifier.forNamed(StixType.INTRUSION_SET, "apt28"));
  }

  @Test
  void forNamed_rejectsBlankName() {
    assertThatThrownBy(() -> Identifier.forNamed(StixType.MALWARE, " \t"))
        .isInstanceOf(InvalidStixException.class)
        .hasMessageContaining("blank name");
  }
}
