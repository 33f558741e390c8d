package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarningListTest {
  @TempDir Path tmp;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WarningListTest.class.getResource(name).toURI());
  }

  @Test
  void readMisp_hostnameListSuppressesHostAndSubdomains() throws Exception {
    WarningList list = WarningList.readMisp(resource("misp-hostnames.json"));
    IndicatorExtractor x = IndicatorExtractor.builder().warningList(list).build();

    List<Indicator> found = x.extract("img.cdn.example-cdn.net a.static-assets.io evil-cdn.net");

    assertThat(list.name()).isEqualTo("Test CDN hosts");
    assertThat(found)
        .extracting(Indicator::suppressed)
        .containsExactly(
            java.util.Optional.of("warning-list:Test CDN hosts"),
            java.util.Optional.of("warning-list:Test CDN hosts"),
            java.util.Optional.empty());
  }

  @Test
  void readMisp_cidrListSuppressesAddressesInsideTheNetworks() throws Exception {
    WarningList list = WarningList.readMisp(resource("misp-cidr.json"));
    IndicatorExtractor x = IndicatorExtractor.builder().warningList(list).build();

    List<Indicator> found = x.extract("45.9.148.77 45.9.149.1 2a00:1450:4001::1 2a01::1");

    assertThat(found).extracting(Indicator::live).containsExactly(false, true, false, true);
    assertThat(found.get(0).suppressed()).contains("warning-list:Test scanners");
  }

  @Test
  void readMisp_refusesRegexListsNamingTheFile() throws IOException {
    Path file = tmp.resolve("regex.json");
    Files.writeString(file, "{\"name\":\"r\",\"type\":\"regex\",\"list\":[\"^a.*\"]}");
    assertThatThrownBy(() -> WarningList.readMisp(file))
        .isInstanceOf(InvalidWarningListException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("regex");
  }

  @Test
  void readMisp_reportsLineOfMalformedJson() throws IOException {
    Path file = tmp.resolve("broken.json");
    Files.writeString(file, "{\n \"name\": \"b\",\n \"list\": [\"a\",,]\n}");
    assertThatThrownBy(() -> WarningList.readMisp(file))
        .isInstanceOf(InvalidWarningListException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void readMisp_reportsMissingFileAndWhatToPass() {
    Path file = tmp.resolve("absent.json");
    assertThatThrownBy(() -> WarningList.readMisp(file))
        .isInstanceOf(InvalidWarningListException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void readMisp_rejectsBadCidrEntryByIndex() throws IOException {
    Path file = tmp.resolve("cidr.json");
    Files.writeString(
        file, "{\"name\":\"c\",\"type\":\"cidr\",\"list\":[\"10.0.0.0/8\",\"10.0.0.0/33\"]}");
    assertThatThrownBy(() -> WarningList.readMisp(file))
        .isInstanceOf(InvalidWarningListException.class)
        .hasMessageContaining("list[1]");
  }

  @Test
  void ofHostnames_matchesEmailDomainsAndPathlessUrls() {
    WarningList list = WarningList.ofHostnames("corp", List.of("corp-mail.com"));
    IndicatorExtractor x = IndicatorExtractor.builder().warningList(list).build();

    List<Indicator> found =
        x.extract("hr@corp-mail.com https://corp-mail.com/ https://corp-mail.com/x.exe");

    assertThat(found)
        .filteredOn(i -> i.type() != IndicatorType.DOMAIN)
        .extracting(Indicator::type, Indicator::live)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndicatorType.EMAIL, false),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.URL, false),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.URL, true));
  }
}
