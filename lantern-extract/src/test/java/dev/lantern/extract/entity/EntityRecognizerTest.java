package dev.lantern.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.extract.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRecognizerTest {
  private static final EntityRecognizer R = EntityRecognizer.standard();

  private static List<EntityMention> find(String text, Language lang) {
    return R.recognize(text, Optional.of(lang));
  }

  private static List<String> countries(List<EntityMention> ms) {
    return ms.stream()
        .filter(m -> m.type() == EntityType.COUNTRY)
        .map(m -> m.country().orElseThrow())
        .toList();
  }

  private static List<String> canonicals(List<EntityMention> ms, EntityType type) {
    return ms.stream().filter(m -> m.type() == type).map(EntityMention::canonical).toList();
  }

  @Test
  void recognize_findsInflectedUkrainianCountry() {
    List<EntityMention> ms =
        find("Посли Нідерландів посварилися з Китаєм через шпигунство.", Language.UKRAINIAN);
    assertThat(countries(ms)).containsExactly("NL", "CN");
    EntityMention cn = ms.get(ms.size() - 1);
    assertThat(cn.text()).isEqualTo("Китаєм");
  }

  @Test
  void recognize_findsInflectedRussianCountryAndDemonym() {
    List<EntityMention> ms =
        find("Разведка Нидерландов обвинила Китай; атаки российских хакеров.", Language.RUSSIAN);
    assertThat(countries(ms)).contains("NL", "CN", "RU");
  }

  @Test
  void recognize_mapsDemonymToCountry() {
    assertThat(countries(find("Chinese state-backed spies", Language.ENGLISH)))
        .containsExactly("CN");
    assertThat(countries(find("атаки китайських хакерів", Language.UKRAINIAN)))
        .containsExactly("CN");
    assertThat(countries(find("атаки российских хакеров", Language.RUSSIAN))).containsExactly("RU");
  }

  @Test
  void recognize_mapsCapitalUsedAsMetonymToCountry() {
    assertThat(countries(find("Beijing rejected the claims.", Language.ENGLISH))).contains("CN");
    assertThat(countries(find("Пекін відкинув звинувачення.", Language.UKRAINIAN))).contains("CN");
    assertThat(countries(find("Москва отвергла обвинения.", Language.RUSSIAN))).contains("RU");
  }

  @Test
  void recognize_findsVendorAliasOfApt28() {
    for (String s :
        List.of(
            "Fancy Bear struck again.",
            "Microsoft tracks it as Forest Blizzard.",
            "Угруповання Фенсі Беар атакувало.")) {
      List<EntityMention> ms = R.recognize(s, Optional.empty());
      assertThat(canonicals(ms, EntityType.INTRUSION_SET)).as(s).containsExactly("APT28");
    }
  }

  @Test
  void recognize_findsInflectedMultiwordGroupName() {
    List<EntityMention> ms =
        find("Фахівці пов'язують атаку з угрупованням Піщаного хробака.", Language.UKRAINIAN);
    assertThat(canonicals(ms, EntityType.INTRUSION_SET)).containsExactly("Sandworm Team");
  }

  @Test
  void recognize_prefersLongestAlias() {
    List<EntityMention> ms = find("The Dutch Defence Ministry said on Tuesday.", Language.ENGLISH);
    assertThat(ms).extracting(EntityMention::text).containsExactly("Dutch Defence Ministry");
    assertThat(canonicals(ms, EntityType.ORGANIZATION))
        .containsExactly("Ministry of Defence of the Netherlands");
  }

  @Test
  void recognize_ignoresCommonWordThatIsAnAlias() {
    assertThat(find("Officials will solve the equation with silence.", Language.ENGLISH)).isEmpty();
    assertThat(find("An Equation of state.", Language.ENGLISH)).isEmpty();
    assertThat(
            canonicals(
                find("Kaspersky exposed the Equation group.", Language.ENGLISH),
                EntityType.INTRUSION_SET))
        .containsExactly("Equation");
    assertThat(find("let us go", Language.ENGLISH)).isEmpty();
    assertThat(countries(find("the US said", Language.ENGLISH))).containsExactly("US");
  }

  @Test
  void recognize_ignoresOrdinaryWordAliasInUserFile(@TempDir Path dir) throws IOException {
    Path groups = dir.resolve("groups.tsv");
    Files.writeString(
        groups,
        "name\tkind\tstate\tsponsor\taliases_en\taliases_uk\taliases_ru\tsources\n"
            + "Will\tthreat-actor\t-\t-\tWill Crew\t-\t-\tpress\n");
    EntityRecognizer r = EntityRecognizer.of(KnowledgeBase.builder().addGroups(groups).build());
    assertThat(r.recognize("Who will attack next?", Optional.of(Language.ENGLISH))).isEmpty();
    assertThat(r.recognize("The Will Crew hackers struck.", Optional.of(Language.ENGLISH)))
        .extracting(EntityMention::canonical)
        .containsExactly("Will");
  }

  @Test
  void recognize_isHyphenAndCaseInsensitiveForNames() {
    List<EntityMention> ms = find("cozy-bear and SANDWORM were seen", Language.ENGLISH);
    assertThat(canonicals(ms, EntityType.INTRUSION_SET)).containsExactly("APT29", "Sandworm Team");
  }

  @Test
  void recognize_doesNotJoinNameAcrossSentenceEnd() {
    List<EntityMention> ms = find("It was Fancy. Bear markets fell.", Language.ENGLISH);
    assertThat(canonicals(ms, EntityType.INTRUSION_SET)).isEmpty();
  }

  @Test
  void recognize_reportsClaimantAsOrganizationWithCountry() {
    List<EntityMention> ms = find("MIVD and AIVD say China did it.", Language.ENGLISH);
    assertThat(ms)
        .filteredOn(m -> m.type() == EntityType.ORGANIZATION)
        .extracting(m -> m.canonical() + "/" + m.country().orElse("-"))
        .containsExactly("MIVD/NL", "AIVD/NL");
  }

  @Test
  void recognize_spansMatchText() {
    String text = "COATHANGER hid on FortiGate devices; Volt Typhoon hit US power grids.";
    for (EntityMention m : find(text, Language.ENGLISH)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(canonicals(find(text, Language.ENGLISH), EntityType.MALWARE)).contains("COATHANGER");
  }

  @Test
  void knowledgeBase_namesFileAndLineOfMalformedRow(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad-groups.tsv");
    Files.writeString(
        f,
        "# comment\nname\tkind\tstate\tsponsor\taliases_en\taliases_uk\taliases_ru\tsources\n"
            + "X\tintrusion-set\tRU\n");
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(f))
        .isInstanceOf(InvalidKnowledgeBaseException.class)
        .hasMessageContaining("bad-groups.tsv:3")
        .hasMessageContaining("expected 8");
  }

  @Test
  void knowledgeBase_rejectsBadStateCode(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("g.tsv");
    Files.writeString(
        f,
        "name\tkind\tstate\tsponsor\taliases_en\taliases_uk\taliases_ru\tsources\n"
            + "X\tintrusion-set\tRussia\t-\t-\t-\t-\tpress\n");
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(f))
        .isInstanceOf(InvalidKnowledgeBaseException.class)
        .hasMessageContaining("g.tsv:2")
        .hasMessageContaining("Russia");
  }

  @Test
  void knowledgeBase_standardHasEveryFile() {
    KnowledgeBase kb = KnowledgeBase.standard();
    for (EntityType t : EntityType.values()) {
      assertThat(kb.entities()).as(t.jsonName()).anyMatch(e -> e.type() == t);
    }
    assertThat(kb.canonicalOf(EntityType.INTRUSION_SET, "fancy bear")).contains("APT28");
  }

  @Test
  void recognize_aRansomwareFamilyNamedAsAGangIsAlsoAThreatActorThere() {
    List<EntityMention> ms =
        find(
            "Conti потребовала выкуп. Ранее группировка Conti зашифровала системы министерства.",
            Language.RUSSIAN);
    List<EntityMention> plain = find("Шифровальщик Conti зашифровал системы.", Language.RUSSIAN);

    assertThat(canonicals(ms, EntityType.THREAT_ACTOR)).containsExactly("Conti");
    assertThat(canonicals(ms, EntityType.MALWARE)).containsExactly("Conti", "Conti");
    assertThat(canonicals(plain, EntityType.THREAT_ACTOR)).isEmpty();
    // after a dash the name is the gang's tool, not the gang
    assertThat(
            canonicals(
                find("Устанавливаются бэкдоры группировки — PhantomDL.", Language.RUSSIAN),
                EntityType.THREAT_ACTOR))
        .isEmpty();
  }
}
