package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.stix.Identifier;
import dev.lantern.stix.IntrusionSet;
import dev.lantern.stix.StixType;
import dev.lantern.store.AliasLink;
import dev.lantern.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MISP galaxy clusters: named objects, synonyms as alias links with the galaxy as source. */
final class GalaxyImportTest {
  @TempDir Path dir;

  @Test
  void importThreatActorGalaxy_recordsSynonymsAsAliasLinksWithProvenanceNotMerges() {
    Path file = Shared.kb("misp-galaxy/clusters/threat-actor.json");
    try (Store store = Store.open(dir.resolve("lantern.db").toString())) {
      Importer importer = new Importer(store);

      ImportResult first = importer.importFile(file, ImportFormat.AUTO);

      assertThat(first.format()).isEqualTo(ImportFormat.GALAXY);
      assertThat(first.aliasLinks()).isGreaterThan(1000);
      Identifier apt28 = Identifier.forNamed(StixType.INTRUSION_SET, "APT28");
      IntrusionSet primary = (IntrusionSet) store.get(apt28);
      assertThat(primary.aliases()).contains("FANCY BEAR", "Sofacy", "Forest Blizzard");
      Identifier fancyBear = Identifier.forNamed(StixType.INTRUSION_SET, "Fancy Bear");
      assertThat(store.get(fancyBear)).isInstanceOf(IntrusionSet.class);
      List<AliasLink> links = store.aliases(apt28);
      assertThat(links)
          .anyMatch(
              l ->
                  (l.left().equals(fancyBear) || l.right().equals(fancyBear))
                      && l.source().equals("misp-galaxy:threat-actor")
                      && l.evidence().orElse("").contains("\"FANCY BEAR\" as a synonym"));

      ImportResult again = importer.importFile(file, ImportFormat.GALAXY);

      assertThat(again.created()).isZero();
      assertThat(again.newVersions()).isZero();
      assertThat(store.aliases(apt28)).hasSameSizeAs(links);
    }
  }
}
