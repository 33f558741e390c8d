package dev.lantern.store;

import static dev.lantern.store.Fixtures.indicator;
import static dev.lantern.store.Fixtures.intrusionSet;
import static dev.lantern.store.Fixtures.ipv4;
import static dev.lantern.store.Fixtures.malware;
import static dev.lantern.store.Fixtures.newId;
import static dev.lantern.store.Fixtures.read;
import static dev.lantern.store.Fixtures.relationship;
import static dev.lantern.store.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lantern.stix.Bundle;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixObject;
import dev.lantern.stix.StixType;
import dev.lantern.stix.json.StixJson;
import dev.lantern.store.internal.Database;
import dev.lantern.store.internal.TimeKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every store backend must show. Subclasses supply a fresh, empty store per test
 * (SQLite in a temporary file; PostgreSQL in a fresh schema when a server is configured).
 */
abstract class StoreContract {

  protected Store store;

  /** A location (file path or JDBC URL) of a fresh, empty store. */
  protected abstract String freshLocation() throws Exception;

  /** A second fresh location, not the one {@link #freshLocation} gave. */
  protected abstract String secondLocation() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = Store.open(freshLocation());
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Schema upgrades
  // ---------------------------------------------------------------------------------------------

  /**
   * A store written by Lantern before migration 300 (index tables keyed by the object's text id) is
   * upgraded in place: nothing it held is lost, and it takes new versions afterwards.
   */
  @Test
  void upgrade_aStoreKeyedByTextIdsKeepsVersionsValuesReferencesAndMarkings() throws Exception {
    String location = secondLocation();
    Database db = Database.at(location);
    Flyway.configure()
        .dataSource(db.dataSource())
        .locations(db.dialect().migrations())
        .target("203")
        .load()
        .migrate();
    Identifier apt = newId("intrusion-set");
    Identifier rep = newId("report");
    String amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    StixObject v1 = intrusionSet(apt, "2024-01-01T00:00:00Z", "APT28", "Fancy Bear");
    StixObject v2 = intrusionSet(apt, "2024-03-01T00:00:00Z", "APT28", "Fancy Bear", "Sofacy");
    StixObject report = report(rep, "2024-02-06T00:00:00Z", "Seen", "text", apt);
    try (Connection c = db.connect()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stix_object (id, type, modified, revoked, lang, name, version_count)"
                  + " VALUES (?, ?, ?, ?, NULL, ?, ?)")) {
        oldRow(ps, apt.toString(), "intrusion-set", "2024-03-01T00:00:00Z", "APT28", 2);
        oldRow(ps, rep.toString(), "report", "2024-02-06T00:00:00Z", "Seen", 1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stix_version (id, seq, modified, revoked, json, added)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")) {
        oldVersion(ps, v1, 1, "2024-04-01T00:00:00.000001Z");
        oldVersion(ps, report, 1, "2024-04-01T00:00:00.000002Z");
        oldVersion(ps, v2, 2, "2024-04-01T00:00:00.000003Z");
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO value_index (value, object_id, source) VALUES (?, ?, ?)")) {
        for (String[] row :
            new String[][] {{"APT28", "name"}, {"Fancy Bear", "alias"}, {"Sofacy", "alias"}}) {
          ps.setString(1, Identifier.normaliseName(row[0]));
          ps.setString(2, apt.toString());
          ps.setString(3, row[1]);
          ps.executeUpdate();
        }
      }
      try (Statement st = c.createStatement()) {
        st.executeUpdate(
            "INSERT INTO object_ref (from_id, from_type, property, to_id) VALUES ('"
                + rep
                + "', 'report', 'object_refs', '"
                + apt
                + "')");
        st.executeUpdate(
            "INSERT INTO object_marking (object_id, marking_id) VALUES ('"
                + rep
                + "', '"
                + amber
                + "')");
      }
      c.commit();
    }

    try (Store upgraded = Store.open(location)) {
      assertThat(upgraded.versions(apt)).extracting(StoredVersion::sequence).containsExactly(1, 2);
      assertThat(upgraded.get(apt)).isEqualTo(v2);
      assertThat(upgraded.get(rep)).isEqualTo(report);
      assertThat(upgraded.objectsWithValue("sofacy")).containsExactly(apt);
      assertThat(upgraded.reportsMentioning(apt)).containsExactly(rep);
      assertThat(upgraded.referencing(apt)).containsExactly(rep);
      assertThat(upgraded.markings(rep)).containsExactly(Identifier.parse(amber));
      assertThat(
              upgraded
                  .added(
                      new AddedQuery(
                          Optional.empty(),
                          Set.of(),
                          Set.of(),
                          AddedQuery.VersionSelection.ALL,
                          Set.of(),
                          Set.of(),
                          false,
                          10))
                  .versions())
          .extracting(v -> v.id().toString() + "#" + v.sequence())
          .containsExactly(apt + "#1", rep + "#1", apt + "#2");

      StixObject v3 = intrusionSet(apt, "2024-05-01T00:00:00Z", "APT28", "Strontium");
      assertThat(upgraded.upsert(List.of(v3)).newVersions()).containsExactly(apt);
      assertThat(upgraded.objectsWithValue("Sofacy")).isEmpty();
      assertThat(upgraded.objectsWithValue("Strontium")).containsExactly(apt);
      assertThat(upgraded.versions(apt)).hasSize(3);
      assertThat(upgraded.delete(rep)).isTrue();
      assertThat(upgraded.reportsMentioning(apt)).isEmpty();
    }
  }

  private static void oldRow(
      PreparedStatement ps, String id, String type, String modified, String name, int versions)
      throws Exception {
    ps.setString(1, id);
    ps.setString(2, type);
    ps.setString(3, TimeKey.of(Instant.parse(modified)));
    ps.setBoolean(4, false);
    ps.setString(5, name);
    ps.setInt(6, versions);
    ps.executeUpdate();
  }

  private static void oldVersion(PreparedStatement ps, StixObject o, int seq, String added)
      throws Exception {
    ps.setString(1, o.id().toString());
    ps.setInt(2, seq);
    ps.setString(3, TimeKey.of(o.common().modified().orElseThrow()));
    ps.setBoolean(4, false);
    ps.setString(5, StixJson.standard().write(o));
    ps.setString(6, TimeKey.of(Instant.parse(added)));
    ps.executeUpdate();
  }

  // ---------------------------------------------------------------------------------------------
  // Versions
  // ---------------------------------------------------------------------------------------------

  @Test
  void upsert_sameBundleTwiceChangesNothingTheSecondTime() {
    Identifier apt = newId("intrusion-set");
    Bundle bundle =
        Bundle.of(
            List.of(
                intrusionSet(apt, "2024-02-06T10:00:00Z", "APT28", "Fancy Bear"),
                ipv4("198.51.100.7")));

    UpsertSummary first = store.upsert(bundle);
    UpsertSummary second = store.upsert(bundle);

    assertThat(first.created()).hasSize(2);
    assertThat(second.created()).isEmpty();
    assertThat(second.newVersions()).isEmpty();
    assertThat(second.unchanged()).hasSize(2);
    assertThat(second.changedAnything()).isFalse();
    assertThat(store.versions(apt)).hasSize(1);
  }

  @Test
  void versions_areKeptInModifiedOrderWhateverTheBatchOrder() {
    Identifier apt = newId("intrusion-set");
    store.upsert(
        List.of(
            intrusionSet(apt, "2024-03-01T00:00:00Z", "APT28 v2"),
            intrusionSet(apt, "2024-01-01T00:00:00Z", "APT28 v1")));
    UpsertSummary later = store.upsert(List.of(intrusionSet(apt, "2024-05-01T00:00:00Z", "v3")));
    UpsertSummary older = store.upsert(List.of(intrusionSet(apt, "2024-02-01T00:00:00Z", "old")));

    assertThat(later.newVersions()).containsExactly(apt);
    assertThat(older.unchanged()).containsExactly(apt);
    assertThat(store.versions(apt))
        .extracting(v -> v.modified().orElseThrow())
        .containsExactly(
            Instant.parse("2024-01-01T00:00:00Z"),
            Instant.parse("2024-03-01T00:00:00Z"),
            Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(store.versions(apt)).extracting(StoredVersion::sequence).containsExactly(1, 2, 3);
    assertThat(store.get(apt).common().modified()).contains(Instant.parse("2024-05-01T00:00:00Z"));
  }

  @Test
  void versions_anyBatchOrderGivesIncreasingModified() {
    List<String> stamps =
        List.of(
            "2024-01-01T00:00:00Z",
            "2024-01-02T00:00:00Z",
            "2024-01-03T00:00:00Z",
            "2024-01-04T00:00:00Z");
    qt().withExamples(20)
        .forAll(integers().between(0, 23))
        .checkAssert(
            permutation -> {
              Identifier id = newId("intrusion-set");
              // permutation (0..23) decoded as a Lehmer code: every order of the four versions
              List<String> pool = new ArrayList<>(stamps);
              List<String> order = new ArrayList<>();
              int code = permutation;
              for (int k = pool.size(); k > 0; k--) {
                order.add(pool.remove(code % k));
                code /= k;
              }
              List<StixObject> batch = new ArrayList<>();
              order.forEach(t -> batch.add(intrusionSet(id, t, "Group " + t)));

              store.upsert(batch);

              assertThat(store.versions(id))
                  .extracting(v -> v.modified().orElseThrow().toString())
                  .containsExactlyElementsOf(stamps);
              assertThat(store.find(id).orElseThrow().common().modified())
                  .contains(Instant.parse(stamps.get(3)));
            });
  }

  @Test
  void versions_keepTheJsonExactlyAsStixJsonWroteIt() {
    Identifier apt = newId("intrusion-set");
    StixObject v1 = intrusionSet(apt, "2024-01-01T00:00:00.123456Z", "Фенсі Беар", "APT28");

    store.upsert(List.of(v1));

    StoredVersion stored = store.versions(apt).get(0);
    assertThat(stored.json()).isEqualTo(StixJson.standard().write(v1));
    assertThat(stored.object()).isEqualTo(v1);
    assertThat(stored.modified()).contains(Instant.parse("2024-01-01T00:00:00.123456Z"));
  }

  @Test
  void revoked_objectCannotBeUnrevokedByALaterVersion() {
    Identifier m = newId("malware");
    store.upsert(List.of(malware(m, "2024-01-01T00:00:00Z", "COATHANGER", false)));
    store.upsert(List.of(malware(m, "2024-02-01T00:00:00Z", "COATHANGER", true)));

    UpsertSummary attempt =
        store.upsert(List.of(malware(m, "2024-03-01T00:00:00Z", "COATHANGER", false)));

    assertThat(attempt.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(m);
              assertThat(r.reason()).contains(m.toString()).contains("revoked");
            });
    assertThat(store.get(m).common().revoked()).isTrue();
    assertThat(store.versions(m)).hasSize(2);
  }

  @Test
  void observables_dedupeById() {
    UpsertSummary first = store.upsert(List.of(ipv4("203.0.113.9"), ipv4("203.0.113.9")));

    assertThat(first.created()).hasSize(1);
    assertThat(first.unchanged()).hasSize(1);
    assertThat(store.versions(ipv4("203.0.113.9").id())).hasSize(1);
  }

  @Test
  void get_absentObjectThrowsNotFoundNamingTheId() {
    Identifier missing = newId("malware");

    assertThat(store.find(missing)).isEmpty();
    assertThatThrownBy(() -> store.get(missing))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(missing.toString());
    assertThat(store.versions(missing)).isEmpty();
  }

  @Test
  void upsert_textWithNulCharactersIsStoredAndSearchable() {
    Identifier m = newId("malware");
    StixObject hostile =
        read(
            """
            {"type":"malware","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
             "modified":"2024-01-01T00:00:00Z","name":"Nul\\u0000Name","is_family":false,
             "description":"bad\\u0000bytes","lang":"e\\u0000n"}"""
                .formatted(m));

    assertThat(store.upsert(List.of(hostile)).created()).containsExactly(m);

    assertThat(store.get(m)).isEqualTo(hostile);
    assertThat(hits(SearchQuery.of("bytes"))).containsExactly(m);
  }

  // ---------------------------------------------------------------------------------------------
  // References and claims
  // ---------------------------------------------------------------------------------------------

  @Test
  void danglingReference_rejectsTheWholeBatchAndWritesNothing() {
    Identifier m = newId("malware");
    Identifier nowhere = newId("intrusion-set");
    Identifier rel = newId("relationship");
    List<StixObject> batch =
        List.of(
            malware(m, "2024-01-01T00:00:00Z", "COATHANGER", false),
            relationship(rel, "attributed-to", m, nowhere, "claimed"));

    assertThatThrownBy(() -> store.upsert(batch, UpsertOptions.CHECK_REFERENCES))
        .isInstanceOf(DanglingReferenceException.class)
        .hasMessageContaining(nowhere.toString())
        .hasMessageContaining(rel.toString())
        .satisfies(
            e ->
                assertThat(((DanglingReferenceException) e).references())
                    .extracting(DanglingReference::property)
                    .containsExactly("target_ref"));
    assertThat(store.find(m)).isEmpty();
    assertThat(store.find(rel)).isEmpty();
  }

  @Test
  void referenceCheck_acceptsTargetsAlreadyInTheStore() {
    Identifier m = newId("malware");
    Identifier actor = newId("intrusion-set");
    store.upsert(List.of(intrusionSet(actor, "2024-01-01T00:00:00Z", "Volt Typhoon")));

    UpsertSummary summary =
        store.upsert(
            List.of(
                malware(m, "2024-01-01T00:00:00Z", "KV-botnet", false),
                relationship(newId("relationship"), "uses", actor, m, "observed")),
            UpsertOptions.CHECK_REFERENCES);

    assertThat(summary.created()).hasSize(2);
  }

  @Test
  void conflictingClaims_twoReportsAttributingDifferentlyBothSurvive() {
    Identifier incident = newId("malware");
    Identifier china = newId("identity");
    Identifier other = newId("identity");
    Identifier claimNl = newId("relationship");
    Identifier claimDenial = newId("relationship");
    Identifier opinion = newId("opinion");
    store.upsert(
        List.of(
            malware(incident, "2024-02-06T00:00:00Z", "COATHANGER", false),
            read(identityJson(china, "People's Republic of China")),
            read(identityJson(other, "Unattributed actor")),
            relationship(claimNl, "attributed-to", incident, china, "MIVD attributes"),
            relationship(claimDenial, "attributed-to", incident, other, "embassy denies"),
            read(
                """
                {"type":"opinion","spec_version":"2.1","id":"%s","created":"2024-02-07T00:00:00Z",
                 "modified":"2024-02-07T00:00:00Z","opinion":"strongly-disagree",
                 "explanation":"the embassy denied it","object_refs":["%s"]}"""
                    .formatted(opinion, claimNl))));

    assertThat(store.referencing(incident)).containsExactlyInAnyOrder(claimNl, claimDenial);
    assertThat(store.referencing(claimNl)).containsExactly(opinion);
    assertThat(store.get(claimNl)).isNotEqualTo(store.get(claimDenial));
  }

  @Test
  void reportsMentioning_findsEveryReportListingTheObject() {
    StixObject ip = ipv4("198.51.100.7");
    Identifier r1 = newId("report");
    Identifier r2 = newId("report");
    Identifier r3 = newId("report");
    store.upsert(
        List.of(
            ip,
            report(r1, "2024-02-06T00:00:00Z", "MIVD advisory", "COATHANGER", ip.id()),
            report(r2, "2024-02-07T00:00:00Z", "Press", "follow-up", ip.id()),
            report(r3, "2024-02-08T00:00:00Z", "Unrelated", "nothing")));

    assertThat(store.reportsMentioning(ip.id())).containsExactlyInAnyOrder(r1, r2);

    // a new version of r2 that no longer lists the address drops it from the index
    store.upsert(List.of(report(r2, "2024-03-01T00:00:00Z", "Press", "corrected")));
    assertThat(store.reportsMentioning(ip.id())).containsExactly(r1);
  }

  @Test
  void valueIndex_findsObservablesIndicatorsNamesAndAliasesCaseInsensitively() {
    Identifier apt = newId("intrusion-set");
    Identifier ind = newId("indicator");
    StixObject ip = ipv4("198.51.100.7");
    store.upsert(
        List.of(
            ip,
            indicator(
                ind, "[ipv4-addr:value = '198.51.100.7'] OR [domain-name:value = 'evil.example']"),
            intrusionSet(apt, "2024-01-01T00:00:00Z", "APT28", "Fancy Bear", "Фенсі Беар")));

    assertThat(store.objectsWithValue("198.51.100.7")).containsExactlyInAnyOrder(ip.id(), ind);
    assertThat(store.objectsWithValue("EVIL.example")).containsExactly(ind);
    assertThat(store.objectsWithValue("fancy  BEAR")).containsExactly(apt);
    assertThat(store.objectsWithValue("фенсі беар")).containsExactly(apt);
    assertThat(store.objectsWithValue("nothing here")).isEmpty();
  }

  @Test
  void markings_areStoredPerObject() {
    Identifier m = newId("malware");
    String amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    store.upsert(
        List.of(
            read(
                """
                {"type":"malware","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
                 "modified":"2024-01-01T00:00:00Z","name":"x","is_family":false,
                 "object_marking_refs":["%s"]}"""
                    .formatted(m, amber))));

    assertThat(store.markings(m)).containsExactly(Identifier.parse(amber));
  }

  // ---------------------------------------------------------------------------------------------
  // Aliases
  // ---------------------------------------------------------------------------------------------

  @Test
  void alias_linksAreTransitiveKeepTheirSourceAndCanBeUnlinked() {
    Identifier apt28 = newId("intrusion-set");
    Identifier fancy = newId("intrusion-set");
    Identifier forest = newId("intrusion-set");
    store.upsert(
        List.of(
            intrusionSet(apt28, "2024-01-01T00:00:00Z", "APT28"),
            intrusionSet(fancy, "2024-01-01T00:00:00Z", "Fancy Bear"),
            intrusionSet(forest, "2024-01-01T00:00:00Z", "Forest Blizzard")));

    AliasLink l1 = store.alias(apt28, fancy, "report--crowdstrike", Optional.of("also known as"));
    AliasLink l2 = store.alias(forest, fancy, "microsoft", Optional.empty());
    AliasLink again = store.alias(fancy, apt28, "report--crowdstrike", Optional.empty());

    assertThat(again.linkId()).isEqualTo(l1.linkId());
    assertThat(store.aliases(apt28)).containsExactly(l1, l2);
    assertThat(store.aliases(apt28).get(0).evidence()).contains("also known as");
    assertThat(store.aliases(forest).get(1).source()).isEqualTo("microsoft");

    store.unlink(l2.linkId());

    assertThat(store.aliases(apt28)).containsExactly(l1);
    assertThat(store.aliases(forest)).isEmpty();
    assertThat(store.find(forest)).isPresent();
    assertThatThrownBy(() -> store.unlink(l2.linkId()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(Long.toString(l2.linkId()));
  }

  @Test
  void alias_ofUnknownObjectIsRefusedNamingIt() {
    Identifier apt28 = newId("intrusion-set");
    Identifier unknown = newId("intrusion-set");
    store.upsert(List.of(intrusionSet(apt28, "2024-01-01T00:00:00Z", "APT28")));

    assertThatThrownBy(() -> store.alias(apt28, unknown, "someone", Optional.empty()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown.toString());
    assertThatThrownBy(() -> store.alias(apt28, apt28, "someone", Optional.empty()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("itself");
  }

  // ---------------------------------------------------------------------------------------------
  // Search
  // ---------------------------------------------------------------------------------------------

  @Test
  void search_findsUkrainianAndRussianWordsWhateverTheirCase() {
    Identifier uk = newId("report");
    Identifier ru = newId("report");
    Identifier en = newId("report");
    store.upsert(
        List.of(
            withLang(
                report(
                    uk,
                    "2024-02-06T00:00:00Z",
                    "Китайські шпигуни у мережі",
                    "Шкідливе програмне забезпечення COATHANGER"),
                "uk"),
            withLang(
                report(
                    ru,
                    "2024-02-06T00:00:00Z",
                    "Китайские шпионы в сети",
                    "Вредоносная программа COATHANGER"),
                "ru"),
            withLang(
                report(en, "2024-02-06T00:00:00Z", "Chinese spies", "Malware COATHANGER"), "en")));

    assertThat(hits(SearchQuery.of("ШПИГУНИ"))).containsExactly(uk);
    assertThat(hits(SearchQuery.of("шпионы"))).containsExactly(ru);
    assertThat(hits(SearchQuery.of("вредоносная программа"))).containsExactly(ru);
    assertThat(hits(SearchQuery.of("coathanger"))).containsExactlyInAnyOrder(uk, ru, en);
    assertThat(hits(SearchQuery.of("coathanger").withLang("uk"))).containsExactly(uk);
  }

  @Test
  void search_filtersByTypeTimeAndRevocationAndPages() {
    Identifier live = newId("malware");
    Identifier dead = newId("malware");
    Identifier set = newId("intrusion-set");
    store.upsert(
        List.of(
            malware(live, "2024-01-10T00:00:00Z", "Volt loader", false),
            malware(dead, "2024-03-10T00:00:00Z", "Volt dropper", true),
            intrusionSet(set, "2024-02-10T00:00:00Z", "Volt Typhoon")));

    assertThat(hits(SearchQuery.of("volt"))).containsExactlyInAnyOrder(live, dead, set);
    assertThat(hits(SearchQuery.of("volt").withTypes(Set.of(StixType.MALWARE))))
        .containsExactlyInAnyOrder(live, dead);
    assertThat(hits(SearchQuery.of("volt").withRevoked(false)))
        .containsExactlyInAnyOrder(live, set);
    assertThat(
            hits(
                SearchQuery.of("volt")
                    .withModifiedBetween(
                        Instant.parse("2024-02-01T00:00:00Z"),
                        Instant.parse("2024-03-01T00:00:00Z"))))
        .containsExactly(set);

    SearchPage first = store.search(SearchQuery.of("volt").withPage(0, 2));
    SearchPage second = store.search(SearchQuery.of("volt").withPage(2, 2));
    assertThat(first.hits()).hasSize(2);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.hits()).hasSize(1);
    assertThat(second.hasMore()).isFalse();
    assertThat(
            List.of(first.hits().get(0).id(), first.hits().get(1).id(), second.hits().get(0).id()))
        .containsExactlyInAnyOrder(live, dead, set);
  }

  @Test
  void search_ranksNameMatchesAboveDescriptionMatches() {
    Identifier inName = newId("malware");
    Identifier inText = newId("report");
    store.upsert(
        List.of(
            report(inText, "2024-01-01T00:00:00Z", "Weekly digest", "mentions coathanger once"),
            malware(inName, "2024-01-01T00:00:00Z", "Coathanger", false)));

    assertThat(hits(SearchQuery.of("coathanger"))).containsExactly(inName, inText);
  }

  @Test
  void search_followsTheLatestVersion() {
    Identifier m = newId("malware");
    store.upsert(List.of(malware(m, "2024-01-01T00:00:00Z", "Oldname", false)));
    store.upsert(List.of(malware(m, "2024-02-01T00:00:00Z", "Newname", false)));

    assertThat(hits(SearchQuery.of("oldname"))).isEmpty();
    assertThat(hits(SearchQuery.of("newname"))).containsExactly(m);
  }

  @Test
  void search_anyTextEitherAnswersOrFailsWithStoreException() {
    store.upsert(List.of(malware(newId("malware"), "2024-01-01T00:00:00Z", "Coathanger", false)));
    qt().withExamples(100)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              try {
                assertThat(store.search(SearchQuery.of(text)).hits()).hasSizeLessThanOrEqualTo(1);
              } catch (StoreException expected) {
                assertThat(expected.getMessage()).contains("search text");
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Crash safety
  // ---------------------------------------------------------------------------------------------

  @Test
  void failedBatch_leavesTheStoreAsBefore() {
    Identifier m = newId("malware");
    store.upsert(List.of(malware(m, "2024-01-01T00:00:00Z", "Before", false)));

    assertThatThrownBy(
            () ->
                store.upsert(
                    List.of(
                        malware(m, "2024-02-01T00:00:00Z", "After", false),
                        relationship(newId("relationship"), "uses", m, newId("tool"), "x")),
                    UpsertOptions.CHECK_REFERENCES))
        .isInstanceOf(DanglingReferenceException.class);

    assertThat(store.versions(m)).hasSize(1);
    assertThat(hits(SearchQuery.of("after"))).isEmpty();
    assertThat(store.objectsWithValue("before")).containsExactly(m);
    // and the store still works
    assertThat(
            store.upsert(List.of(malware(m, "2024-02-01T00:00:00Z", "After", false))).newVersions())
        .containsExactly(m);
  }

  // ---------------------------------------------------------------------------------------------
  // Listing and related-object search (ingest and hunt use these)
  // ---------------------------------------------------------------------------------------------

  @Test
  void contains_saysWhetherAnyVersionIsStored() {
    Identifier m = newId("malware");
    assertThat(store.contains(m)).isFalse();
    store.upsert(List.of(malware(m, "2024-01-01T00:00:00Z", "X-Agent", false)));
    assertThat(store.contains(m)).isTrue();
  }

  @Test
  void forEachLatest_listsObjectsInTheOrderTheyWereFirstStored() {
    List<Identifier> first = new ArrayList<>();
    List<Identifier> later = new ArrayList<>();
    List<StixObject> a = new ArrayList<>();
    List<StixObject> b = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      Identifier id = newId("malware");
      first.add(id);
      a.add(malware(id, "2024-01-01T00:00:00Z", "A" + i, false));
    }
    for (int i = 0; i < 700; i++) {
      Identifier id = newId("malware");
      later.add(id);
      b.add(malware(id, "2024-01-01T00:00:00Z", "B" + i, false));
    }
    store.upsert(a);
    store.upsert(b);
    // a newer version of an early object keeps its place
    store.upsert(List.of(malware(first.get(0), "2024-03-01T00:00:00Z", "A0 again", false)));

    List<Identifier> seen = new ArrayList<>();
    store.forEachLatest(StixType.MALWARE, false, o -> seen.add(o.id()));

    assertThat(seen).hasSize(2200);
    assertThat(seen.subList(0, 1500)).containsExactlyInAnyOrderElementsOf(first);
    assertThat(seen.subList(1500, 2200)).containsExactlyInAnyOrderElementsOf(later);
  }

  @Test
  void forEachLatest_handsOverTheLatestVersionOfEachObjectOfOneTypeAcrossPages() {
    List<StixObject> batch = new ArrayList<>();
    Identifier revoked = newId("malware");
    for (int i = 0; i < 2500; i++) {
      batch.add(malware(newId("malware"), "2024-01-01T00:00:00Z", "M" + i, false));
    }
    Identifier twice = newId("malware");
    batch.add(malware(twice, "2024-01-01T00:00:00Z", "Old", false));
    batch.add(malware(twice, "2024-02-01T00:00:00Z", "New", false));
    batch.add(malware(revoked, "2024-01-01T00:00:00Z", "Gone", true));
    batch.add(intrusionSet(newId("intrusion-set"), "2024-01-01T00:00:00Z", "APT28"));
    store.upsert(batch);

    List<StixObject> live = new ArrayList<>();
    store.forEachLatest(StixType.MALWARE, false, live::add);
    List<StixObject> all = new ArrayList<>();
    store.forEachLatest(StixType.MALWARE, true, all::add);

    assertThat(live)
        .hasSize(2501)
        .allSatisfy(o -> assertThat(o.type()).isEqualTo(StixType.MALWARE));
    assertThat(live).extracting(StixObject::id).doesNotHaveDuplicates().doesNotContain(revoked);
    assertThat(all).hasSize(2502);
    assertThat(
            live.stream()
                .filter(o -> o.id().equals(twice))
                .findFirst()
                .orElseThrow()
                .common()
                .modified())
        .contains(Instant.parse("2024-02-01T00:00:00Z"));
  }

  @Test
  void search_relatedToFindsReportsMentioningAnObjectAndItsRelationships() {
    Identifier apt = newId("intrusion-set");
    Identifier other = newId("intrusion-set");
    Identifier tool = newId("malware");
    Identifier mentions = newId("report");
    Identifier unrelated = newId("report");
    Identifier uses = newId("relationship");
    store.upsert(
        List.of(
            intrusionSet(apt, "2024-01-01T00:00:00Z", "APT28"),
            intrusionSet(other, "2024-01-01T00:00:00Z", "Turla"),
            malware(tool, "2024-01-01T00:00:00Z", "router implant", false),
            report(mentions, "2024-02-06T00:00:00Z", "Router campaign", "router flaw", apt),
            report(unrelated, "2024-02-06T00:00:00Z", "Router news", "router flaw", other),
            relationship(uses, "uses", apt, tool, "router implant use")));

    assertThat(hits(SearchQuery.of("router").withRelatedTo(Set.of(apt))))
        .containsExactlyInAnyOrder(mentions, uses);
    assertThat(hits(SearchQuery.of("router").withRelatedTo(Set.of(tool)))).containsExactly(uses);
    assertThat(hits(SearchQuery.of("router").withRelatedTo(Set.of(apt, other))))
        .containsExactlyInAnyOrder(mentions, unrelated, uses);
  }

  @Test
  void search_sectorFindsIdentitiesInItAndWhatRefersToThem() {
    Identifier utility = newId("identity");
    Identifier bank = newId("identity");
    Identifier apt = newId("intrusion-set");
    Identifier targets = newId("relationship");
    Identifier aboutUtility = newId("report");
    Identifier aboutBank = newId("report");
    store.upsert(
        List.of(
            read(sectorIdentityJson(utility, "Grid operator", "energy")),
            read(sectorIdentityJson(bank, "Grid bank", "financial-services")),
            intrusionSet(apt, "2024-01-01T00:00:00Z", "Sandworm"),
            relationship(targets, "targets", apt, utility, "grid attack"),
            report(aboutUtility, "2024-02-06T00:00:00Z", "Grid outage", "grid", utility),
            report(aboutBank, "2024-02-06T00:00:00Z", "Grid loans", "grid", bank)));

    assertThat(hits(SearchQuery.of("grid").withSectors(Set.of("Energy"))))
        .containsExactlyInAnyOrder(utility, targets, aboutUtility);
    assertThat(hits(SearchQuery.of("grid").withSectors(Set.of("energy", "financial-services"))))
        .containsExactlyInAnyOrder(utility, bank, targets, aboutUtility, aboutBank);
    assertThat(store.objectsWithValue("energy")).as("sectors are not names").isEmpty();
  }

  @Test
  void search_openEndedTimeRangeFiltersOnEitherSide() {
    Identifier early = newId("malware");
    Identifier late = newId("malware");
    store.upsert(
        List.of(
            malware(early, "2023-01-01T00:00:00Z", "Implant early", false),
            malware(late, "2024-06-01T00:00:00Z", "Implant late", false)));
    Instant cut = Instant.parse("2024-01-01T00:00:00Z");

    assertThat(hits(SearchQuery.of("implant").withModifiedFrom(cut))).containsExactly(late);
    assertThat(hits(SearchQuery.of("implant").withModifiedBefore(cut))).containsExactly(early);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  protected List<Identifier> hits(SearchQuery q) {
    return store.search(q).hits().stream().map(SearchHit::id).toList();
  }

  private static StixObject withLang(StixObject o, String lang) {
    var tree = StixJson.standard().toTree(o);
    tree.put("lang", lang);
    return StixJson.standard().readObject(tree.toString());
  }

  private static String sectorIdentityJson(Identifier id, String name, String sector) {
    return """
        {"type":"identity","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
         "modified":"2024-01-01T00:00:00Z","name":"%s","identity_class":"organization",
         "sectors":["%s"]}"""
        .formatted(id, name, sector);
  }

  private static String identityJson(Identifier id, String name) {
    return """
        {"type":"identity","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
         "modified":"2024-01-01T00:00:00Z","name":"%s","identity_class":"organization"}"""
        .formatted(id, name);
  }

  // ---------------------------------------------------------------------------------------------
  // Listing in order of addition, deleting
  // ---------------------------------------------------------------------------------------------

  @Test
  void added_everyVersionGetsADistinctIncreasingStampAndPagingByItMissesNothing() {
    List<StixObject> batch = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      batch.add(malware(newId("malware"), "2024-01-01T00:00:00Z", "m" + i, false));
    }
    store.upsert(batch);
    store.upsert(List.of(malware(newId("malware"), "2024-01-01T00:00:00Z", "late", false)));

    List<AddedVersion> seen = new ArrayList<>();
    Optional<Instant> after = Optional.empty();
    AddedPage page;
    do {
      AddedQuery q = AddedQuery.latest(7);
      page = store.added(after.map(q::after).orElse(q));
      seen.addAll(page.versions());
      after = Optional.of(page.versions().get(page.versions().size() - 1).added());
    } while (page.hasMore());

    assertThat(seen).hasSize(26);
    assertThat(seen.stream().map(AddedVersion::id).distinct()).hasSize(26);
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i).added()).isAfter(seen.get(i - 1).added());
    }
    assertThat(seen.get(25).object().toString()).contains("late");
  }

  @Test
  void added_selectsFirstLastAllOrTimedVersions() {
    Identifier m = newId("malware");
    store.upsert(
        List.of(
            malware(m, "2024-01-01T00:00:00Z", "v1", false),
            malware(m, "2024-01-02T00:00:00Z", "v2", false),
            malware(m, "2024-01-03T00:00:00Z", "v3", false)));
    AddedQuery base = AddedQuery.latest(100);
    java.util.function.Function<AddedQuery.VersionSelection, List<Integer>> seqs =
        v ->
            store
                .added(
                    new AddedQuery(
                        Optional.empty(),
                        Set.of(m),
                        Set.of(),
                        v,
                        Set.of(),
                        Set.of(),
                        false,
                        base.limit()))
                .versions()
                .stream()
                .map(AddedVersion::sequence)
                .toList();
    assertThat(seqs.apply(AddedQuery.VersionSelection.LAST)).containsExactly(3);
    assertThat(seqs.apply(AddedQuery.VersionSelection.ALL)).containsExactly(1, 2, 3);
    assertThat(seqs.apply(new AddedQuery.VersionSelection(true, false, false, Set.of())))
        .containsExactly(1);
    assertThat(
            seqs.apply(
                new AddedQuery.VersionSelection(
                    false, false, false, Set.of(Instant.parse("2024-01-02T00:00:00Z")))))
        .containsExactly(2);
  }

  @Test
  void added_filtersByTypeIdAndMarkings() {
    String amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    Identifier marked = newId("malware");
    Identifier plain = newId("malware");
    Identifier set = newId("intrusion-set");
    store.upsert(
        List.of(
            read(
                """
                {"type":"malware","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00Z",
                 "modified":"2024-01-01T00:00:00Z","name":"x","is_family":true,
                 "object_marking_refs":["%s"]}"""
                    .formatted(marked, amber)),
            malware(plain, "2024-01-01T00:00:00Z", "y", false),
            intrusionSet(set, "2024-01-01T00:00:00Z", "z")));
    Identifier amberId = Identifier.parse(amber);
    java.util.function.Function<AddedQuery, List<Identifier>> ids =
        q -> store.added(q).versions().stream().map(AddedVersion::id).toList();
    AddedQuery all = AddedQuery.latest(100);
    assertThat(ids.apply(all.withTypes(Set.of(StixType.of("malware")))))
        .containsExactlyInAnyOrder(marked, plain);
    assertThat(
            ids.apply(
                new AddedQuery(
                    Optional.empty(),
                    Set.of(),
                    Set.of(),
                    AddedQuery.VersionSelection.LAST,
                    Set.of(),
                    Set.of(amberId),
                    false,
                    100)))
        .containsExactlyInAnyOrder(plain, set);
    assertThat(
            ids.apply(
                new AddedQuery(
                    Optional.empty(),
                    Set.of(marked, set),
                    Set.of(),
                    AddedQuery.VersionSelection.LAST,
                    Set.of(amberId),
                    Set.of(),
                    false,
                    100)))
        .containsExactly(marked);
    assertThat(ids.apply(all.reversed()).get(0)).isEqualTo(set);
  }

  @Test
  void delete_removesEveryVersionAndIndexRowAndLeavesOthers() {
    Identifier gone = newId("intrusion-set");
    Identifier kept = newId("intrusion-set");
    store.upsert(
        List.of(
            intrusionSet(gone, "2024-01-01T00:00:00Z", "Sandworm", "Voodoo Bear"),
            intrusionSet(gone, "2024-01-02T00:00:00Z", "Sandworm", "Voodoo Bear"),
            intrusionSet(kept, "2024-01-01T00:00:00Z", "Turla")));
    store.alias(gone, kept, "test", Optional.empty());

    assertThat(store.delete(gone)).isTrue();

    assertThat(store.find(gone)).isEmpty();
    assertThat(store.versions(gone)).isEmpty();
    assertThat(store.objectsWithValue("Voodoo Bear")).isEmpty();
    assertThat(store.search(SearchQuery.of("Sandworm")).hits()).isEmpty();
    assertThat(store.aliases(kept)).isEmpty();
    assertThat(store.find(kept)).isPresent();
    assertThat(store.delete(gone)).isFalse();
  }
}
