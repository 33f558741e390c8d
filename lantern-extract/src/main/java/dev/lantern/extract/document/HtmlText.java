package dev.lantern.extract.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the visible article text out of an HTML page.
 *
 * <p>Design note: pages wrap one article in navigation, language switchers, share buttons and lists
 * of related stories. We drop what is never article text (scripts, styles, forms, navigation
 * landmarks, and blocks whose class or id names a known page furniture role), prefer the {@code
 * <article>} or {@code <main>} element when it holds real text, and join the remaining text nodes
 * with a line break at every block boundary so that sentences and headlines stay apart. Markup is
 * parsed by jsoup, which never executes anything and tolerates any tag soup.
 */
final class HtmlText {

  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, select,"
          + " textarea, input, nav, aside, footer, header nav, [role=navigation], [role=banner] nav,"
          + " [role=contentinfo], [hidden], [aria-hidden=true]";

  /** Class or id words that mark page furniture rather than article text. */
  private static final Set<String> FURNITURE =
      Set.of(
          "share",
          "sharing",
          "social",
          "related",
          "breadcrumb",
          "breadcrumbs",
          "cookie",
          "cookies",
          "navbar",
          "menu",
          "subscribe",
          "newsletter",
          "advert",
          "ads",
          "promo",
          "langs",
          "language-switcher",
          "lang-switcher",
          "comments",
          "sidebar",
          "tags",
          "pagination");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "td",
          "th",
          "blockquote",
          "pre",
          "br",
          "hr",
          "figure",
          "figcaption",
          "address",
          "title",
          "time",
          "caption");

  private HtmlText() {}

  static Document read(String source, byte[] bytes, Optional<Charset> declared) {
    org.jsoup.nodes.Document page;
    try {
      page =
          Jsoup.parse(
              new ByteArrayInputStream(bytes),
              declared.map(Charset::name).orElse(null),
              "",
              Parser.htmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<String> title = title(page);
    Optional<LocalDate> published = published(page);

    page.select(NEVER_TEXT).remove();
    for (Element e : page.select("[class], [id]")) {
      if (isFurniture(e)) {
        e.remove();
      }
    }
    Element body = page.body();
    Element content = body;
    for (Element candidate : page.select("article, main, [role=main]")) {
      if (candidate.text().length() >= 200) {
        content = candidate;
        break;
      }
    }
    StringBuilder text = new StringBuilder();
    boolean hasHeadline = content != body && !content.select("h1").isEmpty();
    if (title.isPresent() && !hasHeadline) {
      text.append(title.get()).append('\n');
    }
    NodeTraversor.traverse(new TextCollector(text), content);
    List<Document.Span> captions = new ArrayList<>();
    String tidy = tidy(text, captions);
    return new Document(source, DocumentFormat.HTML, tidy, title, published, captions);
  }

  private static boolean isFurniture(Element e) {
    String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : words.split("[\\s_]+")) {
      if (FURNITURE.contains(word)) {
        return true;
      }
      for (String part : word.split("-")) {
        if (FURNITURE.contains(part) && !part.equals("tags")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<String> title(org.jsoup.nodes.Document page) {
    String og = page.select("meta[property=og:title]").attr("content").strip();
    if (!og.isEmpty()) {
      return Optional.of(og);
    }
    String h1 = page.select("h1").text().strip();
    if (!h1.isEmpty()) {
      return Optional.of(h1);
    }
    String title = page.title().strip();
    return title.isEmpty() ? Optional.empty() : Optional.of(title);
  }

  private static Optional<LocalDate> published(org.jsoup.nodes.Document page) {
    for (String query :
        new String[] {
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[name=publish-date]",
          "meta[name=date]",
          "meta[name=dc.date]",
          "meta[name=DC.date.issued]"
        }) {
      Optional<LocalDate> date = parseDate(page.select(query).attr("content"));
      if (date.isPresent()) {
        return date;
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      String json = script.data();
      int at = json.indexOf("\"datePublished\"");
      if (at >= 0) {
        int open = json.indexOf('"', json.indexOf(':', at) + 1);
        int close = open < 0 ? -1 : json.indexOf('"', open + 1);
        if (close > open) {
          Optional<LocalDate> date = parseDate(json.substring(open + 1, close));
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    for (Element time : page.select("time[datetime]")) {
      Optional<LocalDate> date = parseDate(time.attr("datetime"));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> parseDate(String value) {
    String v = value.strip();
    if (v.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(v.substring(0, 10)));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** Marks the start of a caption's line in the collected text; removed by {@link #tidy}. */
  private static final char CAPTION = '\u0001';

  /**
   * Collapses runs of blank lines and trailing spaces; lines that began inside a caption are
   * recorded in {@code captions}.
   */
  private static String tidy(StringBuilder raw, List<Document.Span> captions) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String line : raw.toString().split("\n", -1)) {
      boolean caption = line.indexOf(CAPTION) >= 0;
      String l = line.replace(String.valueOf(CAPTION), "").strip();
      if (l.isEmpty()) {
        continue;
      }
      if (caption) {
        captions.add(new Document.Span(out.length(), out.length() + l.length()));
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }

  private static boolean isCaption(Element e) {
    String n = e.normalName();
    return n.equals("figcaption")
        || n.equals("caption")
        || (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).contains("caption");
  }

  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out;

    TextCollector(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        Node parent = t.parent();
        boolean pre = parent instanceof Element p && p.normalName().equals("pre");
        String s = (pre ? t.getWholeText() : t.text()).replace(CAPTION, ' ');
        if (!s.isBlank()) {
          if (!pre
              && out.length() > 0
              && !Character.isWhitespace(out.charAt(out.length() - 1))
              && Character.isWhitespace(t.getWholeText().charAt(0))) {
            out.append(' ');
          }
          out.append(pre ? s : s.strip());
          if (!pre
              && Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
            out.append(' ');
          }
        }
      } else if (node instanceof Element e && isCaption(e)) {
        out.append('\n').append(CAPTION);
        captionDepth++;
      } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        out.append('\n');
        if (captionDepth > 0) {
          out.append(CAPTION);
        }
      }
    }

    private int captionDepth;

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && isCaption(e)) {
        captionDepth--;
        out.append('\n');
      } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        out.append('\n');
        if (captionDepth > 0) {
          out.append(CAPTION);
        }
      }
    }
  }
}
