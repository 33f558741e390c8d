package dev.lantern.server.web;

import static dev.lantern.server.ServerFixture.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lantern.server.ServerFixture;
import dev.lantern.stix.StixType;
import dev.lantern.store.AddedQuery;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI over HTTP: escaping of hostile report text, CSRF, the pages an analyst walks. */
final class WebUiTest {
  static final String HOSTILE =
      "APT28 <script>alert('xss')</script> used <img src=x onerror=alert(1)> against Ukraine.\n"
          + "The C2 server was 185.220.101[.]47 and the domain update-fortinet-cdn[.]net.\n"
          + "\"quoted\" & 'single' <b>bold</b>";

  @TempDir Path dir;
  ServerFixture s;

  @BeforeEach
  void start() {
    s = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private String ingest(String title, String text) {
    String token = csrf(s.get("/ingest").body());
    HttpResponse<String> r =
        s.postForm("/ingest", Map.of("csrf", token, "mode", "text", "title", title, "text", text));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return r.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void reportPage_showsHostileTextAsTextNeverAsMarkup() {
    String page = s.get(ingest("<script>title()</script>", HOSTILE)).body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(page).doesNotContain("<b>bold</b>");
    assertThat(page).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(page).contains("&quot;quoted&quot; &amp; &#39;single&#39;");
    // The report is named by its first line; the dashboard shows that name escaped too.
    assertThat(s.get("/").body())
        .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void reportPage_highlightsIndicatorsAndEntitiesLinkedToTheirObjects() {
    String page = s.get(ingest("advisory", HOSTILE)).body();
    assertThat(page).contains("class=\"hl hl-indicator\"");
    assertThat(page).contains("185.220.101[.]47</a>");
    assertThat(page).contains("class=\"hl hl-actor\"");
    assertThat(page).contains("class=\"hl hl-country\"");
    assertThat(page).contains("Language: <strong class=\"lang\">en</strong>");
  }

  @Test
  void ingestPost_withoutOrWithAWrongCsrfTokenIsRefusedAndStoresNothing() {
    s.get("/ingest");
    HttpResponse<String> none =
        s.postForm("/ingest", Map.of("mode", "text", "title", "t", "text", HOSTILE));
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("CSRF");
    HttpResponse<String> wrong =
        s.postForm(
            "/ingest", Map.of("csrf", "forged", "mode", "text", "title", "t", "text", HOSTILE));
    assertThat(wrong.statusCode()).isEqualTo(403);
    HttpResponse<String> sweep =
        s.postMultipart(
            "/sweep", Map.of(), "log", "a.log", "x".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(sweep.statusCode()).isEqualTo(403);
    assertThat(s.store.added(AddedQuery.latest(10).withTypes(Set.of(StixType.REPORT))).versions())
        .isEmpty();
  }

  @Test
  void actorPage_listsTheReportsAndObjectsMentionedWithIt() {
    String report = ingest("advisory", HOSTILE);
    String page = s.get(report).body();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "class=\"hl hl-actor\" title=\"[^\"]*\" href=\"(/objects/intrusion-set--[0-9a-f-]+)\"")
            .matcher(page);
    assertThat(m.find()).as(page).isTrue();
    String actor = m.group(1);
    String actorPage = s.get(actor).body();
    assertThat(actorPage)
        .contains("<h1>APT28</h1>")
        .contains("Timeline")
        .contains("/reports/report--");
    assertThat(actorPage).contains("Indicators").contains("Countries");
    assertThat(s.get(actor.replace("/objects/", "/graph/")).body())
        .contains("<svg class=\"graph\"");
  }

  @Test
  void sweepUpload_findsTheIngestedIndicatorAndRecordsASighting() {
    ingest("advisory", HOSTILE);
    String token = csrf(s.get("/sweep").body());
    byte[] log =
        ("2024-02-06T10:00:00Z conn from 10.0.0.5 to 185.220.101.47:443\n"
                + "2024-02-06T10:00:01Z dns query example.org\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r =
        s.postMultipart("/sweep", Map.of("csrf", token), "log", "fw.log", log, Map.of());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("185.220.101.47")
        .contains("1 hits")
        .contains("/reports/report--");
    assertThat(s.get("/").body()).contains("Recent sightings").contains("1×");
  }

  @Test
  void unknownObjectPageIs404HtmlNamingTheId() {
    HttpResponse<String> r = s.get("/objects/%3Cscript%3E");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(s.get("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void searchFindsTheActorAndEscapesTheQuery() {
    ingest("advisory", HOSTILE);
    String page = s.get("/search?q=APT28%22%3E%3Cscript%3E&type=").body();
    assertThat(page).doesNotContain("\"><script>").contains("&quot;&gt;&lt;script&gt;");
    assertThat(s.get("/search?q=APT28").body()).contains("/objects/intrusion-set--");
  }
}
