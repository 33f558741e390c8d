package dev.lantern.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

  private final DocumentReader reader = DocumentReader.standard();

  private Document html(String markup) {
    return reader.read("page.html", markup.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  @Test
  void read_keepsArticleTextAndDropsScriptsNavigationAndShareButtons() {
    Document doc =
        html(
            """
            <!doctype html><html><head><title>Site | News</title>
            <meta property="og:title" content="Netherlands accuses China">
            <script>var tracking = "evil-tracker.com";</script><style>p{color:red}</style></head>
            <body><nav><a href="/ua">ua</a> <a href="/en">en</a> <a href="/ru">ru</a></nav>
            <div class="share-buttons">Share on Facebook</div>
            <article><h1>Netherlands accuses China</h1>
            <p>The agencies said the hackers placed malware inside a network used by 50 people.</p>
            <p>The Chinese Embassy said it opposes all forms of cyber attacks, a statement that the
            ministry repeated later in the day to several reporters and news agencies.</p></article>
            <ul class="related-articles"><li>Other story</li></ul>
            <footer>Copyright</footer></body></html>
            """);

    assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(doc.title()).contains("Netherlands accuses China");
    assertThat(doc.text())
        .startsWith("Netherlands accuses China\n")
        .contains(
            "The agencies said the hackers placed malware inside a network used by 50 people.")
        .doesNotContain("evil-tracker", "color:red", "Share on", "Other story", "Copyright")
        .doesNotContain("ua en ru");
  }

  @Test
  void read_keepsPhotoCaptionsButMarksThemAsCaptions() {
    Document d =
        html(
            "<html><body><article><h1>Netherlands accuses China</h1>"
                + "<figure><img src=x.jpg><figcaption>Dutch Defence Minister Kajsa Ollongren"
                + " (Getty Images)</figcaption></figure>"
                + "<p class=\"photo-caption\">Photo: MIVD headquarters</p>"
                + "<p>MIVD said Chinese hackers broke into a military network. \u0001Not a caption.</p>"
                + "</article></body></html>");

    assertThat(d.text()).contains("Kajsa Ollongren (Getty Images)", "Photo: MIVD headquarters");
    List<String> captions =
        d.captions().stream().map(c -> d.text().substring(c.start(), c.end())).toList();
    assertThat(captions)
        .containsExactly(
            "Dutch Defence Minister Kajsa Ollongren (Getty Images)", "Photo: MIVD headquarters");
    assertThat(d.inCaption(d.text().indexOf("MIVD said"))).isFalse();
    assertThat(d.text()).doesNotContain("\u0001");
  }

  @Test
  void read_separatesBlocksSoSentencesDoNotRunTogether() {
    Document doc =
        html(
            "<html><body><h2>Indicators</h2><ul><li>1.2.3.4</li><li>evil.com</li></ul></body></html>");

    assertThat(doc.text()).isEqualTo("Indicators\n1.2.3.4\nevil.com\n");
  }

  @Test
  void read_keepsInlineMarkupInsideOneSentence() {
    Document doc =
        html(
            "<html><body><p>The <b>FBI</b> said <a href='x'>Volt Typhoon</a> did it.</p></body></html>");

    assertThat(doc.text()).isEqualTo("The FBI said Volt Typhoon did it.\n");
  }

  @Test
  void read_takesPublicationDateFromArticleMetadata() {
    Document doc =
        html(
            "<html><head><meta property='article:published_time'"
                + " content='2024-02-06T14:03:00+01:00'></head><body><p>x</p></body></html>");

    assertThat(doc.published()).contains(LocalDate.of(2024, 2, 6));
  }

  @Test
  void read_takesPublicationDateFromJsonLdOrTimeElement() {
    Document ld =
        html(
            "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\": \"2023-12-04T08:00:00Z\"}</script></head><body>x</body></html>");
    Document time = html("<html><body><time datetime='2022-01-14'>14 January</time></body></html>");

    assertThat(ld.published()).contains(LocalDate.of(2023, 12, 4));
    assertThat(time.published()).contains(LocalDate.of(2022, 1, 14));
  }

  @Test
  void read_treatsMarkupTextAsTextNotAsMarkupWhenItIsPlainText() {
    Document doc =
        reader.read(
            "notes.txt",
            "Payload used <script>alert(1)</script> in a lure.".getBytes(StandardCharsets.UTF_8),
            Optional.empty());

    assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(doc.text()).isEqualTo("Payload used <script>alert(1)</script> in a lure.");
  }

  @Test
  void read_detectsHtmlByContentWhateverTheName() {
    Document doc =
        reader.read(
            "download",
            "\uFEFF  <!DOCTYPE html><html><body><p>Hello</p></body></html>"
                .getBytes(StandardCharsets.UTF_8),
            Optional.empty());

    assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
    assertThat(doc.text()).isEqualTo("Hello\n");
  }

  @Test
  void read_decodesWindows1251CyrillicWhenBytesAreNotUtf8() {
    String text = "Хакери отримали доступ до мережі міністерства оборони минулого року.";
    byte[] cp1251 = text.getBytes(Charset.forName("windows-1251"));

    Document doc = reader.read("news.txt", cp1251, Optional.empty());

    assertThat(doc.text()).isEqualTo(text);
  }

  @Test
  void read_honoursByteOrderMarksAndDeclaredCharset() {
    byte[] utf16 = "\uFEFFAPT28".getBytes(StandardCharsets.UTF_16LE);
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(reader.read("a.txt", utf16, Optional.empty()).text()).isEqualTo("APT28");
    assertThat(reader.read("b", latin1, Optional.of("text/plain; charset=ISO-8859-1")).text())
        .isEqualTo("café");
  }

  @Test
  void read_refusesDocumentsOverTheLimitNamingSizeAndFix() {
    DocumentReader small = DocumentReader.withMaxBytes(10);

    assertThatThrownBy(() -> small.read("big.txt", new byte[11], Optional.empty()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("big.txt")
        .hasMessageContaining("11 bytes")
        .hasMessageContaining("--max-size");
  }
}
