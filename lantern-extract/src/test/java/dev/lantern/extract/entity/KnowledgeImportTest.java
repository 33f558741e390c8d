package dev.lantern.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lantern.extract.language.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeImportTest {

  private static Path kbDir() {
    return Path.of(System.getProperty("lantern.shared", "../../shared")).resolve("conformance/kb");
  }

  @Test
  void mispThreatActorGalaxy_addsGroupsWithStatesAndSynonyms() {
    Path file = kbDir().resolve("misp-galaxy/clusters/threat-actor.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipping");

    List<KnownEntity> found = KnowledgeImport.read(file, KnowledgeBase.standard());

    assertThat(found).hasSizeGreaterThan(300);
    assertThat(found)
        .filteredOn(e -> e.canonical().equals("APT1"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.INTRUSION_SET);
              assertThat(e.country()).contains("CN");
              assertThat(e.names()).contains("COMMENT PANDA");
            });
  }

  @Test
  void attackBundle_isStreamedIntoGroupsMalwareAndToolsWithoutRevokedOnes() {
    Path file = kbDir().resolve("attack/enterprise-attack-stix20-assembled.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipping");

    List<KnownEntity> found = KnowledgeImport.read(file, KnowledgeBase.standard());

    assertThat(found)
        .extracting(KnownEntity::type)
        .contains(EntityType.INTRUSION_SET, EntityType.MALWARE, EntityType.TOOL);
    assertThat(found).filteredOn(e -> e.type() == EntityType.INTRUSION_SET).hasSizeGreaterThan(100);
    assertThat(found).anySatisfy(e -> assertThat(e.names()).contains("APT28", "Fancy Bear"));
    assertThat(found).allSatisfy(e -> assertThat(e.source()).startsWith("attack:"));
  }

  @Test
  void addFile_mergesImportedAliasesIntoTheKnownGroupAndRecognisesNewOnes(@TempDir Path dir)
      throws Exception {
    Path galaxy =
        Files.writeString(
            dir.resolve("threat-actor.json"),
            "{\"type\": \"threat-actor\", \"values\": ["
                + "{\"value\": \"APT28\", \"meta\": {\"synonyms\": [\"Zebrocy Crew Test\"]}},"
                + "{\"value\": \"Quartz Lantern Moth\", \"meta\": {\"cfr-suspected-state-sponsor\":"
                + " \"Iran\"}}]}");

    KnowledgeBase kb = KnowledgeBase.builder().addStandard().addFile(galaxy).build();

    long apt28 =
        kb.entities().stream()
            .filter(e -> e.type().isGroup() && e.names().contains("APT28"))
            .count();
    assertThat(apt28).isEqualTo(1);
    List<EntityMention> ms =
        EntityRecognizer.of(kb)
            .recognize(
                "Zebrocy Crew Test and Quartz Lantern Moth struck again.",
                Optional.of(Language.ENGLISH));
    assertThat(ms)
        .extracting(EntityMention::canonical, EntityMention::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("APT28", Optional.of("RU")),
            org.assertj.core.groups.Tuple.tuple("Quartz Lantern Moth", Optional.of("IR")));
  }

  @Test
  void addFile_namesAFileOfUnknownFormat(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("x.tsv"), "foo\tbar\n1\t2\n");
    Path notJson = Files.writeString(dir.resolve("y.json"), "[1, 2");

    assertThatThrownBy(() -> KnowledgeBase.builder().addFile(bad))
        .isInstanceOf(InvalidKnowledgeBaseException.class)
        .hasMessageContaining("x.tsv");
    assertThatThrownBy(() -> KnowledgeBase.builder().addFile(notJson))
        .isInstanceOf(InvalidKnowledgeBaseException.class)
        .hasMessageContaining("y.json");
  }
}
