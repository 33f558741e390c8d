package dev.lantern.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.extract.document.Document;
import dev.lantern.extract.language.Language;
import dev.lantern.extract.report.ExtractOptions;
import dev.lantern.extract.report.ReportExtraction;
import dev.lantern.extract.report.ReportExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionReaderTest {

  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

  private static ReportExtraction read(String text, Language lang) {
    return EXTRACTOR.extract(
        Document.plain("t.txt", text),
        new ExtractOptions(Optional.of(lang), Optional.of(LocalDate.of(2024, 2, 6))));
  }

  private static List<String> summary(ReportExtraction r) {
    return r.claims().stream()
        .map(
            c ->
                c.stance().label()
                    + " "
                    + c.claimant().orElse("-")
                    + " "
                    + c.actor().orElse("-")
                    + " "
                    + c.state().orElse("-"))
        .toList();
  }

  @Test
  void read_ukrainianAccusationAndDenialByLemmas() {
    ReportExtraction r =
        read(
            "СБУ звинуватила російських хакерів у кібератаці на Київстар.\n"
                + "У Кремлі це заперечують.\n",
            Language.UKRAINIAN);

    assertThat(summary(r)).contains("attributes SBU - RU", "denies Government of Russia - RU");
  }

  @Test
  void read_russianHedgedClaimAndRefutation() {
    ReportExtraction r =
        read(
            "ФБР заявило, что за атакой предположительно стоят хакеры, связанные с Китаем.\n"
                + "МИД Китая опроверг обвинения.\n",
            Language.RUSSIAN);

    assertThat(r.claims())
        .anySatisfy(
            c -> {
              assertThat(c.claimant()).contains("FBI");
              assertThat(c.state()).contains("CN");
              assertThat(c.hedged()).isTrue();
            })
        .anySatisfy(c -> assertThat(c.stance()).isEqualTo(Stance.DENIES));
  }

  @Test
  void read_quoteFollowedBySaidBelongsToThePersonsOrganisation() {
    ReportExtraction r =
        read(
            "Dutch Defence Minister Kajsa Ollongren spoke on Tuesday.\n"
                + "\"Chinese hackers broke into our network,\" Ollongren said.\n",
            Language.ENGLISH);

    assertThat(summary(r))
        .containsExactly("attributes Ministry of Defence of the Netherlands - CN");
  }

  @Test
  void read_theySaidResolvesToTheLastNamedClaimant() {
    ReportExtraction r =
        read(
            "Mandiant published its analysis on Monday.\n"
                + "They said Russian military hackers had attacked Ukrainian power grids.\n",
            Language.ENGLISH);

    assertThat(r.claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.claimant()).contains("Mandiant");
              assertThat(c.basis()).contains(Basis.VENDOR_ANALYSIS);
              assertThat(c.state()).contains("RU");
              assertThat(c.victims())
                  .contains(new Victim(Optional.empty(), Optional.of("UA"), Optional.of("energy")));
            });
  }

  @Test
  void read_aStateBackingAnotherAsAVerbAccusesNeither() {
    ReportExtraction backing =
        read(
            "Albania blamed Iran for the cyberattack that shut down government websites.\n"
                + "The United States backed Tirana within hours.\n",
            Language.ENGLISH);
    ReportExtraction sponsored =
        read("The FBI said Chinese state-backed hackers breached the network.\n", Language.ENGLISH);

    assertThat(summary(backing)).containsExactly("attributes Government of Albania - IR");
    assertThat(summary(sponsored)).containsExactly("attributes FBI - CN");
  }

  @Test
  void read_newspaperIsTheClaimantOnlyWhenNoOneElseIs() {
    ReportExtraction alone =
        read("Iranian hackers breached the water utility, Reuters reported.\n", Language.ENGLISH);
    ReportExtraction relayed =
        read(
            "The FBI said Iranian hackers breached the water utility, Reuters reported.\n",
            Language.ENGLISH);

    assertThat(summary(alone)).containsExactly("attributes Reuters - IR");
    assertThat(alone.claims().get(0).basis()).contains(Basis.MEDIA);
    assertThat(summary(relayed)).containsExactly("attributes FBI - IR");
  }

  @Test
  void read_groupPointsAtItsStateAndDenialOfServiceIsNoDenial() {
    ReportExtraction r =
        read(
            "CERT-UA said APT28 launched a distributed denial-of-service attack on Ukrainian"
                + " banks.\n",
            Language.ENGLISH);

    assertThat(r.claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.stance()).isEqualTo(Stance.ATTRIBUTES);
              assertThat(c.actor()).contains("APT28");
              assertThat(c.state()).contains("RU");
            });
  }

  @Test
  void read_storyWithoutStateLinkHasNoClaims() {
    ReportExtraction r =
        read(
            "A ransomware attack disrupted the city's hospitals on Monday, officials said.\n",
            Language.ENGLISH);

    assertThat(r.claims()).isEmpty();
    assertThat(r.incidents()).singleElement().satisfies(i -> assertThat(i.main()).isTrue());
  }

  @Test
  void read_separateDatedAttackIsABackgroundIncident() {
    ReportExtraction r =
        read(
            "Chinese hackers breached a Dutch military network last year, MIVD said.\n"
                + "In July 2023, Russian hackers attacked a Polish energy company.\n",
            Language.ENGLISH);

    assertThat(r.incidents()).hasSize(2);
    assertThat(r.incidents().get(0).main()).isTrue();
    assertThat(r.incidents().get(0).activityStart()).contains("2023");
    assertThat(r.incidents().get(1).main()).isFalse();
    assertThat(r.incidents().get(1).states()).containsExactly("RU");
    assertThat(r.incidents().get(1).activityStart()).contains("2023-07");
  }

  @Test
  void read_captionStatesNoClaim() {
    Document page =
        dev.lantern.extract.document.DocumentReader.standard()
            .read(
                "p.html",
                ("<html><body><article><figure><figcaption>Russian hackers attacked the grid,"
                        + " the SBU said.</figcaption></figure><p>Power went out in Kyiv on"
                        + " Monday.</p></article></body></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty());

    ReportExtraction r =
        EXTRACTOR.extract(
            page,
            new ExtractOptions(
                Optional.of(Language.ENGLISH), Optional.of(LocalDate.of(2024, 2, 6))));

    assertThat(r.entities()).extracting(e -> e.canonical()).contains("SBU");
    assertThat(r.claims()).isEmpty();
  }

  private static List<String> victims(ReportExtraction r) {
    return r.incidents().stream()
        .flatMap(i -> i.victims().stream())
        .filter(v -> v.name().isPresent())
        .map(v -> v.name().get() + " " + v.country().orElse("-"))
        .toList();
  }

  @Test
  void read_victimNamedAfterAKindOfOrganisationTakesTheCountryBeforeIt() {
    ReportExtraction r =
        read(
            "Атака NotPetya вывела из строя тысячи компьютеров. Среди пострадавших оказались"
                + " датский судоходный гигант Maersk, американская фармацевтическая компания"
                + " Merck и российская нефтяная компания «Роснефть».\n",
            Language.RUSSIAN);

    assertThat(victims(r)).contains("Maersk DK", "Merck US", "Роснефть RU");
  }

  private static List<String> victimCountries(ReportExtraction r) {
    return r.incidents().stream()
        .flatMap(i -> i.victims().stream())
        .flatMap(v -> v.country().stream())
        .distinct()
        .toList();
  }

  @Test
  void read_theCountryOfAnOrganisationNamedAfterItIsNoVictimOfItsOwn() {
    ReportExtraction uk =
        read(
            "Хакери атакували українські енергокомпанії. Словацька антивірусна компанія ESET, яка"
                + " проаналізувала зразки з мереж енергетиків, повідомила про виявлення трояна"
                + " BlackEnergy. Дослідники американського інституту SANS зазначили, що атака"
                + " вимкнула світло.\n",
            Language.UKRAINIAN);
    ReportExtraction en =
        read(
            "Hackers attacked Ukrainian energy companies. The American firm Dragos linked the attack"
                + " on the grid to Sandworm.\n",
            Language.ENGLISH);

    assertThat(victimCountries(uk)).containsExactly("UA");
    assertThat(victimCountries(en)).containsExactly("UA");
    // linking with an object is the firm's claim; its country is accused of nothing
    assertThat(summary(en)).containsExactly("attributes Dragos Sandworm Team RU");
  }

  @Test
  void read_victimsListedAfterATargetWordAndAfterAnAttackNoun() {
    ReportExtraction en =
        read(
            "Hackers linked to Beijing breached the networks of AT&T, Verizon and Lumen.\n",
            Language.ENGLISH);
    ReportExtraction uk =
        read(
            "СБУ повідомила, що атаку на «Київстар» здійснило угруповання Sandworm.\n"
                + "Атака на Стенфордський університет тривала тиждень.\n",
            Language.UKRAINIAN);

    assertThat(victims(en)).extracting(v -> v.split(" ")[0]).contains("AT&T", "Verizon", "Lumen");
    assertThat(victims(uk))
        .extracting(v -> v.substring(0, v.lastIndexOf(' ')))
        .contains("Київстар", "Стенфордський університет");
  }

  @Test
  void read_partnersSanctionedFirmsAndSpeakersAreNoVictims() {
    ReportExtraction uk =
        read(
            "CERT-UA у взаємодії з компаніями ESET та Microsoft відбила кібератаку на"
                + " підприємство енергетики.\n",
            Language.UKRAINIAN);
    ReportExtraction ru =
        read(
            "После взлома Лондон ввёл санкции против компании Wuhan Xiaoruizhao Science.\n"
                + "Аналитики компании Elliptic связали кражу с группировкой Lazarus.\n",
            Language.RUSSIAN);

    assertThat(victims(uk)).noneMatch(v -> v.startsWith("ESET") || v.startsWith("Microsoft"));
    assertThat(victims(ru)).noneMatch(v -> v.startsWith("Wuhan") || v.startsWith("Elliptic"));
  }

  @Test
  void read_anAdvisorysIssuerMakesItsUnsaidAttributions() {
    String bulletin =
        "Атака на поштові сервери органів влади України (CERT-UA#6805)\n20.06.2023\n\n"
            + "Загальна інформація\n\n"
            + "Активність з високим рівнем упевненості асоціюється з угрупованням APT28, яке"
            + " пов'язують із російською військовою розвідкою.\n";
    String news =
        "Атака на поштові сервери органів влади України\nКиїв, 20 червня 2023\n\n"
            + "Активність з високим рівнем упевненості асоціюється з угрупованням APT28, яке"
            + " пов'язують із російською військовою розвідкою.\n";

    assertThat(summary(read(bulletin, Language.UKRAINIAN))).contains("attributes CERT-UA APT28 RU");
    assertThat(summary(read(news, Language.UKRAINIAN))).noneMatch(c -> c.contains("CERT-UA"));
  }

  @Test
  void read_agenciesListedWithBracketedAbbreviationsAllSpeakAndAPronounKeepsThem() {
    ReportExtraction r =
        read(
            "ФБР, Агентство национальной безопасности США (АНБ), CERT Polska и британский"
                + " Национальный центр кибербезопасности (NCSC) опубликовали совместный бюллетень."
                + " Ведомства заявляют, что кибергруппа Службы внешней разведки России (СВР)"
                + " атакует серверы TeamCity.\n",
            Language.RUSSIAN);

    assertThat(r.claims())
        .extracting(c -> c.claimant().orElse("-"))
        .contains("FBI", "NSA", "CERT Polska", "NCSC UK")
        .doesNotContain("SVR");
    assertThat(r.claims()).noneMatch(c -> c.state().equals(Optional.of("US")));
  }

  @Test
  void read_aGroupClaimingResponsibilityIsItsOwnClaimantAndItsVictimsAreNotAccused() {
    ReportExtraction uk =
        read(
            "Проросійське хакерське угруповання Killnet взяло на себе відповідальність за серію"
                + " DDoS-атак на литовські державні та комерційні сайти.\n",
            Language.UKRAINIAN);
    ReportExtraction en =
        read(
            "Killnet claimed responsibility for the outages.\n"
                + "A spokesperson for the airport said the website had been disrupted.\n",
            Language.ENGLISH);

    assertThat(summary(uk)).containsExactly("attributes Killnet Killnet -");
    assertThat(summary(en)).containsExactly("attributes Killnet Killnet -");
  }

  @Test
  void read_aClaimantSayingItsCountryDoesNotDoItDenies() {
    ReportExtraction r =
        read(
            "Посольство России в США заявило, что Россия не проводит наступательных операций в"
                + " киберпространстве.\n",
            Language.RUSSIAN);

    assertThat(summary(r)).containsExactly("denies Embassy of Russia in the United States - RU");
  }

  private static List<String> sectors(ReportExtraction r) {
    return r.incidents().stream()
        .flatMap(i -> i.victims().stream())
        .flatMap(v -> v.sector().stream())
        .toList();
  }

  @Test
  void read_aPrepositionIsNoSectorAndTheCulpritsMilitaryIsNoVictim() {
    ReportExtraction r =
        read(
            "После атаки на энергосистему Украины власти заявили, что за ней стоят российские"
                + " военные.\n",
            Language.RUSSIAN);

    assertThat(sectors(r)).contains("energy").doesNotContain("diplomacy", "defense");
  }

  @Test
  void read_knockedOutOfServiceIsAnAttackWithVictims() {
    ReportExtraction r =
        read(
            "Програма вивела з ладу комп'ютери банків і аеропорту «Бориспіль» в Україні.\n",
            Language.UKRAINIAN);

    assertThat(victims(r)).contains("Бориспіль UA");
  }

  @Test
  void read_aCapitalSpeakingStandsForItsBodyThatSaysTheSame() {
    ReportExtraction r =
        read(
            "Москва свою причастность отрицает.\n"
                + "Посольство России в США заявило, что Россия не проводит наступательных операций.\n",
            Language.RUSSIAN);

    assertThat(summary(r))
        .containsOnly("denies Embassy of Russia in the United States - RU")
        .hasSize(2);
  }

  @Test
  void read_aGovernmentByItsNounSpeaksAndDoesNotAccuseItsOwnState() {
    ReportExtraction r =
        read(
            "Администрация президента США в четверг официально назвала Службу внешней разведки"
                + " России (СВР) виновной во взломе американской компании SolarWinds.\n",
            Language.RUSSIAN);

    assertThat(summary(r)).containsExactly("attributes Government of the United States - RU");
  }

  @Test
  void read_doubtingAnAccusationAgainstOnesOwnStateIsADenial() {
    ReportExtraction r =
        read(
            "Британия обвинила российских хакеров во взломе.\n"
                + "МИД России заявил, что никаких доказательств представлено не будет.\n",
            Language.RUSSIAN);

    assertThat(summary(r)).contains("denies Ministry of Foreign Affairs of Russia - RU");
  }

  @Test
  void read_theOneSpokenToAndTheOneAccusedAfterTheVerbAreNotClaimants() {
    ReportExtraction told =
        read(
            "Заступник секретаря РНБО Сергій Демедюк заявив агентству Reuters, що до атаки може"
                + " бути причетне угруповання, яке пов'язують зі спецслужбами Білорусі.\n",
            Language.UKRAINIAN);
    ReportExtraction statement =
        read(
            "У заяві британського Міністерства закордонних справ ідеться, що ГРУ майже напевно"
                + " було причетне до атак на українські банки.\n",
            Language.UKRAINIAN);

    assertThat(summary(told)).containsExactly("attributes NSDC - BY");
    assertThat(summary(statement))
        .containsExactly("attributes Foreign, Commonwealth and Development Office - RU");
  }

  @Test
  void read_partnerCountriesOfTheSpeakersAreNoVictims() {
    ReportExtraction r =
        read(
            "CISA and the FBI, with partner agencies in Australia and Canada, assess that Chinese"
                + " hackers compromised US telecommunications networks.\n",
            Language.ENGLISH);

    assertThat(r.incidents().stream().flatMap(i -> i.victims().stream()))
        .extracting(v -> v.country().orElse("-"))
        .contains("US")
        .doesNotContain("AU", "CA");
  }

  @Test
  void read_anAmbiguousSectorWordCountsOnlyAnchoredToAVictim() {
    ReportExtraction loose =
        read(
            "Russian hackers broke into the committee and read its opposition research on the"
                + " candidate.\n",
            Language.ENGLISH);
    ReportExtraction anchored =
        read(
            "Russian hackers broke into research institutions and media organisations in Poland.\n",
            Language.ENGLISH);

    assertThat(sectors(loose)).doesNotContain("research");
    assertThat(sectors(anchored)).contains("research", "media");
  }

  @Test
  void read_aVictimNamedInTheGenitiveAfterAVictimNounIsGivenInItsDictionaryForm() {
    ReportExtraction r =
        read(
            "Через DDoS-атаки були недоступні сайти Міністерства оборони, а клієнти ПриватБанку"
                + " та Ощадбанку скаржилися на збої.\n",
            Language.UKRAINIAN);

    assertThat(victims(r))
        .extracting(v -> v.substring(0, v.lastIndexOf(' ')))
        .contains("ПриватБанк", "Ощадбанк");
  }

  @Test
  void read_anAmbassadorSpeaksForTheEmbassyAndAGroupsOriginDoesNotSpeak() {
    ReportExtraction ambassador =
        read(
            "Russia dismissed the new charges: its ambassador in Washington said Russia had never"
                + " conducted malicious operations.\n",
            Language.ENGLISH);
    ReportExtraction origin =
        read(
            "Аналитики связали кражу с северокорейской Lazarus Group, отметив, что средства"
                + " быстро перемещали.\n",
            Language.RUSSIAN);

    assertThat(summary(ambassador))
        .containsExactly("denies Embassy of Russia in the United States - RU");
    assertThat(origin.claims()).noneMatch(c -> c.claimant().isPresent());
  }

  @Test
  void read_countriesListedWithAVictimCountryAreVictimsOfTheSameSector() {
    ReportExtraction r =
        read(
            "Earlier this year the group claimed attacks on government websites in Romania, Italy"
                + " and Lithuania.\n",
            Language.ENGLISH);

    assertThat(r.incidents().stream().flatMap(i -> i.victims().stream()))
        .extracting(v -> v.country().orElse("-") + " " + v.sector().orElse("-"))
        .contains("RO government", "IT government", "LT government");
  }

  @Test
  void read_aNewspaperSpokenThroughIsNotTheClaimantWhenTheSpeakerIsNamedAfterTheVerb() {
    ReportExtraction r =
        read(
            "В інтерв'ю агентству Reuters розповів керівник департаменту кібербезпеки СБУ, що"
                + " атаку здійснили російські хакери.\n",
            Language.UKRAINIAN);

    assertThat(summary(r)).containsExactly("attributes SBU - RU");
  }

  @Test
  void read_doubtThatIsNegatedAssertsInsteadOfDisputing() {
    assertThat(
            summary(
                read(
                    "The Prime Minister of Albania said an investigation had established beyond"
                        + " doubt that Iran was behind the cyberattack.\n",
                    Language.ENGLISH)))
        .containsExactly("attributes Government of Albania - IR");
    assertThat(
            summary(
                read(
                    "СБУ не сомневается, что за атакой стоят российские хакеры.\n",
                    Language.RUSSIAN)))
        .containsExactly("attributes SBU - RU");
    assertThat(
            summary(
                read("Microsoft doubts that Iran was behind the cyberattack.\n", Language.ENGLISH)))
        .containsExactly("disputes Microsoft - IR");
  }

  @Test
  void read_aSectorWordInAMinistrysNameIsNoSectorButDefenceAndForeignMinistriesKeepTheirs() {
    ReportExtraction uk =
        read(
            "Хакери зламали сайти Міністерства освіти і науки, Міністерства оборони та"
                + " Міністерства закордонних справ.\n",
            Language.UKRAINIAN);
    ReportExtraction ru =
        read(
            "Атака вывела из строя компьютеры министерств, банков и энергетических компаний.\n",
            Language.RUSSIAN);

    assertThat(sectors(uk))
        .doesNotContain("education", "research")
        .contains("defense", "diplomacy");
    assertThat(sectors(ru)).contains("financial-services", "energy");
  }

  @Test
  void read_anOfficialBodysNameRunsOverTheLowerCaseWordsItsNounGoverns() {
    ReportExtraction uk =
        read(
            "Хакери зламали сайти Міністерства освіти і науки, Кабінету Міністрів та"
                + " Міністерства закордонних справ.\n",
            Language.UKRAINIAN);
    ReportExtraction ru =
        read("Хакеры взломали сети Министерства финансов в прошлом году.\n", Language.RUSSIAN);

    assertThat(victims(uk))
        .extracting(v -> v.substring(0, v.lastIndexOf(' ')))
        .containsExactly(
            "Міністерство освіти і науки", "Кабінет Міністрів", "Міністерство закордонних справ");
    // a preposition ends the name
    assertThat(victims(ru))
        .extracting(v -> v.substring(0, v.lastIndexOf(' ')))
        .containsExactly("Министерство финансов");
  }

  @Test
  void read_theNameInBracketsSaysWhichBodyTheWordsBeforeItAre() {
    ReportExtraction r =
        read(
            "Norway's Police Security Service (PST) said the attack was carried out by APT28.\n",
            Language.ENGLISH);

    assertThat(summary(r)).containsExactly("attributes PST APT28 RU");
  }

  @Test
  void read_anEmbassyInACapitalSpeaksForItsCountryThereAndDeniesForIt() {
    ReportExtraction en =
        read(
            "Norway accused Russia of the attack.\n"
                + "The Russian embassy in Oslo rejected the accusation the same day.\n",
            Language.ENGLISH);
    ReportExtraction ru =
        read(
            "Норвегия обвинила Россию в атаке.\nПосольство России в Норвегии отвергло обвинения.\n",
            Language.RUSSIAN);

    assertThat(summary(en))
        .containsExactly(
            "attributes Government of Norway - RU", "denies Embassy of Russia in Norway - RU");
    assertThat(summary(ru)).contains("denies Embassy of Russia in Norway - RU");
    // an ambassador spoken of, not speaking, makes no claimant
    assertThat(
            summary(
                read(
                    "In July 2023, Chinese hackers hacked the email of the U.S. ambassador to"
                        + " Beijing.\n",
                    Language.ENGLISH)))
        .containsExactly("attributes - - CN");
  }

  @Test
  void read_anAccusationAndADenialInOneSentenceAreTwoClaimsQuotingTheWholeSentence() {
    String headline =
        "Нидерланды обвинили российскую разведку в попытке взлома ОЗХО, Москва отвергает"
            + " обвинения.";
    ReportExtraction ru = read(headline + "\n", Language.RUSSIAN);
    ReportExtraction uk =
        read(
            "NotPetya: Білий дім назвав винними російських військових, у Кремлі це заперечують\n",
            Language.UKRAINIAN);

    assertThat(summary(ru))
        .containsExactly(
            "attributes Government of the Netherlands - RU", "denies Government of Russia - RU");
    assertThat(ru.claims()).allSatisfy(c -> assertThat(c.evidence()).isEqualTo(headline));
    assertThat(summary(uk)).contains("denies Government of Russia - RU").hasSize(2);
    // a speaker after a comma, with no denial, is the same claim's
    assertThat(
            summary(
                read(
                    "Russian hackers were behind the attack, Washington said.\n",
                    Language.ENGLISH)))
        .containsExactly("attributes Government of the United States - RU");
    // a comma ends what "behind" governs: the organisation after it speaks, it is not backed
    assertThat(
            summary(read("Russian hackers were behind the attack, FBI says.\n", Language.ENGLISH)))
        .containsExactly("attributes FBI - RU");
  }

  @Test
  void read_aCountryNamedAsTheSourceSpeaksAndOneThatAskedForArrestsIsNoCulprit() {
    ReportExtraction uk =
        read(
            "За даними Берліна, хакери APT28 також атакували німецькі компанії.\n",
            Language.UKRAINIAN);
    ReportExtraction ru =
        read(
            "ФСБ сообщила, что по запросу американских властей пресекла деятельность хакерской"
                + " группировки REvil, стоящей за атаками.\n",
            Language.RUSSIAN);

    assertThat(summary(uk)).containsExactly("attributes Government of Germany APT28 RU");
    assertThat(ru.claims()).isNotEmpty().noneMatch(c -> c.state().equals(Optional.of("US")));
  }

  @Test
  void read_aVictimNamedAfterAnAttackAndSmallWordsAndNoDdosVictim() {
    ReportExtraction r =
        read(
            "PST said that the cyberattack on the Storting, the Norwegian parliament, was carried"
                + " out by APT28. The attack on a DDoS scale hit nobody else.\n",
            Language.ENGLISH);

    assertThat(victims(r))
        .extracting(v -> v.substring(0, v.lastIndexOf(' ')))
        .containsExactly("Storting");
  }

  @Test
  void read_aForeignMinisterWithACountrySpeaksForItsForeignMinistry() {
    ReportExtraction en =
        read(
            "Norwegian Foreign Minister Ine Eriksen Soreide said Russia was behind the attack.\n",
            Language.ENGLISH);
    ReportExtraction uk =
        read(
            "Міністр закордонних справ Чехії Ян Ліпавський заявив, що за атакою стоїть Росія.\n",
            Language.UKRAINIAN);

    assertThat(summary(en))
        .containsExactly("attributes Ministry of Foreign Affairs of Norway - RU");
    assertThat(summary(uk))
        .containsExactly("attributes Ministry of Foreign Affairs of the Czech Republic - RU");
  }

  @Test
  void read_theOneStandingBehindAnAttackIsTheSubjectAfterTheVerbUnlessItIsAFalseFlag() {
    assertThat(summary(read("СБУ заявила, що за атакою стоїть Росія.\n", Language.UKRAINIAN)))
        .containsExactly("attributes SBU - RU");
    assertThat(
            summary(
                read(
                    "ФСБ сообщила, что атаку провела украинская разведка, попытавшаяся представить"
                        + " дело так, будто за ней стоит Северная Корея.\n",
                    Language.RUSSIAN)))
        .containsExactly("attributes FSB - UA");
  }

  @Test
  void read_adjectivesListedWithOneGenericNounEachNameASector() {
    ReportExtraction ru =
        read(
            "Хакеры атаковали транспортные, энергетические и промышленные компании в России.\n",
            Language.RUSSIAN);
    ReportExtraction uk =
        read(
            "Хакери APT28 атакували німецькі компанії оборонної, аерокосмічної та логістичної"
                + " галузей.\n",
            Language.UKRAINIAN);

    assertThat(sectors(ru)).contains("transportation", "energy", "manufacturing");
    assertThat(sectors(uk)).contains("defense", "aerospace", "logistics");
  }
}
