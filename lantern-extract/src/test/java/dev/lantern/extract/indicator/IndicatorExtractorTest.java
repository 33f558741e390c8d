package dev.lantern.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorExtractorTest {
  private final IndicatorExtractor x = IndicatorExtractor.standard();

  private List<Indicator> find(String text) {
    return x.extract(text);
  }

  private List<String> values(String text, IndicatorType type) {
    return find(text).stream().filter(i -> i.type() == type).map(Indicator::value).toList();
  }

  private Indicator only(String text, IndicatorType type) {
    List<Indicator> found = find(text).stream().filter(i -> i.type() == type).toList();
    assertThat(found).as("%s in %s", type, text).hasSize(1);
    return found.get(0);
  }

  // ------------------------------------------------------------------ refanging

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "evil[.]com|evil.com",
        "evil(.)com|evil.com",
        "evil{.}com|evil.com",
        "evil[dot]com|evil.com",
        "evil(dot)com|evil.com",
        "evil{dot}com|evil.com",
        "evil[DOT]com|evil.com",
        "evil dot com|evil.com",
        "evil DOT com|evil.com",
        "evil [dot] com|evil.com",
        "evil\\.com|evil.com",
        "evil[.com|evil.com",
        "evil.]com|evil.com",
        "evil[ . ]com|evil.com",
        "evil[точка]com|evil.com",
        "evil[крапка]com|evil.com",
      })
  void extract_refangsDotStyles(String text, String domain) {
    Indicator d = only(text, IndicatorType.DOMAIN);
    assertThat(d.value()).isEqualTo(domain);
    assertThat(d.defanged()).isTrue();
    assertThat(d.start()).isZero();
    assertThat(d.end()).isEqualTo(text.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hxxp://evil[.]com/a|http://evil.com/a",
        "hXXps://evil.com/a|https://evil.com/a",
        "h__p://evil.com/a|http://evil.com/a",
        "hzzzp://evil.com/a|http://evil.com/a",
        "fxp://evil.com/a|ftp://evil.com/a",
        "http[:]//evil.com/a|http://evil.com/a",
        "http[://]evil.com/a|http://evil.com/a",
        "hxxp:// evil.com/a|http://evil.com/a",
        "http://evil.com[/]a|http://evil.com/a",
      })
  void extract_refangsSchemeAndSeparatorStyles(String text, String url) {
    Indicator u = only(text, IndicatorType.URL);
    assertThat(u.value()).isEqualTo(url);
    assertThat(u.defanged()).isTrue();
    assertThat(u.start()).isZero();
    assertThat(u.end()).isEqualTo(text.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "john[at]evil.com|john@evil.com",
        "john(at)evil.com|john@evil.com",
        "john{at}evil.com|john@evil.com",
        "john[@]evil.com|john@evil.com",
        "john (at) evil[.]com|john@evil.com",
        "john AT evil dot com|john@evil.com",
        "research {@} evil DOT com|research@evil.com",
      })
  void extract_refangsAtStyles(String text, String email) {
    Indicator e = only(text, IndicatorType.EMAIL);
    assertThat(e.value()).isEqualTo(email);
    assertThat(e.defanged()).isTrue();
    assertThat(text.substring(e.start(), e.end())).endsWith("com");
  }

  @Test
  void extract_doesNotReadLowerCaseAtAsDefang() {
    List<Indicator> found = find("the payload was hosted at evil[.]com today");
    assertThat(found).extracting(Indicator::type).containsExactly(IndicatorType.DOMAIN);
  }

  @Test
  void extract_spanCoversOriginalDefangedText() {
    String text = "Beacon to hxxp://evil[.]com/gate.php now";
    Indicator u = only(text, IndicatorType.URL);
    assertThat(text.substring(u.start(), u.end())).isEqualTo("hxxp://evil[.]com/gate.php");
    Indicator d = only(text, IndicatorType.DOMAIN);
    assertThat(text.substring(d.start(), d.end())).isEqualTo("evil[.]com");
  }

  @Test
  void extract_marksFangedTextNotDefanged() {
    assertThat(only("visit evil.com now", IndicatorType.DOMAIN).defanged()).isFalse();
  }

  // ------------------------------------------------------------------ IPv4, IPv6, CIDR

  @Test
  void extract_findsIpv4WithPort() {
    Indicator ip = only("C2: 45.9.148.3:443.", IndicatorType.IPV4);
    assertThat(ip.value()).isEqualTo("45.9.148.3");
    assertThat(ip.live()).isTrue();
  }

  @Test
  void extract_rejectsMalformedDottedQuads() {
    assertThat(values("256.1.1.1 1.2.3.4.5 01.2.3.4 1.1.1.1000", IndicatorType.IPV4)).isEmpty();
  }

  @Test
  void extract_ignoresVersionNumberAfterVersionWord() {
    assertThat(
            values(
                "version 1.2.3.4, Version: 7.0.12.1, build 10.0.19045.1, v1.2.3.4",
                IndicatorType.IPV4))
        .isEmpty();
  }

  @Test
  void extract_ignoresThreePartVersionNumbers() {
    assertThat(find("Windows 10.0.19045 and OpenSSL 3.0.12")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "10.1.2.3, private-range",
    "172.16.0.9, private-range",
    "192.168.1.1, private-range",
    "127.0.0.1, loopback",
    "169.254.10.1, link-local",
    "224.0.0.251, multicast",
    "100.64.1.1, shared-range",
    "0.1.2.3, reserved-range",
  })
  void extract_suppressesSpecialRanges(String ip, String reason) {
    assertThat(only("seen " + ip + " here", IndicatorType.IPV4).suppressed()).contains(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"192.0.2.1", "198.51.100.7", "203.0.113.9", "2001:db8::1"})
  void extract_suppressesDocumentationRange(String ip) {
    Indicator i = find("seen " + ip + " here").get(0);
    assertThat(i.suppressed()).contains("documentation-range");
  }

  @Test
  void extract_findsCidrAndItsBaseAddress() {
    List<Indicator> found = find("block 45.9.148.0/24 now");
    assertThat(found)
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndicatorType.CIDR, "45.9.148.0/24"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.IPV4, "45.9.148.0"));
  }

  @Test
  void extract_writesIpv6InRfc5952Form() {
    assertThat(values("2A00:1450:4001:0829:0000:0000:0000:200E", IndicatorType.IPV6))
        .containsExactly("2a00:1450:4001:829::200e");
    assertThat(values("::ffff:45.9.148.3", IndicatorType.IPV6))
        .containsExactly("::ffff:45.9.148.3");
  }

  @Test
  void extract_doesNotTakeTimesOrMacAddressesForIpv6() {
    assertThat(find("at 12:30:45 from AB:F2:C9:A6:B3:4F")).isEmpty();
  }

  @Test
  void extract_findsIpv6CidrAndZoneIndexedAddress() {
    assertThat(values("2a00:1450::/32", IndicatorType.CIDR)).containsExactly("2a00:1450::/32");
    assertThat(values("fe80::1%eth0", IndicatorType.IPV6)).containsExactly("fe80::1");
  }

  @Test
  void extract_findsBracketedIpv6UrlHost() {
    assertThat(values("http://[2a00:1450::1]:8080/x", IndicatorType.URL))
        .containsExactly("http://[2a00:1450::1]:8080/x");
    assertThat(values("http://[2a00:1450::1]:8080/x", IndicatorType.IPV6))
        .containsExactly("2a00:1450::1");
  }

  // ------------------------------------------------------------------ domains

  @Test
  void extract_requiresRealPublicSuffix() {
    assertThat(find("evil.nottld e.g. i.e. U.S. host.local")).isEmpty();
    assertThat(values("login.microsoftonline.com.evil.co.uk", IndicatorType.DOMAIN))
        .containsExactly("login.microsoftonline.com.evil.co.uk");
  }

  @Test
  void extract_treatsFileNamesInRunningTextAsFileNames() {
    assertThat(
            values(
                "dropped libpe.so, report.zip, invoice.pdf and update.exe", IndicatorType.DOMAIN))
        .isEmpty();
  }

  @Test
  void extract_reportsFileExtensionTldWhenDefangedOrInHostPosition() {
    assertThat(values("report[.]zip", IndicatorType.DOMAIN)).containsExactly("report.zip");
    assertThat(values("http://report.zip/", IndicatorType.DOMAIN)).containsExactly("report.zip");
    assertThat(values("ops@report.zip", IndicatorType.DOMAIN)).containsExactly("report.zip");
  }

  @Test
  void extract_ignoresSentenceBoundaryWithoutSpace() {
    assertThat(find("the attack.It was")).isEmpty();
  }

  @Test
  void extract_findsInternationalisedDomains() {
    assertThat(values("пример.рф and сайт.укр", IndicatorType.DOMAIN))
        .containsExactly("пример.рф", "сайт.укр");
  }

  @Test
  void extract_lowerCasesHostsAndTrimsHyphens() {
    assertThat(values("Login.EVIL-Domain.NET", IndicatorType.DOMAIN))
        .containsExactly("login.evil-domain.net");
    assertThat(values("www.-banana.com", IndicatorType.DOMAIN)).containsExactly("banana.com");
    assertThat(values("banana..com", IndicatorType.DOMAIN)).isEmpty();
  }

  @Test
  void extract_suppressesWarningListedDomainAndSubdomains() {
    assertThat(only("mail.google.com", IndicatorType.DOMAIN).suppressed())
        .contains("warning-list:lantern-benign");
  }

  @Test
  void extract_suppressesDocumentationNamesAndUrlsOnThemEvenWithAPath() {
    assertThat(only("example.org", IndicatorType.DOMAIN).suppressed())
        .contains("documentation-name");
    assertThat(only("hxxp://update.example[.]org/a.php", IndicatorType.URL).suppressed())
        .contains("documentation-name");
    assertThat(only("spy@mail.example.net", IndicatorType.EMAIL).suppressed())
        .contains("documentation-name");
    assertThat(find("c2.lab.test and https://c2.lab.test/x")).noneMatch(Indicator::live);
    assertThat(only("https://github.com/evil/payload", IndicatorType.URL).live()).isTrue();
    // a name that only ends like a reserved one is not reserved
    assertThat(only("notexample.com", IndicatorType.DOMAIN).live()).isTrue();
    IndicatorExtractor bare = IndicatorExtractor.builder().withoutBuiltInWarningList().build();
    assertThat(bare.extract("example.com").get(0).suppressed()).contains("documentation-name");
  }

  @Test
  void extract_keepsUrlWithPathOnBenignHostLive() {
    List<Indicator> found = find("https://github.com/evil/payload");
    assertThat(found.get(0).type()).isEqualTo(IndicatorType.URL);
    assertThat(found.get(0).live()).isTrue();
    assertThat(found.get(1).suppressed()).contains("warning-list:lantern-benign");
  }

  @Test
  void builder_withoutBuiltInListReportsBenignDomainsLive() {
    IndicatorExtractor bare = IndicatorExtractor.builder().withoutBuiltInWarningList().build();
    assertThat(bare.extract("google.com").get(0).live()).isTrue();
  }

  // ------------------------------------------------------------------ URLs and e-mail

  @Test
  void extract_urlYieldsHostAndStopsAtSentencePunctuation() {
    List<Indicator> found = find("(see https://Evil.COM/a/B?x=1).");
    assertThat(found)
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndicatorType.URL, "https://evil.com/a/B?x=1"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.DOMAIN, "evil.com"));
  }

  @Test
  void extract_findsSchemelessUrlAfterHost() {
    assertThat(values("get evil[.]com/gate.php and 45.9.148.3:8080/x", IndicatorType.URL))
        .containsExactly("evil.com/gate.php", "45.9.148.3:8080/x");
  }

  @Test
  void extract_findsEmailAndItsDomain() {
    List<Indicator> found = find("Contact: Ivan.Petrov@Mail.RU.");
    assertThat(found)
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndicatorType.EMAIL, "ivan.petrov@mail.ru"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.DOMAIN, "mail.ru"));
  }

  @Test
  void extract_rejectsEmailWithDoubleDotInLocalPart() {
    assertThat(values("a..b@evil.com", IndicatorType.EMAIL)).isEmpty();
    assertThat(values("a..b@evil.com", IndicatorType.DOMAIN)).containsExactly("evil.com");
  }

  // ------------------------------------------------------------------ hashes and ids

  @Test
  void extract_findsHashesByLengthAndLowerCasesThem() {
    String md5 = "D41D8CD98F00B204E9800998ECF8427E";
    String sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    String sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    String sha512 = sha256 + sha256;
    List<Indicator> found = find(md5 + ".exe " + sha1 + " " + sha256 + " " + sha512);
    assertThat(found)
        .extracting(Indicator::type)
        .containsExactly(
            IndicatorType.MD5, IndicatorType.SHA1, IndicatorType.SHA256, IndicatorType.SHA512);
    assertThat(found.get(0).value()).isEqualTo(md5.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void extract_ignoresHexRunsOfOtherLengths() {
    assertThat(find("d41d8cd98f00b204e9800998ecf8427e0 d41d8cd98f00b204e9800998ecf842")).isEmpty();
  }

  @Test
  void extract_typesLabelledImphashAndAuthentihash() {
    assertThat(only("imphash: 18ddf28a71089acdbab5038f58044c0a", IndicatorType.IMPHASH).value())
        .isEqualTo("18ddf28a71089acdbab5038f58044c0a");
    assertThat(
            find("authentihash - 3f1b149d07e7e8636636b8b7f7043c40ed64a10b28986181fb046c498432c2d4"))
        .extracting(Indicator::type)
        .containsExactly(IndicatorType.AUTHENTIHASH);
  }

  @Test
  void extract_findsCveInBothSpellingsAndUpperCasesIt() {
    assertThat(values("cve-2021-44228 and CVE 2014-0160", IndicatorType.CVE))
        .containsExactly("CVE-2021-44228", "CVE-2014-0160");
  }

  @Test
  void extract_rejectsMalformedCveIds() {
    assertThat(values("CVE-2022-000012 CVE-19999-0000 CVE-2022-12", IndicatorType.CVE)).isEmpty();
  }

  @Test
  void extract_findsAttackIds() {
    List<Indicator> found = find("T1059.001, t1190, TA0001, M1036, G0007 and S0154");
    assertThat(found)
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_TECHNIQUE, "T1059.001"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_TECHNIQUE, "T1190"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_TACTIC, "TA0001"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_MITIGATION, "M1036"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_GROUP, "G0007"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_SOFTWARE, "S0154"));
  }

  @Test
  void extract_rejectsAttackLookalikes() {
    assertThat(find("FOOT1329 T1329FUN T1156.0012 m1036")).isEmpty();
  }

  @Test
  void extract_findsAsnsInEverySpelling() {
    assertThat(values("AS13335, ASN 15169, AS 8075, asn1234", IndicatorType.ASN))
        .containsExactly("AS13335", "AS15169", "AS8075", "AS1234");
    assertThat(find("just as 2014, AS1234foobar, AS4294967295")).isEmpty();
    assertThat(only("AS64500", IndicatorType.ASN).suppressed()).contains("documentation-range");
  }

  @Test
  void extract_readsNumberWordsAsNothingButKeepsTheirNeighboursContext() {
    // plain numbers and letter-digit words take a short path; ids and ASN numbers must not
    List<Indicator> found =
        find(
            "In 2024 APT28 hit 50 Win10 hosts via AS 15169 and 8075, then G0007 used T1190 in 2023");
    assertThat(found)
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ASN, "AS15169"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_GROUP, "G0007"),
            org.assertj.core.groups.Tuple.tuple(IndicatorType.ATTACK_TECHNIQUE, "T1190"));
  }

  // ------------------------------------------------------------------ cryptocurrency

  @Test
  void extract_findsBitcoinAddressesWithValidChecksums() {
    assertThat(
            values(
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
                    + " bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
                    + " bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
                IndicatorType.BTC))
        .hasSize(4);
  }

  @Test
  void extract_rejectsBitcoinAddressesWithBadChecksums() {
    assertThat(
            find(
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz"
                    + " bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr"))
        .isEmpty();
  }

  @Test
  void extract_findsEthereumAndMoneroAddresses() {
    assertThat(values("0x52908400098527886E0F7030069857D2E4169EE7", IndicatorType.ETH))
        .containsExactly("0x52908400098527886e0f7030069857d2e4169ee7");
    String xmr =
        "496aKKdqF1xQSSEzw7wNrkZkDUsCD5cSmNCfVhVgEps52WERBcLDGzdF5UugmFoHMm9xRJdewvK2TFfAJNwEV25rTcVF5Vp";
    assertThat(values("pay " + xmr, IndicatorType.XMR)).containsExactly(xmr);
  }

  // ------------------------------------------------------------------ contract

  /**
   * Regression: a dotted number after "AS" was parsed as an ASN and threw NumberFormatException.
   */
  @Test
  void extract_ignoresDottedNumberAfterAsKeyword() {
    assertThat(find("AS 1.001 and ASN 256.001")).isEmpty();
  }

  /** Regression: "a::" (one group and a gap) was reported as an IPv6 address in some contexts. */
  @Test
  void extract_doesNotTakeOneGroupAndGapForIpv6() {
    assertThat(find("cafe:: a:: 1a::")).isEmpty();
    assertThat(values("::1 fe80::1", IndicatorType.IPV6)).containsExactly("::1", "fe80::1");
  }

  @Test
  void extract_ordersFindingsByStartOffset() {
    List<Indicator> found = find("b.evil.com 45.9.148.3 a.evil.com CVE-2024-3400");
    assertThat(found).extracting(Indicator::start).isSorted();
  }

  @Test
  void extract_rejectsNullText() {
    assertThatThrownBy(() -> x.extract(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void indicatorType_hasHyphenatedJsonNames() {
    assertThat(IndicatorType.ATTACK_TECHNIQUE.jsonName()).isEqualTo("attack-technique");
    assertThat(IndicatorType.IPV4.jsonName()).isEqualTo("ipv4");
  }

  @Test
  void indicator_rejectsEmptySpan() {
    assertThatThrownBy(() -> new Indicator(IndicatorType.MD5, "x", false, 3, 3, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[3, 3)");
  }
}
