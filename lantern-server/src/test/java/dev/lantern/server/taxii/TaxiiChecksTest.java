package dev.lantern.server.taxii;

import static dev.lantern.server.taxii.TaxiiServerFixture.ALICE;
import static dev.lantern.server.taxii.TaxiiServerFixture.AMBER;
import static dev.lantern.server.taxii.TaxiiServerFixture.BOB;
import static dev.lantern.server.taxii.TaxiiServerFixture.CAROL;
import static dev.lantern.server.taxii.TaxiiServerFixture.DAVE;
import static dev.lantern.server.taxii.TaxiiServerFixture.ERIN;
import static dev.lantern.server.taxii.TaxiiServerFixture.GREEN;
import static dev.lantern.server.taxii.TaxiiServerFixture.MAX_CONTENT;
import static dev.lantern.server.taxii.TaxiiServerFixture.RED;
import static dev.lantern.server.taxii.TaxiiServerFixture.ROOT;
import static dev.lantern.server.taxii.TaxiiServerFixture.TAXII;
import static dev.lantern.server.taxii.TaxiiServerFixture.collection;
import static dev.lantern.server.taxii.TaxiiServerFixture.envelope;
import static dev.lantern.server.taxii.TaxiiServerFixture.indicator;
import static dev.lantern.server.taxii.TaxiiServerFixture.json;
import static dev.lantern.server.taxii.TaxiiServerFixture.malware;
import static dev.lantern.server.taxii.TaxiiServerFixture.newIndicator;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lantern.stix.Identifier;
import dev.lantern.stix.StixType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 32 checks of {@code ../shared/conformance/taxii2.1/CHECKS.md}, each against a running server
 * over HTTP, named after the check's number and subject.
 */
final class TaxiiChecksTest {
  @TempDir Path dir;
  TaxiiServerFixture t;

  static final String ALL = collection("all");
  static final String GREEN_C = collection("tlp-green");
  static final String CLEAR_C = collection("tlp-clear");
  static final String AMBER_C = collection("tlp-amber");

  @BeforeEach
  void start() {
    t = new TaxiiServerFixture(dir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode envelope) {
    List<String> out = new ArrayList<>();
    envelope.path("objects").forEach(o -> out.add(o.path("id").asText()));
    return out;
  }

  private List<Identifier> seedIndicators(int n, Optional<Identifier> marking) {
    List<Identifier> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Identifier id = newIndicator();
      t.seed(indicator(id, "2024-02-02T00:00:00.000Z", marking));
      out.add(id);
    }
    return out;
  }

  // --- Discovery and roots -------------------------------------------------------------------

  @Test
  void check01_discoveryReturnsTitleRootsAndDefault() {
    HttpResponse<String> r = t.get("/taxii2/", ALICE);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("api_roots").size()).isEqualTo(1);
    assertThat(body.path("default").asText()).endsWith(ROOT);
  }

  @Test
  void check02_everyListedRootAndTheDefaultResolve() {
    JsonNode body = json(t.get("/taxii2/", ALICE));
    List<String> roots = new ArrayList<>();
    body.path("api_roots").forEach(n -> roots.add(n.asText()));
    roots.add(body.path("default").asText());
    for (String root : roots) {
      HttpResponse<String> r =
          t.send(
              HttpRequest.newBuilder(URI.create(root))
                  .header("Authorization", ALICE)
                  .header("Accept", TAXII)
                  .build());
      assertThat(r.statusCode()).as(root).isEqualTo(200);
      assertThat(json(r).path("title").asText()).isNotBlank();
    }
  }

  @Test
  void check03_apiRootHasTitleVersionsAndMaxContentLength() {
    JsonNode root = json(t.get(ROOT, ALICE));
    assertThat(root.path("title").asText()).isNotBlank();
    assertThat(root.path("versions").toString()).contains(TAXII);
    assertThat(root.path("max_content_length").asLong()).isEqualTo(MAX_CONTENT);
  }

  @Test
  void check04_unknownApiRootIs404() {
    HttpResponse<String> r = t.get("/taxii2/no-such-root/", ALICE);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).path("title").asText()).isNotBlank();
  }

  // --- Content negotiation -------------------------------------------------------------------

  @Test
  void check05_everyResponseIncludingErrorsCarriesTheTaxiiContentType() {
    List<HttpResponse<String>> responses =
        List.of(
            t.get("/taxii2/", ALICE),
            t.get(ROOT + "collections/", ALICE),
            t.get("/taxii2/no-such-root/", ALICE),
            t.get(ROOT, null),
            t.get(ROOT, ALICE, "text/html"),
            t.get(ALL + "objects/?limit=0", ALICE),
            t.post(ALL + "objects/", ALICE, "application/json", "{}"));
    for (HttpResponse<String> r : responses) {
      assertThat(r.headers().firstValue("Content-Type"))
          .as(r.uri() + " " + r.statusCode())
          .hasValueSatisfying(v -> assertThat(v.replace(" ", "")).isEqualTo(TAXII));
    }
  }

  @Test
  void check06_unacceptableAcceptIs406AndVersionlessTaxiiIsAccepted() {
    assertThat(t.get(ROOT, ALICE, "text/html").statusCode()).isEqualTo(406);
    assertThat(t.get(ROOT, ALICE, "application/taxii+json;version=2.0").statusCode())
        .isEqualTo(406);
    assertThat(t.get(ROOT, ALICE, "application/taxii+json").statusCode()).isEqualTo(200);
    assertThat(t.get(ROOT, ALICE, TAXII).statusCode()).isEqualTo(200);
  }

  @Test
  void check07_postWithAnotherContentTypeIs415AndStoresNothing() {
    Identifier id = newIndicator();
    String body = envelope(indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty()));
    HttpResponse<String> r = t.post(ALL + "objects/", ALICE, "application/json", body);
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(t.store.find(id)).isEmpty();
  }

  @Test
  void check08_bodyLargerThanMaxContentLengthIs413AndStoresNothing() {
    Identifier id = newIndicator();
    String padding = "x".repeat((int) MAX_CONTENT);
    String obj =
        indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty())
            .replace("\"pattern_type\"", "\"description\":\"" + padding + "\",\"pattern_type\"");
    HttpResponse<String> r = t.post(ALL + "objects/", ALICE, TAXII, envelope(obj));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("title").asText()).isNotBlank();
    assertThat(t.store.find(id)).isEmpty();
  }

  // --- Authentication and permissions ----------------------------------------------------------

  @Test
  void check09_noCredentialsIs401WithABasicChallenge() {
    HttpResponse<String> r = t.get(ROOT + "collections/", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(t.get("/taxii2/", null).statusCode()).isEqualTo(401);
  }

  @Test
  void check10_wrongPasswordOrTokenIs401() {
    assertThat(t.get(ROOT, TaxiiServerFixture.basic("alice", "wrong")).statusCode()).isEqualTo(401);
    assertThat(t.get(ROOT, TaxiiServerFixture.basic("mallory", "alice-pw")).statusCode())
        .isEqualTo(401);
    assertThat(t.get(ROOT, "Bearer not-a-token").statusCode()).isEqualTo(401);
    assertThat(t.get(ROOT, "Basic %%%").statusCode()).isEqualTo(401);
    assertThat(t.get(ROOT, BOB).statusCode()).isEqualTo(200);
  }

  @Test
  void check11_collectionTheUserMayNotReadIs403Or404() {
    seedIndicators(1, Optional.empty());
    assertThat(t.get(CLEAR_C + "objects/", CAROL).statusCode()).isIn(403, 404);
    assertThat(t.get(CLEAR_C, CAROL).statusCode()).isIn(403, 404);
    // AMBER is never served to a user who is not allowed it, even when the collection is listed.
    assertThat(t.get(AMBER_C + "objects/", BOB).statusCode()).isIn(403, 404);
    // erin may write "all" but not read it.
    assertThat(t.get(ALL + "objects/", ERIN).statusCode()).isEqualTo(403);
  }

  @Test
  void check12_postToACollectionTheUserMayNotWriteIs403() {
    Identifier id = newIndicator();
    HttpResponse<String> r =
        t.post(
            GREEN_C + "objects/",
            BOB,
            TAXII,
            envelope(indicator(id, "2024-02-02T00:00:00.000Z", GREEN)));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).path("title").asText()).isNotBlank();
    assertThat(t.store.find(id)).isEmpty();
  }

  // --- Collections ---------------------------------------------------------------------------

  @Test
  void check13_collectionsListsThoseVisibleOrIsEmptyObject() {
    JsonNode all = json(t.get(ROOT + "collections/", ALICE));
    assertThat(all.path("collections").size()).isEqualTo(4);
    JsonNode carol = json(t.get(ROOT + "collections/", CAROL));
    assertThat(carol.path("collections").size()).isEqualTo(1);
    HttpResponse<String> none = t.get(ROOT + "collections/", DAVE);
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(json(none).size()).isZero();
  }

  @Test
  void check14_eachCollectionHasIdTitleCanReadCanWrite() {
    JsonNode list = json(t.get(ROOT + "collections/", BOB)).path("collections");
    assertThat(list.size()).isEqualTo(3);
    for (JsonNode c : list) {
      assertThat(c.path("id").asText()).isNotBlank();
      assertThat(c.path("title").asText()).isNotBlank();
      assertThat(c.path("can_read").isBoolean()).isTrue();
      assertThat(c.path("can_write").isBoolean()).isTrue();
      assertThat(c.path("can_write").asBoolean()).isFalse();
      assertThat(c.path("media_types").toString()).contains("application/stix+json;version=2.1");
    }
    // Regression: bodies were encoded as ISO-8859-1 (no charset in the TAXII media type), so
    // "TLP:CLEAR — public" arrived as "TLP:CLEAR ? public". JSON is UTF-8.
    assertThat(json(t.get(CLEAR_C, ALICE)).path("title").asText()).isEqualTo("TLP:CLEAR — public");
    JsonNode one = json(t.get(GREEN_C, ALICE));
    assertThat(one.path("can_read").asBoolean()).isTrue();
    assertThat(one.path("can_write").asBoolean()).isTrue();
  }

  @Test
  void check15_unknownCollectionOrObjectIs404() {
    assertThat(t.get(ROOT + "collections/nope/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.get(ROOT + "collections/nope/objects/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.get(ALL + "objects/" + newIndicator() + "/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.get(ALL + "objects/not-an-id/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.get(ALL + "objects/" + newIndicator() + "/versions/", ALICE).statusCode())
        .isEqualTo(404);
  }

  // --- Objects, manifest, versions -----------------------------------------------------------

  @Test
  void check16_emptyResultIsAnEmptyEnvelope() {
    HttpResponse<String> r = t.get(ALL + "objects/", ALICE);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).size()).isZero();
    seedIndicators(2, Optional.empty());
    assertThat(json(t.get(ALL + "objects/?match[type]=campaign", ALICE)).size()).isZero();
    assertThat(json(t.get(ALL + "manifest/?match[type]=campaign", ALICE)).size()).isZero();
  }

  @Test
  void check17_resultsComeInAscendingDateAdded() {
    seedIndicators(5, Optional.empty());
    seedIndicators(5, GREEN);
    JsonNode manifest = json(t.get(ALL + "manifest/", ALICE)).path("objects");
    assertThat(manifest.size()).isEqualTo(10);
    for (int i = 1; i < manifest.size(); i++) {
      assertThat(manifest.get(i).path("date_added").asText())
          .isGreaterThan(manifest.get(i - 1).path("date_added").asText());
    }
  }

  @Test
  void check18_dateAddedHeadersOnObjectsManifestObjectAndVersions() {
    List<Identifier> seeded = seedIndicators(3, Optional.empty());
    JsonNode manifest = json(t.get(ALL + "manifest/", ALICE)).path("objects");
    String first = manifest.get(0).path("date_added").asText();
    String last = manifest.get(manifest.size() - 1).path("date_added").asText();
    for (String path : List.of(ALL + "objects/", ALL + "manifest/")) {
      HttpResponse<String> r = t.get(path, ALICE);
      assertThat(r.headers().firstValue("X-TAXII-Date-Added-First")).as(path).contains(first);
      assertThat(r.headers().firstValue("X-TAXII-Date-Added-Last")).as(path).contains(last);
    }
    String one = manifest.get(1).path("date_added").asText();
    Identifier id = Identifier.parse(manifest.get(1).path("id").asText());
    assertThat(seeded).contains(id);
    for (String path : List.of(ALL + "objects/" + id + "/", ALL + "objects/" + id + "/versions/")) {
      HttpResponse<String> r = t.get(path, ALICE);
      assertThat(r.headers().firstValue("X-TAXII-Date-Added-First")).as(path).contains(one);
      assertThat(r.headers().firstValue("X-TAXII-Date-Added-Last")).as(path).contains(one);
    }
  }

  @Test
  void check19_limitReturnsAtMostNItems() {
    seedIndicators(5, Optional.empty());
    JsonNode page = json(t.get(ALL + "objects/?limit=2", ALICE));
    assertThat(page.path("objects").size()).isEqualTo(2);
    assertThat(page.path("more").asBoolean()).isTrue();
    assertThat(json(t.get(ALL + "manifest/?limit=3", ALICE)).path("objects").size()).isEqualTo(3);
    assertThat(json(t.get(ALL + "objects/?limit=100000", ALICE)).path("objects").size())
        .isEqualTo(5);
  }

  @Test
  void check20_limitZeroNegativeOrNonNumericIs400() {
    seedIndicators(1, Optional.empty());
    for (String bad : List.of("0", "-1", "abc", "1.5", "")) {
      HttpResponse<String> r = t.get(ALL + "objects/?limit=" + q(bad), ALICE);
      assertThat(r.statusCode()).as("limit=" + bad).isEqualTo(400);
      assertThat(json(r).path("title").asText()).isNotBlank();
      assertThat(json(r).path("description").asText()).contains("limit");
    }
    assertThat(t.get(ALL + "objects/?next=%25%25", ALICE).statusCode()).isEqualTo(400);
    assertThat(t.get(ALL + "objects/?added_after=yesterday", ALICE).statusCode()).isEqualTo(400);
  }

  @Test
  void check21_followingMoreAndNextReturnsEveryObjectExactlyOnce() {
    Set<String> seeded = new HashSet<>();
    seedIndicators(23, Optional.empty()).forEach(i -> seeded.add(i.toString()));
    List<String> seen = new ArrayList<>();
    String path = ALL + "objects/?limit=5";
    while (true) {
      JsonNode page = json(t.get(path, ALICE));
      seen.addAll(ids(page));
      if (!page.path("more").asBoolean()) {
        break;
      }
      path = ALL + "objects/?limit=5&next=" + q(page.path("next").asText());
    }
    assertThat(seen).hasSize(23).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(seeded);
  }

  @Test
  void check22_pagingByAddedAfterWithTheLastHeaderLosesNothing() {
    seedIndicators(17, GREEN);
    List<String> seen = new ArrayList<>();
    String path = GREEN_C + "objects/?limit=4";
    while (true) {
      HttpResponse<String> r = t.get(path, ALICE);
      JsonNode page = json(r);
      seen.addAll(ids(page));
      if (!page.path("more").asBoolean()) {
        break;
      }
      String last = r.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
      path = GREEN_C + "objects/?limit=4&added_after=" + q(last);
    }
    assertThat(seen).hasSize(17).doesNotHaveDuplicates();
  }

  @Test
  void check23_addedAfterIsStrict() {
    seedIndicators(3, Optional.empty());
    JsonNode manifest = json(t.get(ALL + "manifest/", ALICE)).path("objects");
    String boundary = manifest.get(1).path("date_added").asText();
    JsonNode after = json(t.get(ALL + "objects/?added_after=" + q(boundary), ALICE));
    assertThat(ids(after)).containsExactly(manifest.get(2).path("id").asText());
  }

  @Test
  void check24_matchValuesAreOredWithinAndFiltersAndedBetween() {
    List<Identifier> inds = seedIndicators(3, Optional.empty());
    Identifier m = Identifier.random(StixType.MALWARE);
    t.seed(malware(m, "2024-02-02T00:00:00.000Z", Optional.empty()));

    JsonNode byIds = json(t.get(ALL + "objects/?match[id]=" + inds.get(0) + "," + m, ALICE));
    assertThat(ids(byIds)).containsExactlyInAnyOrder(inds.get(0).toString(), m.toString());

    JsonNode byTypes = json(t.get(ALL + "objects/?match[type]=indicator,malware", ALICE));
    assertThat(ids(byTypes)).hasSize(4);

    JsonNode both =
        json(t.get(ALL + "objects/?match[type]=malware&match[id]=" + inds.get(0) + "," + m, ALICE));
    assertThat(ids(both)).containsExactly(m.toString());
    assertThat(t.get(ALL + "objects/?match[type]=" + q("<x>"), ALICE).statusCode()).isEqualTo(400);
    assertThat(t.get(ALL + "objects/?match[id]=nonsense", ALICE).statusCode()).isEqualTo(400);
  }

  @Test
  void check25_matchVersionLastFirstAllOrTimestamp() {
    Identifier id = newIndicator();
    t.seed(
        indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty()),
        indicator(id, "2024-02-03T00:00:00.000Z", Optional.empty()),
        indicator(id, "2024-02-04T00:00:00.000Z", Optional.empty()));
    java.util.function.Function<String, List<String>> modified =
        query -> {
          List<String> out = new ArrayList<>();
          json(t.get(ALL + "objects/" + query, ALICE))
              .path("objects")
              .forEach(o -> out.add(o.path("modified").asText()));
          return out;
        };
    assertThat(modified.apply("")).containsExactly("2024-02-04T00:00:00.000Z");
    assertThat(modified.apply("?match[version]=last")).containsExactly("2024-02-04T00:00:00.000Z");
    assertThat(modified.apply("?match[version]=first")).containsExactly("2024-02-02T00:00:00.000Z");
    assertThat(modified.apply("?match[version]=all")).hasSize(3);
    assertThat(modified.apply("?match[version]=2024-02-03T00:00:00.000Z"))
        .containsExactly("2024-02-03T00:00:00.000Z");
    assertThat(modified.apply("?match[version]=first,last")).hasSize(2);
    assertThat(t.get(ALL + "objects/?match[version]=newest", ALICE).statusCode()).isEqualTo(400);
  }

  @Test
  void check26_matchSpecVersionFilters() {
    seedIndicators(2, Optional.empty());
    assertThat(ids(json(t.get(ALL + "objects/?match[spec_version]=2.1", ALICE)))).hasSize(2);
    assertThat(json(t.get(ALL + "objects/?match[spec_version]=2.0", ALICE)).size()).isZero();
    assertThat(ids(json(t.get(ALL + "objects/?match[spec_version]=2.0,2.1", ALICE)))).hasSize(2);
  }

  // --- Writing -------------------------------------------------------------------------------

  private JsonNode postMixed(List<Identifier> good) {
    String bad = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--bad\"}";
    List<String> objects = new ArrayList<>();
    good.forEach(id -> objects.add(indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty())));
    objects.add(bad);
    HttpResponse<String> r =
        t.post(ALL + "objects/", ALICE, TAXII, envelope(objects.toArray(String[]::new)));
    assertThat(r.statusCode()).isEqualTo(202);
    return json(r);
  }

  @Test
  void check27_postReturns202WithCountsThatAddUpAndFailuresWithMessages() {
    List<Identifier> good = List.of(newIndicator(), newIndicator());
    JsonNode status = postMixed(good);
    assertThat(status.path("total_count").asInt()).isEqualTo(3);
    assertThat(status.path("success_count").asInt()).isEqualTo(2);
    assertThat(status.path("failure_count").asInt()).isEqualTo(1);
    assertThat(status.path("pending_count").asInt()).isZero();
    assertThat(
            status.path("success_count").asInt()
                + status.path("failure_count").asInt()
                + status.path("pending_count").asInt())
        .isEqualTo(status.path("total_count").asInt());
    JsonNode failure = status.path("failures").get(0);
    assertThat(failure.path("id").asText()).isEqualTo("indicator--bad");
    assertThat(failure.path("message").asText()).isNotBlank();
    good.forEach(id -> assertThat(t.store.find(id)).isPresent());
  }

  @Test
  void check28_statusResourceIsReadableAndUnknownStatusIs404() {
    JsonNode posted = postMixed(List.of(newIndicator()));
    HttpResponse<String> r = t.get(ROOT + "status/" + posted.path("id").asText() + "/", ALICE);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("total_count").asInt()).isEqualTo(2);
    assertThat(json(r).path("status").asText()).isEqualTo("complete");
    assertThat(t.get(ROOT + "status/" + java.util.UUID.randomUUID() + "/", ALICE).statusCode())
        .isEqualTo(404);
    // Another user does not see alice's status.
    assertThat(t.get(ROOT + "status/" + posted.path("id").asText() + "/", BOB).statusCode())
        .isEqualTo(404);
  }

  @Test
  void check29_postedObjectReadsBackWithAServerAssignedDateAdded() {
    Identifier id = newIndicator();
    java.time.Instant before = java.time.Instant.now().minusSeconds(1);
    t.post(
        GREEN_C + "objects/",
        ALICE,
        TAXII,
        envelope(indicator(id, "2024-02-02T00:00:00.000Z", GREEN)));
    JsonNode manifest = json(t.get(GREEN_C + "manifest/?match[id]=" + id, ALICE));
    assertThat(manifest.path("objects").size()).isEqualTo(1);
    java.time.Instant added =
        java.time.Instant.parse(manifest.path("objects").get(0).path("date_added").asText());
    assertThat(added).isAfter(before);
    JsonNode objects = json(t.get(GREEN_C + "objects/?match[id]=" + id, ALICE));
    assertThat(ids(objects)).containsExactly(id.toString());
  }

  @Test
  void check30_singleObjectIsAnEnvelopeWithItsVersionsPerMatchVersion() {
    Identifier id = newIndicator();
    t.seed(
        indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty()),
        indicator(id, "2024-02-03T00:00:00.000Z", Optional.empty()));
    seedIndicators(2, Optional.empty());
    JsonNode latest = json(t.get(ALL + "objects/" + id + "/", ALICE));
    assertThat(ids(latest)).containsExactly(id.toString());
    assertThat(latest.path("objects").get(0).path("modified").asText())
        .isEqualTo("2024-02-03T00:00:00.000Z");
    JsonNode all = json(t.get(ALL + "objects/" + id + "/?match[version]=all", ALICE));
    assertThat(ids(all)).containsExactly(id.toString(), id.toString());
  }

  @Test
  void check31_versionsListAndManifestEntriesHaveTheirFields() {
    Identifier id = newIndicator();
    t.seed(
        indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty()),
        indicator(id, "2024-02-03T00:00:00.000Z", Optional.empty()));
    JsonNode versions = json(t.get(ALL + "objects/" + id + "/versions/", ALICE));
    assertThat(versions.path("more").isBoolean()).isTrue();
    assertThat(versions.path("versions").size()).isEqualTo(2);
    assertThat(versions.path("versions").get(0).asText()).startsWith("2024-02-02T00:00:00");
    JsonNode entry = json(t.get(ALL + "manifest/", ALICE)).path("objects").get(0);
    assertThat(entry.path("id").asText()).isEqualTo(id.toString());
    assertThat(entry.path("date_added").asText()).isNotBlank();
    assertThat(entry.path("version").asText()).startsWith("2024-02-03T00:00:00");
    assertThat(entry.path("media_type").asText()).isEqualTo("application/stix+json;version=2.1");
  }

  @Test
  void check32_deleteNeedsReadAndWriteReturns200AndTheObjectIsGone() {
    Identifier id = newIndicator();
    t.seed(indicator(id, "2024-02-02T00:00:00.000Z", Optional.empty()));
    HttpResponse<String> readOnly = t.delete(ALL + "objects/" + id + "/", BOB);
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(json(readOnly).path("title").asText()).isNotBlank();
    HttpResponse<String> writeOnly = t.delete(ALL + "objects/" + id + "/", ERIN);
    assertThat(writeOnly.statusCode()).isEqualTo(403);
    assertThat(t.store.find(id)).isPresent();

    assertThat(t.delete(ALL + "objects/" + id + "/", ALICE).statusCode()).isEqualTo(200);
    assertThat(t.get(ALL + "objects/" + id + "/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.store.find(id)).isEmpty();
    HttpResponse<String> again = t.delete(ALL + "objects/" + id + "/", ALICE);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(json(again).path("title").asText()).isNotBlank();
  }

  // --- TLP -----------------------------------------------------------------------------------

  @Test
  void tlp_redAndAmberStrictNeverLeaveAndAmberOnlyReachesUsersAllowedIt() {
    Identifier red = seedIndicators(1, RED).get(0);
    Identifier amber = seedIndicators(1, AMBER).get(0);
    Identifier green = seedIndicators(1, GREEN).get(0);
    Identifier clear = seedIndicators(1, Optional.empty()).get(0);
    Identifier strict =
        seedIndicators(1, Optional.of(dev.lantern.stix.Tlp.V2_AMBER_STRICT.id())).get(0);

    assertThat(ids(json(t.get(ALL + "objects/", ALICE))))
        .containsExactlyInAnyOrder(amber.toString(), green.toString(), clear.toString());
    assertThat(ids(json(t.get(ALL + "objects/", BOB))))
        .containsExactlyInAnyOrder(green.toString(), clear.toString());
    assertThat(ids(json(t.get(AMBER_C + "objects/", ALICE)))).containsExactly(amber.toString());
    assertThat(ids(json(t.get(GREEN_C + "objects/", ALICE)))).containsExactly(green.toString());
    assertThat(ids(json(t.get(CLEAR_C + "objects/", ALICE)))).containsExactly(clear.toString());
    assertThat(t.get(ALL + "objects/" + red + "/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.get(ALL + "objects/" + strict + "/", ALICE).statusCode()).isEqualTo(404);
    assertThat(t.get(ALL + "objects/" + amber + "/", BOB).statusCode()).isEqualTo(404);
  }

  @Test
  void post_objectMarkedOtherThanTheCollectionIsAFailureNotStored() {
    Identifier amber = newIndicator();
    JsonNode status =
        json(
            t.post(
                GREEN_C + "objects/",
                ALICE,
                TAXII,
                envelope(indicator(amber, "2024-02-02T00:00:00.000Z", AMBER))));
    assertThat(status.path("failure_count").asInt()).isEqualTo(1);
    assertThat(status.path("failures").get(0).path("message").asText()).contains("TLP:AMBER");
    assertThat(t.store.find(amber)).isEmpty();
  }

  @Test
  void post_malformedJsonOrNonEnvelopeIs400AndChangesNothing() {
    seedIndicators(1, Optional.empty());
    for (String body : List.of("{\"objects\": [", "[]", "{\"objects\": 3}", "null")) {
      HttpResponse<String> r = t.post(ALL + "objects/", ALICE, TAXII, body);
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(json(r).path("title").asText()).isNotBlank();
    }
    assertThat(ids(json(t.get(ALL + "objects/", ALICE)))).hasSize(1);
  }
}
