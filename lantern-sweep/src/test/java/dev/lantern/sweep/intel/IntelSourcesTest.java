package dev.lantern.sweep.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.sweep.Indicator;
import dev.lantern.sweep.IndicatorType;
import dev.lantern.sweep.InvalidIntelException;
import dev.lantern.sweep.SourceNotAvailableException;
import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.index.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntelSourcesTest {
  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p.toString();
  }

  @Test
  void plainList_guessesTypesSkipsCommentsAndRejectsByLine() throws IOException {
    String f =
        file(
            "iocs.txt",
            "# COATHANGER\n198.51.100.7\n203.0.113.0/24  # C2 range\nEvil.Example\n\nnot a value\n"
                + "2001:db8::/32\nhttp://evil.example/x\nspy@evil.example\n"
                + "d41d8cd98f00b204e9800998ecf8427e\n");
    IndicatorIndex i = IntelSources.load(List.of(f));
    assertThat(i.size()).isEqualTo(7);
    assertThat(i.rejected()).extracting(Rejection::reference).containsExactly("line 6");
    assertThat(i.match("203.0.113.9").map(Indicator::value)).contains("203.0.113.0/24");
    assertThat(i.match("2001:db8:1::1").map(Indicator::type)).contains(IndicatorType.IPV6);
  }

  @Test
  void plainList_readsCrlfTabsUnicodeAndALastLineWithoutNewline() throws IOException {
    Path p = dir.resolve("mixed.txt");
    byte[] latin1Junk = {'e', 'v', (byte) 0xE9, 'l', '.', 'c', 'o', 'm', '\n'};
    byte[] head =
        ("\t198.51.100.7 \r\n#comment\r\nпошта.укр\r\n" + "x".repeat(70_000) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = "evil.example#not-a-comment".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(p, concat(head, latin1Junk, tail));

    IndicatorIndex i = IntelSources.load(List.of(p.toString()));

    assertThat(i.match("198.51.100.7")).isPresent();
    assertThat(i.match("mail.пошта.укр").map(Indicator::type)).contains(IndicatorType.DOMAIN);
    assertThat(i.rejected())
        .extracting(r -> r.reference() + ": " + r.reason())
        .containsExactly(
            "line 4: line is longer than 65536 characters",
            "line 5: not an IP, CIDR, domain, URL, e-mail address or hash",
            "line 6: not an IP, CIDR, domain, URL, e-mail address or hash");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void csv_readsValueTypeAndIdColumns() throws IOException {
    String f =
        file(
            "iocs.csv",
            "id,indicator,type\nx-1,198.51.100.7,ip-dst\nx-2,\"evil.example\",domain\n"
                + "x-3,foo,registry-key\nx-4,sha.example,\n");
    IndicatorIndex i = IntelSources.load(List.of(f));
    assertThat(i.size()).isEqualTo(3);
    assertThat(i.match("198.51.100.7").map(Indicator::reference)).contains("x-1");
    assertThat(i.rejected())
        .singleElement()
        .satisfies(
            r -> assertThat(r.reference() + r.reason()).contains("x-3").contains("registry-key"));
  }

  @Test
  void csv_withoutValueColumnIsAClearError() throws IOException {
    String f = file("bad.csv", "foo,bar\n1,2\n");
    assertThatThrownBy(() -> IntelSources.load(List.of(f)))
        .isInstanceOf(InvalidIntelException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'value'");
  }

  @Test
  void misp_takesAttributesObjectsAndCompositeTypes() throws IOException {
    String f =
        file(
            "event.json",
            """
            {"Event": {"info": "COATHANGER",
              "Attribute": [
                {"uuid": "a-1", "type": "ip-dst|port", "value": "198.51.100.7|443"},
                {"uuid": "a-2", "type": "hostname", "value": "c2.evil.example"},
                {"uuid": "a-3", "type": "filename|sha256",
                 "value": "x.bin|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
                {"uuid": "a-4", "type": "regkey", "value": "HKLM\\\\x"}
              ],
              "Object": [{"Attribute": [{"uuid": "a-5", "type": "url", "value": "evil.example/gate.php"}]}]
            }}
            """);
    IndicatorIndex i = IntelSources.load(List.of(f));
    assertThat(i.size()).isEqualTo(4);
    assertThat(i.match("198.51.100.7").map(Indicator::reference)).contains("a-1");
    assertThat(i.match("http://evil.example/gate.php").map(Indicator::reference)).contains("a-5");
    assertThat(i.rejected())
        .singleElement()
        .satisfies(
            r -> assertThat(r.reference() + " " + r.reason()).contains("a-4").contains("regkey"));
  }

  @Test
  void stix_sweepsSupportedPatternsAndRejectsTheRestById() throws IOException {
    String f =
        file(
            "bundle.json",
            """
            {"type": "bundle", "id": "bundle--1", "objects": [
              {"type": "indicator", "id": "indicator--a", "pattern_type": "stix",
               "pattern": "[ipv4-addr:value = '198.51.100.7'] OR [domain-name:value IN ('evil.example', 'bad.example')]"},
              {"type": "indicator", "id": "indicator--b", "pattern_type": "stix",
               "pattern": "[ipv4-addr:value ISSUBSET '203.0.113.0/24']"},
              {"type": "indicator", "id": "indicator--c", "pattern_type": "stix",
               "pattern": "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']"},
              {"type": "indicator", "id": "indicator--d", "pattern_type": "stix",
               "pattern": "[process:name = 'x.exe']"},
              {"type": "indicator", "id": "indicator--e", "pattern_type": "stix",
               "pattern": "[url:value = 'http://evil.example/a' AND network-traffic:dst_port = 443]"},
              {"type": "indicator", "id": "indicator--f", "pattern_type": "stix", "pattern": "[ipv4-addr:value = "},
              {"type": "indicator", "id": "indicator--g", "pattern_type": "sigma", "pattern": "title: x"},
              {"type": "indicator", "id": "indicator--h", "pattern_type": "stix",
               "pattern": "[email-addr:value = 'spy@evil.example'] OR [user-account:user_id = 'x']"},
              {"type": "malware", "id": "malware--1", "name": "COATHANGER", "is_family": true}
            ]}
            """);
    IndicatorIndex i = IntelSources.load(List.of(f));
    assertThat(i.match("bad.example").map(Indicator::reference)).contains("indicator--a");
    assertThat(i.match("203.0.113.200").map(Indicator::reference)).contains("indicator--b");
    assertThat(i.match("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"))
        .isPresent();
    assertThat(i.match("spy@evil.example")).isPresent();
    assertThat(i.match("http://evil.example/a")).isEmpty();
    assertThat(i.size()).isEqualTo(6);
    assertThat(i.rejected())
        .extracting(Rejection::reference)
        .containsExactly(
            "indicator--d", "indicator--e", "indicator--f", "indicator--g", "indicator--h");
    assertThat(i.rejected().get(1).reason()).contains("dst_port");
    assertThat(i.rejected().get(4).reason()).startsWith("partly swept");
  }

  @Test
  void stix_nonBundleJsonIsAClearError() throws IOException {
    String f = file("x.json", "{\"type\": \"bundle\", \"objects\": 3}");
    assertThatThrownBy(() -> IntelSources.open("stix:" + f).loadInto(IndicatorIndex.builder()))
        .isInstanceOf(InvalidIntelException.class)
        .hasMessageContaining("not a STIX bundle");
  }

  @Test
  void brokenJson_namesLineAndColumn() throws IOException {
    String f = file("broken.json", "{\"Event\": {\n  \"Attribute\": [ }\n");
    assertThatThrownBy(() -> IntelSources.load(List.of(f)))
        .isInstanceOf(InvalidIntelException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void store_isNotAvailableYet() {
    assertThatThrownBy(() -> IntelSources.load(List.of("store")))
        .isInstanceOf(SourceNotAvailableException.class)
        .hasMessageContaining("not available yet");
  }

  @Test
  void missingFile_isAClearError() {
    assertThatThrownBy(() -> IntelSources.open(dir.resolve("none.txt").toString()))
        .isInstanceOf(InvalidIntelException.class)
        .hasMessageContaining("none.txt");
  }
}
