package dev.lantern.store.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.stix.AttackPattern;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 24,771-object ATT&CK enterprise bundle (STIX 2.0) imported as it is, batch by batch. */
final class AttackImportTest {
  @TempDir Path dir;

  @Test
  void importAttackEnterprise_storesEveryObjectWithMitrePropertiesAndReimportAddsNothing() {
    Path file = Shared.kb("attack/enterprise-attack-stix20-assembled.json");
    try (Store store = Store.open(dir.resolve("lantern.db").toString())) {
      Importer importer = new Importer(store);

      ImportResult first = importer.importFile(file, ImportFormat.AUTO);

      assertThat(first.format()).isEqualTo(ImportFormat.ATTACK);
      assertThat(first.objects()).isEqualTo(24_771);
      assertThat(first.rejected()).isEmpty();
      assertThat(first.created()).isEqualTo(24_771);
      assertThat(first.transactions()).isEqualTo(25);
      StixObject t1055 =
          store.get(Identifier.parse("attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298"));
      assertThat(t1055).isInstanceOf(AttackPattern.class);
      assertThat(t1055.common().specVersion()).isEqualTo("2.1");
      assertThat(t1055.extra()).containsKey("x_mitre_version");

      ImportResult again = importer.importFile(file, ImportFormat.ATTACK);

      assertThat(again.created()).isZero();
      assertThat(again.newVersions()).isZero();
      assertThat(again.unchanged()).isEqualTo(24_771);

      // MITRE galaxy clusters share the ATT&CK uuid: linked to the ATT&CK object, not merged
      importer.importFile(
          Shared.kb("misp-galaxy/clusters/mitre-intrusion-set.json"), ImportFormat.AUTO);
      Identifier attackApt28 =
          Identifier.parse("intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c");
      assertThat(
              store.aliases(Identifier.forNamed(dev.lantern.stix.StixType.INTRUSION_SET, "APT28")))
          .anyMatch(
              l ->
                  l.other(Identifier.forNamed(dev.lantern.stix.StixType.INTRUSION_SET, "APT28"))
                          .equals(attackApt28)
                      && l.source().equals("misp-galaxy:mitre-intrusion-set"));
      assertThat(store.get(attackApt28).extra()).containsKey("x_mitre_version");
    }
  }
}
