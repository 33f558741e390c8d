package dev.lantern.extract.attribution;

import dev.lantern.extract.date.DateMention;
import dev.lantern.extract.date.Granularity;
import dev.lantern.extract.entity.EntityMention;
import dev.lantern.extract.entity.EntityType;
import dev.lantern.extract.entity.KnowledgeBase;
import dev.lantern.extract.entity.KnownEntity;
import dev.lantern.extract.entity.Lemmatizer;
import dev.lantern.extract.entity.Token;
import dev.lantern.extract.indicator.Indicator;
import dev.lantern.extract.indicator.IndicatorType;
import dev.lantern.extract.language.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the attribution claims and the incidents of a report from its text and the entities, dates
 * and indicators already found in it. Rules, not a statistical model.
 *
 * <p>Design note. The text is split into sentences ({@link Sentences}); each sentence is read on
 * its own ({@link Sentence}) with word classes ({@link Cue}) matched on word forms and, for
 * Ukrainian and Russian, dictionary lemmas:
 *
 * <ul>
 *   <li><b>claimant</b>: the organisation nearest before a verb of saying (or, failing that, just
 *       after it: "reports Reuters", "— сказав речник Кремля"), with the organisations coordinated
 *       with it ("MIVD and AIVD"); a country followed by a verb of saying or accusing speaks
 *       through its government; a person introduced right after an organisation ("Defence Minister
 *       Kajsa Ollongren") speaks for it later ("Ollongren said"); a verb of saying with no named
 *       subject ("they said") takes the previous sentence's claimants; a newspaper is the claimant
 *       only when no one else is; in an advisory, a sentence with no claimant of its own is its
 *       issuer's ({@link Advisory}); a group claiming responsibility is its own claimant; once the
 *       whole story is read, a country named as speaking ("Москва отрицает") stands for its body
 *       that makes the same claim ({@link #specifyGovernments}).
 *   <li><b>accused</b>: a country (name, demonym, capital) or state body followed closely by an
 *       attacker noun ("Chinese cyber spies", "російські хакери") or an attack verb ("China had
 *       tried"), preceded by a backing word ("linked to Russia", "пов'язані з Китаєм", "accuses
 *       China"), or coordinated with such a country; a named group points at its state in the
 *       knowledge base. A claimant accuses no country of its own, and a country placed by a
 *       preposition ("В Україні …") is no culprit by an attack word. Every other country in the
 *       sentence is a victim's country.
 *   <li><b>stance</b> from denial and doubt words, <b>hedging</b> from qualifying words,
 *       <b>basis</b> from court and report words, else from the claimant's kind.
 *   <li><b>victims</b>: victim countries, sectors, and names: capitalised after a target word ("the
 *       main target is ASML"), after a noun for a kind of organisation or an attack noun in an
 *       attack sentence ("гигант Maersk", "атаку на «Київстар»"), and listed with those; a sentence
 *       right after a claim that only adds victims adds them to that claim. Ambiguous sector words
 *       ("research", "defence") count only when tied to a victim.
 * </ul>
 *
 * Incidents are runs of sentences about an attack: a new one starts at a sentence with its own
 * activity date different from the current incident's, or at a background word ("separate",
 * "recently", "раніше"); the first is the main incident. Linear in the text's length. Immutable and
 * thread-safe.
 */
public final class AttributionReader {

  private final Map<String, KnownEntity> organisations = new HashMap<>();
  private final Map<String, String> governmentOf = new HashMap<>();
  private final Map<String, String> countryOfGovernment = new HashMap<>();
  private final Map<String, String> foreignMinistryOf = new HashMap<>();

  /**
   * Adjectives that name a sector with a generic noun ("енергетична компанія", "оборонный сектор"),
   * by their dictionary forms: read from the knowledge base's Ukrainian and Russian sector terms,
   * for lists that share one noun ("транспортные, энергетические и промышленные компании").
   */
  private final Map<String, String> sectorAdjectives = new HashMap<>();

  private final KnowledgeBase kb;

  private AttributionReader(KnowledgeBase kb) {
    this.kb = kb;
    for (KnownEntity e : kb.entities()) {
      if (e.type() == EntityType.ORGANIZATION) {
        organisations.putIfAbsent(e.canonical(), e);
        if (e.kind().equals("government") && e.country().isPresent()) {
          governmentOf.merge(e.country().get(), e.canonical(), AttributionReader::shorterName);
        }
        if (e.kind().equals("ministry")
            && e.country().isPresent()
            && (e.canonical().contains("Foreign")
                || e.canonical().endsWith("Department of State"))) {
          foreignMinistryOf.putIfAbsent(e.country().get(), e.canonical());
        }
      }
    }
    governmentOf.forEach((country, government) -> countryOfGovernment.put(government, country));
    for (KnownEntity e : kb.entities()) {
      if (e.type() != EntityType.SECTOR) {
        continue;
      }
      for (String name : e.names()) {
        String[] w = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        if (w.length == 2
            && GENERIC_INDUSTRY_NOUNS.contains(w[1])
            && Character.UnicodeBlock.of(w[0].charAt(0)) == Character.UnicodeBlock.CYRILLIC) {
          for (String lemma : Lemmatizer.lemmas(w[0], null)) {
            sectorAdjectives.putIfAbsent(lemma, e.canonical());
          }
        }
      }
    }
  }

  /** Nouns a sector adjective goes with: "сектор", "галузь", "компания", "предприятия". */
  static final Set<String> GENERIC_INDUSTRY_NOUNS =
      Set.of(
          "сектор",
          "галузь",
          "отрасль",
          "промисловість",
          "промышленность",
          "компанія",
          "компанії",
          "компания",
          "компании",
          "підприємство",
          "підприємства",
          "предприятие",
          "предприятия");

  private static String shorterName(String a, String b) {
    boolean aEmbassy = a.startsWith("Embassy");
    boolean bEmbassy = b.startsWith("Embassy");
    if (aEmbassy != bEmbassy) {
      return aEmbassy ? b : a;
    }
    return a;
  }

  /** A reader over the built-in knowledge base. */
  public static AttributionReader standard() {
    return Standard.INSTANCE;
  }

  /** A reader over the given knowledge base (for claimant kinds and governments). */
  public static AttributionReader of(KnowledgeBase kb) {
    return new AttributionReader(Objects.requireNonNull(kb, "kb"));
  }

  private static final class Standard {
    static final AttributionReader INSTANCE = of(KnowledgeBase.standard());
  }

  /**
   * The claims and incidents of one report.
   *
   * @param text the document text all offsets refer to
   * @param language its language, for sentence breaks and lemmas
   * @param published its publication date: the main incident's disclosure when no other is stated
   * @param entities the entities recognised in it, in text order
   * @param dates its resolved dates, in text order
   * @param indicators its indicators (CVE and ATT&CK ids are used)
   */
  public Attribution read(
      String text,
      Optional<Language> language,
      Optional<LocalDate> published,
      List<EntityMention> entities,
      List<DateMention> dates,
      List<Indicator> indicators) {
    return read(text, language, published, entities, dates, indicators, offset -> false);
  }

  /**
   * As {@link #read(String, Optional, Optional, List, List, List)}, leaving out sentences that
   * start in a photo or figure caption: a caption describes a picture, it states no claim.
   *
   * @param inCaption whether the char at an offset lies in a caption
   */
  public Attribution read(
      String text,
      Optional<Language> language,
      Optional<LocalDate> published,
      List<EntityMention> entities,
      List<DateMention> dates,
      List<Indicator> indicators,
      java.util.function.IntPredicate inCaption) {
    Objects.requireNonNull(text, "text");
    List<Sentences.Span> spans = Sentences.split(text, language);
    Map<String, String> people = new HashMap<>();
    List<Sentence> read = new ArrayList<>(spans.size());
    int e = 0;
    int d = 0;
    int x = 0;
    for (Sentences.Span span : spans) {
      List<EntityMention> ms = new ArrayList<>();
      while (e < entities.size() && entities.get(e).start() < span.end()) {
        if (entities.get(e).start() >= span.start()) {
          ms.add(entities.get(e));
        }
        e++;
      }
      List<DateMention> ds = new ArrayList<>();
      while (d < dates.size() && dates.get(d).start() < span.end()) {
        if (dates.get(d).start() >= span.start()) {
          ds.add(dates.get(d));
        }
        d++;
      }
      List<Indicator> is = new ArrayList<>();
      while (x < indicators.size() && indicators.get(x).start() < span.end()) {
        if (indicators.get(x).start() >= span.start()) {
          is.add(indicators.get(x));
        }
        x++;
      }
      if (!inCaption.test(span.start())) {
        Sentence whole = new Sentence(text, span, language, ms, ds, is, people);
        int cut = whole.clauseBoundary();
        if (cut < 0) {
          read.add(whole);
        } else {
          // "Нидерланды обвинили ГРУ …, Москва отвергает обвинения": each side read on its own
          read.add(
              new Sentence(
                  text,
                  span.clause(span.start(), cut),
                  language,
                  before(ms, cut, EntityMention::start),
                  before(ds, cut, DateMention::start),
                  before(is, cut, Indicator::start),
                  people));
          read.add(
              new Sentence(
                  text,
                  span.clause(cut, span.end()),
                  language,
                  from(ms, cut, EntityMention::start),
                  from(ds, cut, DateMention::start),
                  from(is, cut, Indicator::start),
                  people));
        }
      }
    }
    return assemble(read, published, Advisory.of(text, entities));
  }

  private static <T> List<T> before(
      List<T> items, int cut, java.util.function.ToIntFunction<T> start) {
    List<T> out = new ArrayList<>();
    for (T t : items) {
      if (start.applyAsInt(t) < cut) {
        out.add(t);
      }
    }
    return out;
  }

  private static <T> List<T> from(
      List<T> items, int cut, java.util.function.ToIntFunction<T> start) {
    List<T> out = new ArrayList<>();
    for (T t : items) {
      if (start.applyAsInt(t) >= cut) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether the document is an advisory or bulletin, and who issued it. An advisory speaks for its
   * issuer throughout: "the activity is associated with APT28" in a CERT-UA bulletin is CERT-UA's
   * claim even with no verb of saying. Recognised from a title starting "Advisory:", "Alert:",
   * "Бюллетень:", "Совместное предупреждение:", an issuer's number in the title ("CERT-UA#6805"),
   * or a section heading of the kind advisories open with ("SUMMARY", "Загальна інформація",
   * "Краткое содержание"); the issuer from that number, from "Source:/Источник:/Джерело:", or else
   * from the first sentence that names a claimant.
   */
  private record Advisory(boolean is, List<String> issuers) {
    static final Advisory NONE = new Advisory(false, List.of());

    private static final java.util.regex.Pattern TITLE =
        java.util.regex.Pattern.compile(
            "(?iu)^\\s*(joint\\s+)?(cybersecurity\\s+)?(advisory|alert|bulletin|бюлетень|бюллетень"
                + "|(спільне\\s+|совместное\\s+)?(попередження|предупреждение|рекомендації))\\s*:");
    private static final java.util.regex.Pattern HEADING =
        java.util.regex.Pattern.compile(
            "(?imu)^\\s*(summary|overview|executive summary|загальна інформація|краткое содержание"
                + "|тип материала:[^\\n]*бюллетень)");
    private static final java.util.regex.Pattern SOURCE =
        java.util.regex.Pattern.compile("(?iu)(source|источник|джерело)\\s*:\\s*");

    static Advisory of(String text, List<EntityMention> entities) {
      String head = text.substring(0, Math.min(text.length(), 800));
      int firstLineEnd = head.indexOf('\n') < 0 ? head.length() : head.indexOf('\n');
      List<String> issuers = new ArrayList<>();
      Set<Integer> afterSource = new HashSet<>();
      java.util.regex.Matcher source = SOURCE.matcher(head);
      while (source.find()) {
        afterSource.add(source.end());
      }
      for (EntityMention m : entities) {
        if (m.start() >= head.length()) {
          break;
        }
        if (m.type() != EntityType.ORGANIZATION || issuers.contains(m.canonical())) {
          continue;
        }
        boolean numbered =
            m.end() < firstLineEnd
                && m.end() + 1 < text.length()
                && text.charAt(m.end()) == '#'
                && Character.isDigit(text.charAt(m.end() + 1));
        if (numbered || afterSource.contains(m.start())) {
          issuers.add(m.canonical());
        }
      }
      boolean is = !issuers.isEmpty() || TITLE.matcher(head).find() || HEADING.matcher(head).find();
      return is ? new Advisory(true, issuers) : NONE;
    }
  }

  // ------------------------------------------------------------------ assembly

  private Attribution assemble(
      List<Sentence> sentences, Optional<LocalDate> published, Advisory advisory) {
    List<String> issuers = advisory.issuers();
    List<Claim> claims = new ArrayList<>();
    List<IncidentDraft> incidents = new ArrayList<>();
    IncidentDraft current = null;
    List<String> lastClaimants = List.of();
    Optional<String> lastState = Optional.empty();
    Stance lastStance = null;
    Optional<String> lastVictimCountry = Optional.empty();
    List<Integer> previousClaims = List.of();
    Set<Integer> metonyms = new HashSet<>();
    for (Sentence s : sentences) {
      s.resolveClaimants(this, lastClaimants, lastStance);
      if (advisory.is()) {
        if (issuers.isEmpty() && !s.claimants.isEmpty()) {
          issuers = s.claimants;
        } else if (s.claimants.isEmpty() && !issuers.isEmpty()) {
          s.speakFor(issuers);
        }
      }
      List<Victim> victims =
          s.victims(lastVictimCountry.or(() -> s.claimantCountry(this)), sectorAdjectives);
      boolean content =
          s.attack
              || !s.accused.isEmpty()
              || !s.groups.isEmpty()
              || !victims.isEmpty()
              || !s.malware.isEmpty()
              || !s.cves.isEmpty()
              || !s.techniques.isEmpty();
      if (content && (!s.span.heading() || s.say)) {
        Optional<String> activity = s.activityDate();
        boolean fresh =
            current == null
                || s.background && (s.attack || !s.accused.isEmpty())
                || activity.isPresent()
                    && (current.hasActivity()
                        ? !current.activity.contains(activity.get())
                        : incidents.size() > 1 || current.background);
        if (fresh) {
          current = new IncidentDraft(s.span.start(), s.background);
          incidents.add(current);
        }
        current.add(s, victims);
      }
      List<Integer> made = new ArrayList<>();
      if (!s.span.heading() || s.say) {
        Optional<String> carried = current == null ? Optional.empty() : current.singleState();
        for (Claim c : s.claims(this, victims, lastState, carried)) {
          if (c.claimant().isPresent() && s.byCountry.contains(c.claimant().get())) {
            metonyms.add(claims.size());
          }
          made.add(claims.size());
          claims.add(current == null ? c : c.inIncident(incidents.indexOf(current)));
        }
      }
      if (made.isEmpty() && !previousClaims.isEmpty() && !s.say && !victims.isEmpty()) {
        for (int i : previousClaims) {
          Claim c = claims.get(i);
          List<Victim> more = new ArrayList<>(c.victims());
          for (Victim v : victims) {
            if (!more.contains(v)) {
              more.add(v);
            }
          }
          claims.set(i, c.withVictims(more));
        }
      }
      if (!made.isEmpty()) {
        lastState = claims.get(made.get(made.size() - 1)).state();
        lastStance = claims.get(made.get(made.size() - 1)).stance();
      }
      if (!s.span.heading()) {
        previousClaims = made;
      }
      if (!s.claimants.isEmpty()) {
        lastClaimants = s.claimants;
      }
      Set<String> countries = new LinkedHashSet<>();
      for (Victim v : victims) {
        v.country().ifPresent(countries::add);
      }
      if (countries.size() == 1) {
        lastVictimCountry = Optional.of(countries.iterator().next());
      }
    }
    specifyGovernments(claims, metonyms);
    List<Incident> out = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      out.add(incidents.get(i).build(i == 0, published));
    }
    return new Attribution(claims, out);
  }

  /**
   * "UK and US accuse Russian military hackers", "Москва свою причастность отрицает": a country
   * named as speaking (claims {@code metonyms}), in a story where one of its bodies makes the same
   * claim (the Foreign Office, the Justice Department, the embassy), stands for that body, as the
   * story's own sentences say.
   */
  private void specifyGovernments(List<Claim> claims, Set<Integer> metonyms) {
    for (int i : metonyms) {
      Claim c = claims.get(i);
      Optional<String> country = c.claimant().flatMap(this::countryGoverned);
      if (country.isEmpty()) {
        continue;
      }
      for (Claim o : claims) {
        Optional<KnownEntity> body = o.claimant().flatMap(this::organisation);
        if (body.isPresent()
            && !o.claimant().equals(c.claimant())
            && countryGoverned(body.get().canonical()).isEmpty()
            && body.get().country().equals(country)
            && !NOT_OFFICIAL.contains(body.get().kind())
            && o.stance() == c.stance()
            && o.state().equals(c.state())) {
          claims.set(i, c.by(body.get().canonical()));
          break;
        }
      }
    }
  }

  private static final Set<String> NOT_OFFICIAL = Set.of("media", "vendor");

  /**
   * The knowledge base's embassy of {@code sender} in {@code host} ("Embassy of Russia in the
   * United States").
   */
  Optional<String> embassy(String sender, String host) {
    Optional<String> hostName = kb.countryName(host);
    Optional<String> senderName = kb.countryName(sender);
    if (hostName.isEmpty() || senderName.isEmpty() || sender.equals(host)) {
      return Optional.empty();
    }
    for (KnownEntity e : organisations.values()) {
      String n = e.canonical();
      if (n.startsWith("Embassy of ")
          && e.country().equals(Optional.of(sender))
          && (n.endsWith(" in " + hostName.get()) || n.endsWith(" in the " + hostName.get()))) {
        return Optional.of(n);
      }
    }
    // not in the knowledge base: named the way it names embassies
    return Optional.of(
        "Embassy of " + withArticle(senderName.get()) + " in " + withArticle(hostName.get()));
  }

  /** The country whose government this claimant is the knowledge base's name for. */
  Optional<String> countryGoverned(String claimant) {
    return Optional.ofNullable(countryOfGovernment.get(claimant));
  }

  /** Whether a text names a country (by name, short name or capital) in the knowledge base. */
  boolean namesACountry(String text) {
    return kb.canonicalOf(EntityType.COUNTRY, text).isPresent();
  }

  Optional<KnownEntity> organisation(String canonical) {
    return Optional.ofNullable(organisations.get(canonical));
  }

  /**
   * A claimant's country: the knowledge base's, or for a name the reader made up the way the
   * knowledge base names such bodies ("Embassy of Russia in Norway", "Government of Chad") the
   * country it names first.
   */
  Optional<String> countryOf(String claimant) {
    Optional<String> known = organisation(claimant).flatMap(KnownEntity::country);
    if (known.isPresent()) {
      return known;
    }
    for (String prefix : MADE_UP_PREFIXES) {
      if (claimant.startsWith(prefix)) {
        String rest = claimant.substring(prefix.length());
        int in = rest.indexOf(" in ");
        String country = in < 0 ? rest : rest.substring(0, in);
        if (country.startsWith("the ")) {
          country = country.substring(4);
        }
        return kb.find(EntityType.COUNTRY, country).flatMap(KnownEntity::country);
      }
    }
    return Optional.empty();
  }

  private static final List<String> MADE_UP_PREFIXES =
      List.of("Embassy of ", "Government of ", "Ministry of Foreign Affairs of ");

  /** "the United States", "the Netherlands": country names English writes with an article. */
  private static String withArticle(String country) {
    return country.startsWith("United ") || country.endsWith(" Republic") || THE.contains(country)
        ? "the " + country
        : country;
  }

  private static final Set<String> THE =
      Set.of("Netherlands", "Philippines", "Bahamas", "Maldives");

  Optional<String> government(String iso2) {
    return Optional.ofNullable(governmentOf.get(iso2));
  }

  /**
   * A country's foreign ministry: the knowledge base's, or named the way it names them ("Ministry
   * of Foreign Affairs of Norway") when it has none.
   */
  Optional<String> foreignMinistry(String iso2) {
    String known = foreignMinistryOf.get(iso2);
    if (known != null) {
      return Optional.of(known);
    }
    return kb.countryName(iso2).map(n -> "Ministry of Foreign Affairs of " + withArticle(n));
  }

  // ------------------------------------------------------------------ incidents

  /** An incident being collected, sentence by sentence. */
  private static final class IncidentDraft {
    final int start;
    int end;
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> states = new LinkedHashSet<>();
    final Set<Victim> victims = new LinkedHashSet<>();
    final Set<String> malware = new LinkedHashSet<>();
    final Set<String> cves = new LinkedHashSet<>();
    final Set<String> techniques = new LinkedHashSet<>();
    final Set<String> activity = new LinkedHashSet<>();
    Optional<LocalDate> disclosed = Optional.empty();
    final boolean background;

    IncidentDraft(int start, boolean background) {
      this.start = start;
      this.end = start;
      this.background = background;
    }

    boolean hasActivity() {
      return !activity.isEmpty();
    }

    Optional<String> singleState() {
      return states.size() == 1 ? Optional.of(states.iterator().next()) : Optional.empty();
    }

    void add(Sentence s, List<Victim> found) {
      end = s.span.end();
      for (EntityMention g : s.groups) {
        actors.add(g.canonical());
        g.country().ifPresent(states::add);
      }
      states.addAll(s.accused);
      victims.addAll(found);
      malware.addAll(s.malware);
      cves.addAll(s.cves);
      techniques.addAll(s.techniques);
      s.activityDates().forEach(activity::add);
      if (disclosed.isEmpty()) {
        disclosed = s.disclosureDay();
      }
    }

    Incident build(boolean main, Optional<LocalDate> published) {
      Optional<String> first = activity.stream().min(String::compareTo);
      Optional<String> last = activity.stream().max(AttributionReader::byEnd);
      Optional<LocalDate> when = disclosed.isPresent() || !main ? disclosed : published;
      return new Incident(
          List.copyOf(actors),
          List.copyOf(states),
          List.copyOf(victims),
          List.copyOf(malware),
          List.copyOf(cves),
          List.copyOf(techniques),
          first,
          last,
          when,
          main,
          start,
          end);
    }
  }

  /** Orders date values by the end of the period they name ("2023" ends after "2023-07"). */
  private static int byEnd(String a, String b) {
    return (a + "-99-99").substring(0, 10).compareTo((b + "-99-99").substring(0, 10));
  }

  // ------------------------------------------------------------------ one sentence

  /**
   * One word with the forms cues are matched on, and the cue classes of those forms ({@link
   * Cue#classesOf}).
   */
  record Word(
      int start,
      int end,
      String surface,
      boolean capitalised,
      Set<String> forms,
      String[] formArray,
      int cues) {}

  private static final Cue[] CUES = Cue.values();

  /** What one sentence says. Built in the constructor; claimants resolved in sentence order. */
  static final class Sentence {
    final String text;
    final Sentences.Span span;
    final List<Word> words = new ArrayList<>();
    final List<EntityMention> mentions;
    final List<DateMention> dates;
    final List<EntityMention> groups = new ArrayList<>();
    final List<String> malware = new ArrayList<>();
    final List<String> cves = new ArrayList<>();
    final List<String> techniques = new ArrayList<>();
    final Set<String> accused = new LinkedHashSet<>();
    final Set<EntityMention> accusing = new HashSet<>();
    final Set<Cue> cues = new HashSet<>();
    final Map<String, String> people;
    List<String> claimants = List.of();
    final Set<EntityMention> claimantMentions = new HashSet<>();

    /** Claimants named by their country ("Москва отрицает", "UK and US accuse"). */
    final Set<String> byCountry = new HashSet<>();

    /** The document's language, or null when unknown. */
    final Language language;

    boolean say;
    boolean attack;
    boolean background;
    int firstSay = -1;

    Sentence(
        String text,
        Sentences.Span span,
        Optional<Language> language,
        List<EntityMention> mentions,
        List<DateMention> dates,
        List<Indicator> indicators,
        Map<String, String> people) {
      this.text = text;
      this.span = span;
      this.mentions = withoutMisreadAppositions(text, mentions);
      this.dates = dates;
      this.people = people;
      Language lang = language.orElse(null);
      this.language = lang;
      for (Token t : Token.split(text.substring(span.start(), span.end()))) {
        Set<String> forms = new HashSet<>(4);
        forms.add(t.key());
        if (t.cyrillic() && lang != Language.ENGLISH) {
          forms.addAll(Lemmatizer.lemmas(t.key(), lang));
        }
        String[] formArray = forms.toArray(new String[0]);
        words.add(
            new Word(
                span.start() + t.start(),
                span.start() + t.end(),
                t.surface(),
                t.capitalised(),
                forms,
                formArray,
                Cue.classesOf(formArray)));
      }
      markLinkingVerbs();
      for (int i = 0; i < words.size(); i++) {
        int classes = words.get(i).cues;
        if (classes == 0) {
          continue;
        }
        for (Cue c : CUES) {
          if (c.in(classes)) {
            if ((c == Cue.DENY && isDenialOfService(i)) || (c == Cue.DISPUTE && isCertainty(i))) {
              continue;
            }
            cues.add(c);
            if (c == Cue.SAY && firstSay < 0) {
              firstSay = i;
            }
          }
        }
      }
      for (int i = 0; i < words.size(); i++) {
        for (String f : words.get(i).formArray) {
          Cue.Phrase[] starting = Cue.PHRASES_BY_FIRST_WORD.get(f);
          for (int k = 0; starting != null && k < starting.length; k++) {
            if (!cues.contains(starting[k].role()) && phraseFrom(starting[k], i)) {
              cues.add(starting[k].role());
            }
          }
        }
      }
      say = cues.contains(Cue.SAY);
      attack = cues.contains(Cue.ATTACK);
      background = cues.contains(Cue.BACKGROUND);
      for (EntityMention m : mentions) {
        if (m.type().isGroup()) {
          groups.add(m);
        } else if (m.type() == EntityType.MALWARE || m.type() == EntityType.TOOL) {
          if (!malware.contains(m.canonical())) {
            malware.add(m.canonical());
          }
        }
      }
      for (Indicator i : indicators) {
        if (i.type() == IndicatorType.CVE && !cves.contains(i.value())) {
          cves.add(i.value());
        } else if (i.type() == IndicatorType.ATTACK_TECHNIQUE && !techniques.contains(i.value())) {
          techniques.add(i.value());
        }
      }
      learnPeople();
    }

    /** "Dragos linked the attack to Sandworm" claims; "hackers linked to Russia" does not. */
    private void markLinkingVerbs() {
      for (int i = 1; i + 1 < words.size(); i++) {
        Word w = words.get(i);
        if (anyForm(w, LINKING) && !anyForm(words.get(i + 1), LINKING_PREPOSITIONS)) {
          words.set(
              i,
              new Word(
                  w.start,
                  w.end,
                  w.surface,
                  w.capitalised,
                  w.forms,
                  w.formArray,
                  w.cues | 1 << Cue.SAY.ordinal()));
        }
      }
    }

    private boolean isDenialOfService(int i) {
      return words.get(i).forms.contains("denial")
          && i + 1 < words.size()
          && words.get(i + 1).forms.contains("of");
    }

    private static final Set<String> LINKING = Set.of("linked", "tied", "connected");
    private static final Set<String> LINKING_PREPOSITIONS = Set.of("to", "with", "by", "in");

    private static final Set<String> DOUBT_WORDS =
        Set.of(
            "doubt",
            "doubts",
            "doubted",
            "сумнів",
            "сумніватися",
            "засумніватися",
            "сомнение",
            "сомневаться",
            "усомниться");
    private static final Set<String> DOUBT_NEGATORS =
        Set.of(
            "beyond", "no", "without", "little", "not", "never", "без", "не", "ні", "немає", "нема",
            "жодний", "нет", "никакой", "ни");

    /**
     * Whether word {@code i}, a word of doubt, is negated and so asserts: "established beyond
     * doubt", "no doubt", "без сомнения", "не викликає сумнівів", "не сомневается".
     */
    private boolean isCertainty(int i) {
      if (!anyForm(words.get(i), DOUBT_WORDS)) {
        return false;
      }
      for (int j = Math.max(0, i - 2); j < i; j++) {
        if (anyForm(words.get(j), DOUBT_NEGATORS)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a phrase whose first word is word {@code i} goes on from there: its other words in
     * order, with at most four other words between them ("не має жодного стосунку" matches "не мати
     * стосунку").
     */
    private boolean phraseFrom(Cue.Phrase p, int i) {
      String[] ws = p.words();
      int at = i;
      for (int k = 1; k < ws.length; k++) {
        boolean found = false;
        for (int j = at + 1; j <= at + 5 && j < words.size(); j++) {
          if (words.get(j).forms.contains(ws[k])) {
            at = j;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether one of the word's forms is in {@code set}. Runs for every word, so it walks an array:
     * a stream or a set's iterator would be allocated each time.
     */
    private static boolean anyForm(Word w, Set<String> set) {
      for (String f : w.formArray) {
        if (set.contains(f)) {
          return true;
        }
      }
      return false;
    }

    boolean cue(int i, Cue c) {
      return i >= 0 && i < words.size() && c.in(words.get(i).cues);
    }

    int firstWord(EntityMention m) {
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).end > m.start()) {
          return i;
        }
      }
      return words.size();
    }

    int lastWord(EntityMention m) {
      int last = -1;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).start < m.end()) {
          last = i;
        }
      }
      return last;
    }

    /** A person named right after an organisation ("Minister … Kajsa Ollongren") speaks for it. */
    private void learnPeople() {
      for (EntityMention m : mentions) {
        if (m.type() != EntityType.ORGANIZATION) {
          continue;
        }
        int next = lastWord(m) + 1;
        int prevEnd = m.end();
        for (int k = next; k < Math.min(words.size(), next + 3); k++) {
          Word w = words.get(k);
          if (!w.capitalised || w.start - prevEnd > 2 || inMention(w) || w.surface.length() < 3) {
            break;
          }
          people.put(w.forms.iterator().next(), m.canonical());
          for (String f : w.forms) {
            people.put(f, m.canonical());
          }
          prevEnd = w.end;
        }
      }
    }

    private boolean inMention(Word w) {
      for (EntityMention m : mentions) {
        if (w.start >= m.start() && w.end <= m.end()) {
          return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- claimants and roles

    /**
     * Where a second claim starts inside this sentence, or -1: after a comma, semicolon or dash, a
     * country or organisation that says or denies something ("…, Москва отвергает обвинения", "…;
     * Tehran denies involvement", "…, у Кремлі це заперечують"), when the words before it already
     * hold a verb of saying, accusing or denying and a name of their own.
     */
    int clauseBoundary() {
      if (!cues.contains(Cue.DENY) && !cues.contains(Cue.DISPUTE)) {
        return -1; // only an accusation answered by a denial or a doubt is split
      }
      for (int b = 2; b < words.size(); b++) {
        if (!clauseBreakBefore(b)) {
          continue;
        }
        // "…, у Кремлі це заперечують": a preposition may stand before the speaker
        EntityMention m = mentionStartingAt(isIn(b) ? b + 1 : b);
        if (m == null || (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION)) {
          continue;
        }
        boolean speaks = saysWithin(lastWord(m) + 1, 2);
        boolean answers = false; // the second part denies or doubts, the first does not
        for (int k = b; k < words.size(); k++) {
          answers |= cue(k, Cue.DENY) || cue(k, Cue.DISPUTE);
        }
        boolean saidBefore = false;
        boolean namedBefore = false;
        for (int k = 0; k < b; k++) {
          saidBefore |= cue(k, Cue.SAY) || cue(k, Cue.BACKING);
          answers &= !(cue(k, Cue.DENY) || cue(k, Cue.DISPUTE));
        }
        for (EntityMention n : mentions) {
          namedBefore |=
              n.end() <= words.get(b - 1).end
                  && (n.type() == EntityType.COUNTRY || n.type() == EntityType.ORGANIZATION);
        }
        if (speaks && answers && saidBefore && namedBefore) {
          return words.get(b).start;
        }
      }
      return -1;
    }

    /** Whether only a comma, semicolon or dash (and spaces) stands between words b-1 and b. */
    private boolean clauseBreakBefore(int b) {
      int from = words.get(b - 1).end;
      int to = words.get(b).start;
      int mark = -1;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          continue;
        }
        if (mark >= 0 || ",;—–-".indexOf(c) < 0) {
          return false;
        }
        mark = i;
      }
      return mark >= 0;
    }

    private EntityMention mentionStartingAt(int k) {
      for (EntityMention m : mentions) {
        if (firstWord(m) == k) {
          return m;
        }
      }
      return null;
    }

    /** The sentence's stance from its denial and doubt words. */
    Stance stance() {
      return cues.contains(Cue.DENY)
          ? Stance.DENIES
          : cues.contains(Cue.DISPUTE) ? Stance.DISPUTES : Stance.ATTRIBUTES;
    }

    /** The sentence states what its document's issuers say (an advisory's own statements). */
    void speakFor(List<String> issuers) {
      claimants = List.copyOf(issuers);
      say = true;
    }

    /**
     * Resolves the claimants; a verb of saying with no subject takes the previous claimants, unless
     * they took the other side (a denier does not become the next sentence's accuser).
     */
    void resolveClaimants(AttributionReader kb, List<String> previous, Stance previousStance) {
      Set<String> found = new LinkedHashSet<>();
      List<EntityMention> orgs = new ArrayList<>();
      for (EntityMention m : mentions) {
        if (m.type() == EntityType.ORGANIZATION && !victimPosition(m) && !backed(m)) {
          orgs.add(m);
        }
      }
      for (int s = 0; s < words.size() && found.isEmpty(); s++) {
        if (cue(s, Cue.SAY) || cue(s, Cue.DENY)) {
          resolveAt(s, orgs, kb, found);
        }
      }
      if (found.isEmpty()) {
        speakingGroup().ifPresent(g -> claim(g, found));
      }
      if (found.isEmpty()
          && say
          && !newSpeaker()
          && !previous.isEmpty()
          && (previousStance == null || previousStance == stance())) {
        found.addAll(previous);
      }
      boolean someoneElse = found.stream().anyMatch(c -> !isMedia(kb, c));
      if (someoneElse) {
        found.removeIf(c -> isMedia(kb, c));
      }
      byAmbassador(kb, found);
      claimants = List.copyOf(found);
      if (deniesForItsCountry(kb)) {
        cues.add(Cue.DENY);
      }
      findAccused(kb);
    }

    /**
     * "Посольство России заявило, что Россия не проводит наступательных операций", "its ambassador
     * said Russia had never conducted malicious operations": a claimant saying its own country does
     * not do such things denies, with no word of denial.
     */
    private boolean deniesForItsCountry(AttributionReader kb) {
      Set<String> own = claimantCountries(kb);
      for (EntityMention m : mentions) {
        if (m.type() != EntityType.COUNTRY
            || m.country().isEmpty()
            || !own.contains(m.country().get())) {
          continue;
        }
        int last = lastWord(m);
        for (int k = last + 1; k <= last + 3 && k < words.size(); k++) {
          if (!anyForm(words.get(k), NEGATIONS)) {
            continue;
          }
          for (int j = k + 1; j <= k + 3 && j < words.size(); j++) {
            if (cue(j, Cue.ATTACK) || anyForm(words.get(j), ACTIONS)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** The seats of the sentence's claimants the knowledge base knows. */
    private Set<String> claimantCountries(AttributionReader kb) {
      Set<String> own = new HashSet<>();
      for (String c : claimants) {
        kb.countryOf(c).ifPresent(own::add);
      }
      return own;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "never", "не", "ніколи", "никогда");

    private static final Set<String> ACTIONS =
        Set.of(
            "conduct",
            "conducted",
            "conducting",
            "conducts",
            "engage",
            "engaged",
            "engages",
            "проводити",
            "здійснювати",
            "займатися",
            "проводить",
            "осуществлять",
            "заниматься",
            "вести");

    /**
     * A group speaking for itself: "Killnet claimed responsibility", "Conti взяла на себя
     * ответственность", "Угруповання Killnet заявило", "Представитель Killnet … заявил". Its claim
     * names itself as the actor.
     */
    private Optional<EntityMention> speakingGroup() {
      boolean responsibility = false;
      for (Word w : words) {
        responsibility |= anyForm(w, RESPONSIBILITY);
      }
      for (EntityMention g : groups) {
        int f = firstWord(g);
        int l = lastWord(g);
        boolean saysNext =
            cue(l + 1, Cue.SAY) && text.substring(g.end(), words.get(l + 1).start).isBlank();
        boolean spokesperson = say && f > 0 && anyForm(words.get(f - 1), SPOKESPERSON);
        if (responsibility && say || responsibility && takes() || saysNext || spokesperson) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }

    /**
     * "A spokesperson for the airport said", "security researchers describe": an unnamed speaker of
     * its own, so the sentence does not continue the previous claimant's statement.
     */
    private boolean newSpeaker() {
      for (int k = 0; k < words.size() && k <= firstSay; k++) {
        if (anyForm(words.get(k), SPOKESPERSON) || anyForm(words.get(k), UNNAMED_SPEAKERS)) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> UNNAMED_SPEAKERS =
        Set.of(
            "researchers",
            "experts",
            "analysts",
            "specialists",
            "дослідник",
            "експерт",
            "аналітик",
            "фахівець",
            "исследователь",
            "эксперт",
            "аналитик",
            "специалист");

    /** "взяла на себя", "взяло на себе", "took": the verb of taking responsibility. */
    private boolean takes() {
      for (Word w : words) {
        if (anyForm(w, TAKE)) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> RESPONSIBILITY =
        Set.of("responsibility", "відповідальність", "ответственность");
    private static final Set<String> TAKE =
        Set.of("took", "take", "взяти", "взять", "брати", "брать");
    private static final Set<String> SPOKESPERSON =
        Set.of(
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "representative",
            "представник",
            "представитель",
            "речник");

    /**
     * The subject of the verb of saying at word {@code s}: the organisation before it (with those
     * coordinated with it), else a country right before it (speaking through its government), else
     * an organisation just after it, else a person known to speak for one.
     */
    private void resolveAt(
        int s, List<EntityMention> orgs, AttributionReader kb, Set<String> found) {
      EntityMention before = null;
      for (EntityMention m : orgs) {
        if (lastWord(m) < s && (before == null || before.start() != m.start()) && !addressee(m)) {
          before = m;
        }
      }
      if (before != null && cue(s, Cue.SAY) && isMedia(kb, before.canonical())) {
        // "в інтерв'ю агентству Reuters розповів керівник … СБУ": the paper is the channel
        for (EntityMention m : orgs) {
          int f = firstWord(m);
          if (f > s && f <= s + 6 && !isMedia(kb, m.canonical()) && !culpritAfter(m)) {
            before = m;
            break;
          }
        }
      }
      if (before != null && cue(s, Cue.SAY)) {
        claim(before, found);
        if (kb.namesACountry(text.substring(before.start(), before.end()))) {
          byCountry.add(before.canonical()); // "Москва отрицает": the capital for its government
        }
        int i = orgs.indexOf(before);
        for (int j = i - 1; j >= 0; j--) {
          if (orgs.get(j).start() == orgs.get(j + 1).start()) {
            continue;
          }
          if (!coordinated(orgs.get(j), orgs.get(j + 1))) {
            break;
          }
          claim(orgs.get(j), found);
        }
        coordinatedCountries(kb, found);
        return;
      }
      // "Czech Foreign Minister Jan Lipavsky said", "Міністр закордонних справ Чехії … заявив"
      Optional<String> ministry = foreignMinisterBefore(kb, s);
      if (ministry.isPresent()) {
        found.add(ministry.get());
        return;
      }
      EntityMention speaker = null; // the nearest country before the verb: "UK and US accuse"
      for (EntityMention m : mentions) {
        if (m.type() != EntityType.COUNTRY || m.country().isEmpty()) {
          continue;
        }
        int last = lastWord(m);
        if (last < s
            && s - last <= 3
            && !cue(s, Cue.ATTACKER)
            && !qualifiesAGroup(m)
            && !isIn(firstWord(m) - 1)) { // "the Russian embassy in Oslo rejected": a place
          speaker = m;
        }
      }
      if (speaker != null) {
        claimantMentions.add(speaker);
        String cc = speaker.country().get();
        String government = governmentName(kb, speaker);
        found.add(government);
        byCountry.add(government);
        coordinatedCountries(kb, found);
        return;
      }
      // "Администрация президента США Джо Байдена … назвала": a country's government by its noun
      for (int k = 0; k < s; k++) {
        if (!anyForm(words.get(k), GOVERNMENT_NOUNS)) {
          continue;
        }
        for (EntityMention m : mentions) {
          int f = firstWord(m);
          if (m.type() == EntityType.COUNTRY && m.country().isPresent() && f > k && f <= k + 3) {
            claimantMentions.add(m);
            found.add(governmentName(kb, m));
            return;
          }
        }
      }
      if (!cue(s, Cue.SAY) || cue(s - 1, Cue.PRONOUN)) {
        return; // "Ведомства заявляют, что кибергруппа СВР …": the agencies named before speak
      }
      if (anyForm(words.get(s), SOURCE_MARKERS)) {
        // "За даними Берліна", "according to Washington": the country named as the source
        for (int k = s + 1; k <= s + 2 && k < words.size(); k++) {
          EntityMention c = countryStartingAt(k);
          if (c != null && c.country().isPresent()) {
            claimantMentions.add(c);
            found.add(governmentName(kb, c));
            byCountry.add(governmentName(kb, c));
            return;
          }
        }
      }
      for (EntityMention m : orgs) {
        int f = firstWord(m);
        boolean media = isMedia(kb, m.canonical());
        if (f > s
            && f <= s + 6
            && !culpritAfter(m)
            && (!media || anyForm(words.get(s), REPORTING))) {
          claim(m, found);
          return;
        }
      }
      for (int k = Math.max(0, s - 3); k < Math.min(words.size(), s + 4); k++) {
        Word w = words.get(k);
        if (w.capitalised && k != s) {
          for (String f : w.forms) {
            String org = people.get(f);
            if (org != null) {
              found.add(org);
              return;
            }
          }
        }
      }
    }

    /**
     * "Russia dismissed the charges: its ambassador in Washington said …", "посол России в США
     * заявил": an ambassador speaks for the embassy the knowledge base knows, in place of the
     * government this sentence found.
     */
    private void byAmbassador(AttributionReader kb, Set<String> found) {
      for (int k = 0; k + 2 < words.size(); k++) {
        if (!anyForm(words.get(k), AMBASSADOR)) {
          continue;
        }
        // "посольство Росії в Норвегії": the sender's name between the noun and "in"
        EntityMention after = countryStartingAt(k + 1);
        int in = after != null && after.country().isPresent() ? lastWord(after) + 1 : k + 1;
        if (in + 1 >= words.size() || !isIn(in)) {
          continue;
        }
        EntityMention host = countryStartingAt(in + 1);
        if (host == null || host.country().isEmpty() || !saysWithin(lastWord(host) + 1, 5)) {
          continue; // "hacked the email of the U.S. ambassador to Beijing": spoken of, not speaking
        }
        Optional<String> sender = in > k + 1 ? after.country() : Optional.empty();
        EntityMention before = countryEndingAt(k - 1);
        if (sender.isEmpty() && before != null) {
          sender = before.country(); // "the Russian ambassador in …", "the Russian embassy in Oslo"
        }
        for (String c : found) {
          if (sender.isEmpty()) {
            sender = kb.countryGoverned(c);
          }
        }
        if (sender.isEmpty()) {
          continue;
        }
        Optional<String> embassy = kb.embassy(sender.get(), host.country().get());
        if (embassy.isPresent()) {
          Optional<String> government = kb.government(sender.get());
          government.ifPresent(found::remove);
          found.remove(governmentName(kb, host)); // the host country is where it speaks
          found.add(embassy.get());
          return;
        }
      }
    }

    /**
     * The foreign ministry of a foreign minister named in the six words before word {@code s}, with
     * the minister's country next to the title: before it ("Czech Foreign Minister", "британский
     * министр иностранных дел") or right after it ("Міністр закордонних справ Чехії").
     */
    private Optional<String> foreignMinisterBefore(AttributionReader kb, int s) {
      for (int k = Math.max(0, s - 6); k < s; k++) {
        int titleEnd = foreignMinisterTitle(k);
        if (titleEnd < 0 || titleEnd >= s) {
          continue;
        }
        EntityMention country = countryEndingAt(k - 1);
        if (country == null) {
          country = countryStartingAt(titleEnd + 1);
        }
        if (country != null && country.country().isPresent()) {
          claimantMentions.add(country);
          return kb.foreignMinistry(country.country().get());
        }
      }
      return Optional.empty();
    }

    private static final Set<String> MINISTER_WORDS = Set.of("minister", "secretary", "мид", "мзс");
    private static final Set<String> MINISTER_NOUNS = Set.of("міністр", "министр");
    private static final Set<String> FOREIGN_ADJECTIVES = Set.of("закордонний", "иностранный");
    private static final Set<String> AFFAIRS = Set.of("справа", "дело");

    /** The last word of a foreign minister's title starting at {@code k}, or -1. */
    private int foreignMinisterTitle(int k) {
      Word w = words.get(k);
      if (k + 1 < words.size()
          && (w.forms.contains("foreign") || w.forms.contains("глава"))
          && anyForm(words.get(k + 1), MINISTER_WORDS)) {
        return k + 1; // "Foreign Minister", "глава МИД"
      }
      if (k + 3 < words.size()
          && anyForm(w, MINISTER_NOUNS)
          && anyForm(words.get(k + 1), FOREIGN_ADJECTIVES)
          && anyForm(words.get(k + 2), AFFAIRS)) {
        return k + 2; // "міністр закордонних справ", "министр иностранных дел"
      }
      return -1;
    }

    /** Whether a verb of saying or denying stands in the {@code n} words from {@code k}. */
    private boolean saysWithin(int k, int n) {
      for (int j = k; j < k + n && j < words.size(); j++) {
        if (cue(j, Cue.SAY) || cue(j, Cue.DENY)) {
          return true;
        }
      }
      return false;
    }

    private EntityMention countryEndingAt(int k) {
      return countryAt(k, false);
    }

    private EntityMention countryStartingAt(int k) {
      return countryAt(k, true);
    }

    /** The country mention whose first (or last) word is word {@code k}, or null. */
    private EntityMention countryAt(int k, boolean first) {
      if (k < 0 || k >= words.size()) {
        return null;
      }
      for (EntityMention m : mentions) {
        if (m.type() == EntityType.COUNTRY && (first ? firstWord(m) : lastWord(m)) == k) {
          return m;
        }
      }
      return null;
    }

    /** Whether word {@code k} is "in" ("в", "у", "to"): a place or destination follows. */
    private boolean isIn(int k) {
      return k >= 0
          && k < words.size()
          && IN.contains(words.get(k).surface.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> STAND_BEHIND = Set.of("стояти", "стоять");
    private static final Set<String> AS_IF = Set.of("будто", "словно", "немов");

    private static final Set<String> REQUEST =
        Set.of("request", "requests", "запрос", "запит", "прохання", "просьба");

    /** Words that name a claim's source after them: "according to", "за даними", "по данным". */
    private static final Set<String> SOURCE_MARKERS =
        Set.of("according", "даними", "данным", "словами", "словам", "думку", "мнению");

    private static final Set<String> AMBASSADOR =
        Set.of("ambassador", "embassy", "посол", "посольство");
    private static final Set<String> IN = Set.of("in", "to", "в", "у");

    /** "северокорейской Lazarus Group": a country naming a group's origin does not speak. */
    private boolean qualifiesAGroup(EntityMention country) {
      int next = lastWord(country) + 1;
      for (EntityMention g : groups) {
        if (firstWord(g) == next) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> GOVERNMENT_NOUNS =
        Set.of(
            "administration",
            "government",
            "администрация",
            "правительство",
            "адміністрація",
            "уряд");

    /** The claimant a country mention speaks through: its government. */
    private static String governmentName(AttributionReader kb, EntityMention country) {
      return kb.government(country.country().orElseThrow())
          .orElse("Government of " + country.canonical());
    }

    private static boolean isMedia(AttributionReader kb, String organisation) {
      return kb.organisation(organisation).map(o -> o.kind().equals("media")).orElse(false);
    }

    /** "заявив агентству Reuters", "told Reuters": the one spoken to, not the speaker. */
    private boolean addressee(EntityMention m) {
      int f = firstWord(m);
      return cue(f - 1, Cue.SAY) || cue(f - 2, Cue.SAY) && !cue(f - 1, Cue.SAY);
    }

    /**
     * "ідеться, що ГРУ майже напевно було причетне": the organisation after the verb is accused.
     */
    private boolean culpritAfter(EntityMention m) {
      int l = lastWord(m);
      for (int k = l + 1; k <= l + 4 && k < words.size(); k++) {
        if (text.substring(words.get(k - 1).end, words.get(k).start).contains(",")
            || THAT.contains(words.get(k).surface.toLowerCase(java.util.Locale.ROOT))) {
          return false; // what follows is what it said: "СБУ, що атаку здійснили …"
        }
        if (cue(k, Cue.BACKING) || cue(k, Cue.ATTACK)) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> THAT = Set.of("that", "що", "что");

    /** Verbs by which a newspaper, named after them, is the source ("reports Reuters"). */
    private static final Set<String> REPORTING =
        Set.of(
            "reports",
            "reported",
            "writes",
            "wrote",
            "пише",
            "писати",
            "повідомляє",
            "повідомити",
            "повідомляти",
            "сообщает",
            "сообщить",
            "сообщать",
            "пишет",
            "писать");

    /** Countries coordinated before the claimants ("Лондон и Вашингтон обвинили") speak too. */
    private void coordinatedCountries(AttributionReader kb, Set<String> found) {
      EntityMention earliest = null;
      for (EntityMention m : claimantMentions) {
        if (earliest == null || m.start() < earliest.start()) {
          earliest = m;
        }
      }
      for (int i = mentions.size() - 1; i >= 0 && earliest != null; i--) {
        EntityMention m = mentions.get(i);
        if (m.end() <= earliest.start()
            && m.type() == EntityType.COUNTRY
            && m.country().isPresent()
            && coordinated(m, earliest)
            && !text.substring(m.end(), earliest.start()).isBlank()) {
          claimantMentions.add(m);
          String government = governmentName(kb, m);
          found.add(government);
          byCountry.add(government);
          earliest = m;
        }
      }
    }

    /** An organisation named as someone's backer ("hackers affiliated with China's MSS"). */
    private boolean backed(EntityMention m) {
      int f = firstWord(m);
      for (int k = Math.max(0, f - 3); k < f; k++) {
        // "affiliated with China's MSS", "пов'язують із російською військовою розвідкою"
        boolean linkedWith =
            k + 1 < words.size()
                && LINK_PREPOSITIONS.contains(
                    words.get(k + 1).surface.toLowerCase(java.util.Locale.ROOT));
        if (cue(k, Cue.BACKING)
            && (!cue(k, Cue.SAY) || linkedWith)
            && !clausePunctuation(words.get(k).end, m.start())) {
          return true; // not "behind the attack, FBI says": a comma ends what "behind" governs
        }
      }
      return false;
    }

    private boolean clausePunctuation(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == ',' || c == ';' || c == ':') {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> LINK_PREPOSITIONS =
        Set.of("with", "to", "з", "із", "зі", "с", "со");

    /** The country of the sentence's first claimant, if it has one. */
    Optional<String> claimantCountry(AttributionReader kb) {
      return claimants.isEmpty() ? Optional.empty() : kb.countryOf(claimants.get(0));
    }

    private void claim(EntityMention m, Set<String> found) {
      found.add(m.canonical());
      for (EntityMention same : mentions) {
        if (same.start() == m.start() && same.end() == m.end()) {
          claimantMentions.add(same);
        }
      }
    }

    private static final Set<String> JOINERS = Set.of("and", "the", "&", "і", "та", "и", "й", "а");

    /**
     * Whether only commas, "and" and articles stand between two mentions ("CISA, the NSA and the
     * FBI").
     */
    private boolean coordinated(EntityMention a, EntityMention b) {
      if (b.start() < a.end() || b.start() - a.end() > MAX_COORDINATION_GAP) {
        return false;
      }
      // "Агентство национальной безопасности США (АНБ), CERT Polska": abbreviations in brackets
      // and a country qualifying the next one ("CERT Polska и британский NCSC")
      StringBuilder gap = new StringBuilder(text.substring(a.end(), b.start()));
      for (EntityMention m : mentions) {
        if (m.type() == EntityType.COUNTRY && m.start() >= a.end() && m.end() <= b.start()) {
          for (int i = m.start(); i < m.end(); i++) {
            gap.setCharAt(i - a.end(), ' ');
          }
        }
      }
      String between = BRACKETS.matcher(BRACKETED.matcher(gap).replaceAll(" ")).replaceAll(" ");
      if (between.strip().length() > 12) {
        return false;
      }
      for (String piece : between.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
        if (!piece.isEmpty() && !JOINERS.contains(piece)) {
          return false;
        }
      }
      return true;
    }

    /**
     * "Norway's Police Security Service (PST)": the name in brackets says which body the words
     * before it are, so an organisation read inside those words as another body ("Security
     * Service", MI5) is read as the bracketed one.
     */
    private static List<EntityMention> withoutMisreadAppositions(
        String text, List<EntityMention> mentions) {
      List<EntityMention> out = null;
      for (int i = 0; i + 1 < mentions.size(); i++) {
        EntityMention a = mentions.get(i);
        EntityMention b = mentions.get(i + 1);
        if (a.type() == EntityType.ORGANIZATION
            && b.type() == EntityType.ORGANIZATION
            && !a.canonical().equals(b.canonical())
            && b.start() >= a.end()
            && text.substring(a.end(), b.start()).strip().equals("(")
            && b.end() < text.length()
            && text.charAt(b.end()) == ')'
            && b.end() - b.start() <= 8) {
          if (out == null) {
            out = new ArrayList<>(mentions);
          }
          out.set(
              out.indexOf(a),
              new EntityMention(
                  a.type(), b.canonical(), b.country(), a.start(), a.end(), a.text()));
        }
      }
      return out == null ? mentions : List.copyOf(out);
    }

    /** Longer than a country, a bracketed abbreviation and "and the" together. */
    private static final int MAX_COORDINATION_GAP = 100;

    private static final java.util.regex.Pattern BRACKETED =
        java.util.regex.Pattern.compile("\\([^()]{0,20}\\)");
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[()]");

    private boolean victimPosition(EntityMention m) {
      int f = firstWord(m);
      return cue(f - 1, Cue.TARGET) || cue(f - 2, Cue.TARGET) && !cue(f - 1, Cue.SAY);
    }

    private static final Set<String> STATE_BODIES =
        Set.of("government", "intelligence-service", "security-service", "ministry");

    private static final Set<String> SPY_AGENCIES =
        Set.of("intelligence-service", "security-service");

    /**
     * The states the sentence holds responsible. A denial names its accusers, not culprits, so it
     * has none of its own; a foreign intelligence service named outside the claimants in a sentence
     * of attack or attribution ("linked to the GRU") is a culprit.
     */
    private void findAccused(AttributionReader kb) {
      if (cues.contains(Cue.DENY)) {
        return;
      }
      EntityMention previousAccused = null;
      // a claimant does not accuse its own state: "Администрация президента США … назвала СВР
      // виновной во взломе американской компании"
      Set<String> own = claimantCountries(kb);
      for (EntityMention c : claimantMentions) {
        c.country().ifPresent(own::add);
      }
      for (EntityMention m : mentions) {
        boolean country = m.type() == EntityType.COUNTRY;
        if (m.country().isPresent() && own.contains(m.country().get())) {
          continue; // neither the claimant's country nor its state bodies
        }
        boolean stateBody =
            m.type() == EntityType.ORGANIZATION
                && !claimantMentions.contains(m)
                && kb.organisation(m.canonical())
                    .map(o -> STATE_BODIES.contains(o.kind()))
                    .orElse(false);
        if (!(country || stateBody)
            || m.country().isEmpty()
            || claimantMentions.contains(m)
            || country && beforeClaimant(m)) {
          continue;
        }
        boolean spies =
            stateBody
                && (say || attack)
                && kb.organisation(m.canonical())
                    .map(o -> SPY_AGENCIES.contains(o.kind()))
                    .orElse(false)
                && claimantMentions.stream().noneMatch(c -> c.country().equals(m.country()));
        if (spies || attackerRole(m, previousAccused)) {
          accused.add(m.country().get());
          accusing.add(m);
          previousAccused = m;
        }
      }
    }

    /** "hacked by", "carried out by", "backed by": the agent of an attack. */
    private boolean passiveBy(int k) {
      return words.get(k).forms.contains("by")
          && (cue(k - 1, Cue.ATTACK) || cue(k - 1, Cue.BACKING) || cue(k - 1, Cue.ATTACKER));
    }

    /**
     * "The United States backed Tirana": a backing word used as a verb whose object is a state
     * supports that state; it sponsors nobody's attack, so neither country is a culprit by it. A
     * state followed by an attacker word ("backed Chinese hackers") is the sponsor, as before.
     */
    private boolean backsAState(int k) {
      if (anyForm(words.get(k), STAND_BEHIND)) {
        return false; // "за атакою стоїть Росія": Russia stands behind it, the subject after the
        // verb
      }
      for (EntityMention o : mentions) {
        if (o.type() == EntityType.COUNTRY && firstWord(o) == k + 1) {
          int after = lastWord(o) + 1;
          return after >= words.size() || !(cue(after, Cue.ATTACKER) || cue(after, Cue.ATTACK));
        }
      }
      return false;
    }

    private boolean attackerRole(EntityMention m, EntityMention previousAccused) {
      int first = firstWord(m);
      int last = lastWord(m);
      for (int k = Math.max(0, first - 2); k < first; k++) {
        if (anyForm(words.get(k), REQUEST)) {
          return false; // "по запросу американских властей", "at the request of the US": it asked
        }
      }
      for (int k = Math.max(0, first - 5); k < first; k++) {
        if (anyForm(words.get(k), AS_IF)) {
          return false; // "представить дело так, будто за ней стоит Северная Корея": a false flag
        }
      }
      // "В Україні … збій", "кібератак проти України … вторгнення": a place or a target, no culprit
      boolean placed =
          first > 0 && (anyForm(words.get(first - 1), PLACE_WORDS) || cue(first - 1, Cue.TARGET));
      for (int k = last + 1; k <= last + 4 && k < words.size(); k++) {
        if (cue(k, Cue.VICTIM_NOUN) && !cue(k, Cue.ATTACKER)) {
          break;
        }
        // "UK and US accuse Russian military hackers": the hackers are the next country's
        if (cue(k, Cue.SAY) || typeAt(k, EntityType.COUNTRY)) {
          break;
        }
        if (cue(k, Cue.ATTACKER)
            && !describesVictim(k)
            && !(cue(k, Cue.BACKING) && backsAState(k))) {
          return true;
        }
        if (!placed
            && (cue(k, Cue.ATTACK) && !cue(k, Cue.TARGET) || cue(k, Cue.ATTACK) && k > last + 1)) {
          return true;
        }
      }
      for (int k = Math.max(0, first - 3); k < first; k++) {
        if (cue(k, Cue.BACKING) && !backsAState(k) || passiveBy(k)) {
          return true;
        }
      }
      for (int k = last + 1; k <= last + 3 && k < words.size(); k++) {
        if (cue(k, Cue.BACKING) && !cue(k, Cue.SAY) && !backsAState(k)) {
          return true;
        }
      }
      if (previousAccused != null && coordinated(previousAccused, m)) {
        return true;
      }
      return false;
    }

    /**
     * Whether the attacker word at {@code k} qualifies a victim noun after it ("литовські державні
     * та комерційні сайти", "state networks") rather than naming a culprit ("державні хакери").
     */
    private boolean describesVictim(int k) {
      for (int j = k + 1; j <= k + 3 && j < words.size(); j++) {
        if (cue(j, Cue.VICTIM_NOUN)) {
          return true;
        }
        if (cue(j, Cue.ATTACKER) || cue(j, Cue.ATTACK)) {
          return false;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- victims

    private static final Set<String> MALICIOUS = Set.of("malicious", "шкідливий", "вредоносный");

    private static final Set<String> NOT_NAMES =
        Set.of(
            "ddos",
            "the",
            "a",
            "an",
            "in",
            "on",
            "its",
            "it",
            "their",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");

    private static final Set<String> ARTICLES_AND_PLACES = Set.of("the", "a", "an", "on", "of");

    private static final Set<String> PLACE_WORDS =
        Set.of(
            "against",
            "on",
            "into",
            "in",
            "at",
            "targeting",
            "across",
            "throughout",
            "проти",
            "на",
            "в",
            "у",
            "против",
            "по");

    /**
     * The victims the sentence names. A country is a victim's when a target word or preposition of
     * place in an attack sentence stands before it ("against the Netherlands", "a facility in the
     * UK"), or a victim noun or sector follows it ("Dutch military network", "US power grids");
     * other countries that are neither accused nor claimants only lend their country to the
     * sentence's sectors when they are the only one.
     */
    List<Victim> victims(Optional<String> contextCountry, Map<String, String> sectorAdjectives) {
      if (cues.contains(Cue.DENY) || cues.contains(Cue.DISPUTE)) {
        return List.of();
      }
      Set<String> countries = new LinkedHashSet<>();
      Set<String> others = new LinkedHashSet<>();
      EntityMention lastVictim = null;
      for (EntityMention m : mentions) {
        if (m.type() == EntityType.COUNTRY
            && m.country().isPresent()
            && !accusing.contains(m)
            && !claimantMentions.contains(m)
            && !accused.contains(m.country().get())
            && !beforeClaimant(m)
            && !speakerSide(m)
            && !speakersPlace(m)
            && !qualifiesAnOrganisation(m)) {
          // "websites in Romania, Italy and Lithuania": the list shares the first one's role
          boolean victim = victimCountry(m) || lastVictim != null && coordinated(lastVictim, m);
          (victim ? countries : others).add(m.country().get());
          if (victim) {
            others.remove(m.country().get());
            lastVictim = m;
          }
        }
      }
      List<String> sectors = new ArrayList<>();
      for (EntityMention m : mentions) {
        if (m.type() == EntityType.SECTOR && !sectors.contains(m.canonical())) {
          int f = firstWord(m);
          int l = lastWord(m);
          boolean malicious = f > 0 && anyForm(words.get(f - 1), MALICIOUS);
          // "military intelligence", "told journalists": a word of the culprit or of the telling
          boolean notVictim =
              cue(l + 1, Cue.ATTACKER)
                  || cue(f - 1, Cue.SAY)
                  || cue(f - 2, Cue.SAY)
                  || culpritSector(m, l)
                  || ambiguousSector(m, f, l) && !anchored(m, f, l)
                  || namesAMinistry(f) && !MINISTRY_SECTORS.contains(m.canonical());
          if (!malicious && !notVictim) {
            sectors.add(m.canonical());
          }
        }
      }
      sharedNounSectors(sectorAdjectives, sectors);
      List<Named> names = victimNames();
      for (Named n : names) {
        n.country().ifPresent(c -> others.remove(c));
      }
      Optional<String> country =
          !countries.isEmpty()
              ? Optional.of(countries.iterator().next())
              : names.isEmpty() && sectors.isEmpty()
                  ? Optional.empty()
                  : others.size() == 1 ? Optional.of(others.iterator().next()) : contextCountry;
      List<Victim> out = new ArrayList<>();
      for (Named n : names) {
        out.add(
            new Victim(
                Optional.of(n.name()),
                n.country().or(() -> country),
                sectors.isEmpty() ? Optional.empty() : Optional.of(sectors.get(0))));
      }
      for (int i = names.isEmpty() ? 0 : 1; i < sectors.size(); i++) {
        out.add(new Victim(Optional.empty(), country, Optional.of(sectors.get(i))));
      }
      if (names.isEmpty()) {
        if (sectors.isEmpty()) {
          for (String c : countries) {
            out.add(new Victim(Optional.empty(), Optional.of(c), Optional.empty()));
          }
        } else {
          // "government websites in Romania, Italy and Lithuania": the sector in each country
          countries.stream()
              .skip(1)
              .forEach(
                  c ->
                      out.add(
                          new Victim(
                              Optional.empty(), Optional.of(c), Optional.of(sectors.get(0)))));
        }
      }
      if (!out.isEmpty()
          && !(attack
              || say
              || !names.isEmpty()
              || !accused.isEmpty()
              || !groups.isEmpty()
              || !malware.isEmpty())) {
        return List.of();
      }
      return out;
    }

    /**
     * "транспортные, энергетические и промышленные компании", "компанії оборонної, аерокосмічної та
     * логістичної галузей": adjectives listed with one generic noun before or after them each name
     * a sector, though only the one next to the noun forms a term.
     */
    private void sharedNounSectors(Map<String, String> sectorAdjectives, List<String> sectors) {
      for (int k = 0; k < words.size(); k++) {
        if (!anyForm(words.get(k), GENERIC_INDUSTRY_NOUNS)) {
          continue;
        }
        List<String> found = new ArrayList<>();
        // the adjectives before the noun, then those after it
        for (int step : new int[] {-1, 1}) {
          for (int j = k + step; j >= 0 && j < words.size(); j += step) {
            String sector = sectorOf(words.get(j), sectorAdjectives);
            if (sector != null) {
              found.add(sector);
            } else if (!anyForm(words.get(j), INNER_CONJUNCTIONS)) {
              break;
            }
          }
        }
        if (found.size() >= 2) {
          for (String sector : found) {
            if (!sectors.contains(sector)) {
              sectors.add(sector);
            }
          }
        }
      }
    }

    private static String sectorOf(Word w, Map<String, String> sectorAdjectives) {
      for (String f : w.formArray) {
        String sector = sectorAdjectives.get(f);
        if (sector != null) {
          return sector;
        }
      }
      return null;
    }

    /**
     * "Міністерства освіти і науки", "the Ministry of Health": a sector word governed by a noun for
     * a ministry is part of the ministry's name, a government body, not a sector of its own.
     * Foreign and defence ministries stay in their sectors: diplomacy and defence are the sectors
     * of foreign ministries and of the military. A comma ends the name ("министерств, банков").
     */
    private boolean namesAMinistry(int f) {
      for (int k = f - 1; k >= 0 && k >= f - 5; k--) {
        Word w = words.get(k);
        if (text.substring(w.end, words.get(k + 1).start).indexOf(',') >= 0) {
          return false;
        }
        if (anyForm(w, MINISTRY_NOUNS)) {
          return true;
        }
        if (!anyForm(w, NAME_LINKS) && !typeAt(k, EntityType.SECTOR)) {
          return false;
        }
      }
      return false;
    }

    private static final Set<String> MINISTRY_NOUNS =
        Set.of(
            "ministry",
            "ministries",
            "minister",
            "міністерство",
            "міністр",
            "министерство",
            "министр");
    private static final Set<String> MINISTRY_SECTORS = Set.of("diplomacy", "defense");
    private static final Set<String> NAME_LINKS =
        Set.of("of", "the", "for", "and", "і", "й", "та", "и");

    /**
     * Sectors whose words mostly mean something else in reports ("opposition research", "emerging
     * technology", "installation media", "diplomatic ties", "collective defence", "law enforcement
     * requests", "Russian military"): they count only when anchored to a victim (see {@link
     * #anchored}) or named by a word for the sector's people or posts ("soldiers", "артилеристи",
     * "the U.S. ambassador").
     */
    private static final Set<String> AMBIGUOUS_SECTORS =
        Set.of(
            "research",
            "technology",
            "media",
            "hospitality",
            "law-enforcement",
            "manufacturing",
            "defense",
            "diplomacy");

    private static final Set<String> SECTOR_PEOPLE =
        Set.of(
            "soldiers",
            "troops",
            "ambassador",
            "ambassadors",
            "військовослужбовець",
            "артилерист",
            "посол",
            "военнослужащий",
            "артиллерист");

    private boolean ambiguousSector(EntityMention m, int f, int l) {
      if (!AMBIGUOUS_SECTORS.contains(m.canonical())) {
        return false;
      }
      for (int k = f; k <= l && k < words.size(); k++) {
        if (anyForm(words.get(k), SECTOR_PEOPLE)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A sector word next to a victim noun ("research institutions", "military network",
     * "Міністерства оборони"), right after a target word, or in a list with another sector
     * ("communications, manufacturing, energy").
     */
    private boolean anchored(EntityMention m, int f, int l) {
      if (cue(l + 1, Cue.VICTIM_NOUN)
          || cue(l + 1, Cue.ORG_NOUN)
          || cue(f - 1, Cue.VICTIM_NOUN)
          || cue(f - 1, Cue.ORG_NOUN)
          || cue(f - 1, Cue.TARGET)
          || cue(f - 2, Cue.TARGET)) {
        return true;
      }
      for (EntityMention o : mentions) {
        if (o.type() == EntityType.SECTOR && o != m) {
          String between =
              o.start() >= m.end()
                  ? text.substring(m.end(), o.start())
                  : o.end() <= m.start() ? text.substring(o.end(), m.start()) : "x";
          String b = between.strip().toLowerCase(java.util.Locale.ROOT);
          if (b.equals(",") || CONJUNCTIONS.contains(b) || b.equals(", and")) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * "российские военные", "вооружённые силы России", "Russian military": a sector word naming the
     * culprit — itself an attacker word with no victim noun after it, or followed by an accused
     * country.
     */
    private boolean culpritSector(EntityMention m, int l) {
      if (cue(l, Cue.ATTACKER)
          && !cue(l, Cue.ORG_NOUN)
          && !cue(l + 1, Cue.VICTIM_NOUN)
          && (l + 1 >= words.size() || !typeAt(l + 1, EntityType.SECTOR))) {
        return true;
      }
      for (EntityMention c : mentions) {
        if (c.type() == EntityType.COUNTRY
            && firstWord(c) == l + 1
            && c.country().isPresent()
            && accused.contains(c.country().get())) {
          return true;
        }
      }
      return false;
    }

    /** "Officials in London said", "the Russian embassy in Oslo rejected": where the speaker is. */
    private boolean speakersPlace(EntityMention m) {
      return isIn(firstWord(m) - 1) && saysWithin(lastWord(m) + 1, 3);
    }

    /**
     * A country on the speaking side: "with partner agencies in Australia, Canada … assess",
     * "обвинения Великобритании и США" (the accusations of the UK and the US).
     */
    private boolean speakerSide(EntityMention m) {
      int f = firstWord(m);
      if (cue(f - 1, Cue.SAY) && !cue(f - 1, Cue.ATTACK)) {
        return true;
      }
      if (firstSay < 0 || f > firstSay || claimants.isEmpty()) {
        return false;
      }
      for (int k = Math.max(0, f - 3); k < f; k++) {
        if (anyForm(words.get(k), AGENCY_NOUNS)) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> AGENCY_NOUNS =
        Set.of(
            "agencies",
            "agency",
            "partners",
            "partner",
            "counterparts",
            "authorities",
            "відомство",
            "ведомство",
            "партнер");

    /**
     * "Словацька антивірусна компанія ESET", "the American firm iSIGHT Partners", "американського
     * інституту SANS": a country followed, within three words, by a noun for a kind of organisation
     * and a name is that organisation's country. It is a victim's only through the organisation,
     * whose name a victim carries with its country.
     */
    private boolean qualifiesAnOrganisation(EntityMention country) {
      int last = lastWord(country);
      for (int k = last + 1; k <= last + 3 && k + 1 < words.size(); k++) {
        if (cue(k, Cue.ORG_NOUN)) {
          Word name = words.get(k + 1);
          return name.capitalised
              || mentionAt(name) != null
              || name.start > 0 && text.charAt(name.start - 1) == '«';
        }
        if (words.get(k).capitalised || mentionAt(words.get(k)) != null) {
          return false;
        }
      }
      return false;
    }

    /** "Britain's National Cyber Security Centre": the country is the claimant's, not a victim. */
    private boolean beforeClaimant(EntityMention m) {
      for (EntityMention c : claimantMentions) {
        if (c.start() >= m.end() && c.start() - m.end() <= 3) {
          return true;
        }
        // "Словацька компанія ESET", "the Slovak firm ESET"
        int last = lastWord(m);
        if (c.start() >= m.end() && cue(last + 1, Cue.ORG_NOUN) && firstWord(c) == last + 2) {
          return true;
        }
      }
      return false;
    }

    private boolean victimCountry(EntityMention m) {
      int first = firstWord(m);
      int last = lastWord(m);
      for (int k = Math.max(0, first - 3); k < first; k++) {
        if (cue(k, Cue.TARGET)) {
          return true;
        }
      }
      if (attack || !accused.isEmpty() || !groups.isEmpty()) {
        for (int k = Math.max(0, first - 2); k < first; k++) {
          if (anyForm(words.get(k), PLACE_WORDS)) {
            return true;
          }
        }
      }
      for (int k = last + 1; k <= last + 3 && k < words.size(); k++) {
        if (cue(k, Cue.VICTIM_NOUN) || typeAt(k, EntityType.SECTOR)) {
          return true;
        }
      }
      return false;
    }

    /** Whether word {@code k} lies inside a mention of this type. */
    private boolean typeAt(int k, EntityType type) {
      Word w = words.get(k);
      for (EntityMention m : mentions) {
        if (m.type() == type && w.start >= m.start() && w.end <= m.end()) {
          return true;
        }
      }
      return false;
    }

    /** A victim organisation named in the sentence, with the country its description gives. */
    private record Named(String name, Optional<String> country) {}

    /**
     * The organisations the sentence names as victims: a capitalised name shortly after a target
     * word ("the main target is ASML"), or right after a noun for a kind of organisation in a
     * sentence about an attack ("датский судоходный гигант Maersk", "взлома компании SolarWinds"),
     * and the names listed with it ("AT&T, Verizon and Lumen"). A country just before the name
     * ("американская компания Merck", "оператора України «Київстар»") is that victim's country.
     */
    private List<Named> victimNames() {
      List<Named> out = new ArrayList<>();
      boolean attackSentence = attack || cues.contains(Cue.TARGET);
      for (int t = 0; t < words.size(); t++) {
        int window;
        if (cue(t, Cue.TARGET) && !sanctions(t)) {
          window = 4;
        } else if (anyForm(words.get(t), ATTACK_NOUNS)) {
          window = 2; // "взлома Sony Pictures", "атаку на «Київстар»"
        } else if (attackSentence
            && cue(t, Cue.VICTIM_NOUN)
            && !cue(t, Cue.ATTACKER)
            && language != Language.ENGLISH
            && !anyForm(words.get(t), NETWORK_NOUNS)
            && !securityFirm(t)
            && !partner(t)
            && !sanctions(t)) {
          window = 1; // "сайти Міністерства оборони", "клієнти ПриватБанку"
        } else if (attackSentence
            && cue(t, Cue.ORG_NOUN)
            && !securityFirm(t)
            && !partner(t)
            && !sanctions(t)) {
          window = 2;
        } else {
          continue;
        }
        int skipped = 0;
        for (int k = t + 1; k <= t + window && k < words.size(); k++) {
          Word w = words.get(k);
          if (w.forms.contains("of") && cue(k - 1, Cue.VICTIM_NOUN)) {
            window = k - t + 3; // "broke into the computer network of the Democratic National …"
          }
          if (!w.capitalised && ARTICLES_AND_PLACES.contains(w.surface) && skipped < 2) {
            skipped++;
            window++; // "the cyberattack on the Storting": small words do not use up the window
            continue;
          }
          EntityMention inside = mentionAt(w);
          if (inside != null && inside.type() == EntityType.COUNTRY && window == 2) {
            continue; // "оператора України «Київстар»"
          }
          if (!w.capitalised || NOT_NAMES.contains(w.surface.toLowerCase(java.util.Locale.ROOT))) {
            continue;
          }
          int end = addName(k, t, out);
          while (end >= 0 && listContinues(end)) {
            int next = end + 1;
            if (CONJUNCTIONS.contains(words.get(next).surface.toLowerCase(java.util.Locale.ROOT))) {
              next++;
            }
            end = next < words.size() && words.get(next).capitalised ? addName(next, t, out) : -1;
          }
          break;
        }
      }
      // "Стенфордський університет": a capitalised adjective naming the organisation with its noun
      for (int t = 1; t < words.size(); t++) {
        Word adjective = words.get(t - 1);
        if (attackSentence
            && cue(t, Cue.ORG_NOUN)
            && adjective.capitalised
            && t - 1 > 0
            && mentionAt(adjective) == null
            && isCyrillicAdjective(adjective.surface)) {
          String name = text.substring(adjective.start, words.get(t).end);
          if (out.stream().noneMatch(n -> n.name().equals(name))) {
            out.add(new Named(name, Optional.empty()));
          }
        }
      }
      return out;
    }

    /** Nouns of attack a victim's name follows directly, or after "on"/"на". */
    private static final Set<String> ATTACK_NOUNS =
        Set.of(
            "hack",
            "breach",
            "intrusion",
            "compromise",
            "attack",
            "cyberattack",
            "злам",
            "атака",
            "кібератака",
            "компрометація",
            "взлом",
            "кибератака",
            "компрометация");

    /** "мережу KA-SAT", "сеть Tor": a network's name is no organisation. */
    private static final Set<String> NETWORK_NOUNS = Set.of("мережа", "сеть", "система");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "и", "і", "й", "та");

    /** "sanctions against the company X": X is punished, not attacked. */
    private boolean sanctions(int t) {
      for (int k = Math.max(0, t - 2); k < t; k++) {
        if (anyForm(words.get(k), SANCTION_WORDS)) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> SANCTION_WORDS =
        Set.of("sanctions", "sanction", "санкція", "санкції", "санкция", "санкции");

    /** "у взаємодії з компаніями ESET та Microsoft", "with the company X": a partner. */
    private boolean partner(int t) {
      return t > 0 && WITH.contains(words.get(t - 1).surface.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> WITH = Set.of("with", "з", "із", "зі", "с", "со");

    private static boolean isCyrillicAdjective(String word) {
      String w = word.toLowerCase(java.util.Locale.ROOT);
      return w.length() > 5
          && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.CYRILLIC
          && (w.endsWith("ський")
              || w.endsWith("цький")
              || w.endsWith("ский")
              || w.endsWith("цкий"));
    }

    /** "cyber security company", "компания, специализирующаяся на информационной безопасности". */
    private boolean securityFirm(int t) {
      for (int k = Math.max(0, t - 2); k <= t + 4 && k < words.size(); k++) {
        if (anyForm(words.get(k), SECURITY_WORDS)) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> SECURITY_WORDS =
        Set.of(
            "security",
            "cybersecurity",
            "antivirus",
            "кібербезпека",
            "безпека",
            "антивірусний",
            "кибербезопасность",
            "безопасность",
            "антивирусный");

    private EntityMention mentionAt(Word w) {
      EntityMention inside = null;
      for (EntityMention m : mentions) {
        if (w.start >= m.start() && w.end <= m.end()) {
          inside = m;
        }
      }
      return inside;
    }

    /**
     * Adds the name starting at word {@code k} (a run of capitalised words, or the organisation the
     * knowledge base knows there), found from the trigger word {@code t}.
     *
     * @return the index of the name's last word, or -1 when no name starts there
     */
    private int addName(int k, int t, List<Named> out) {
      Word w = words.get(k);
      if (NOT_NAMES.contains(w.surface.toLowerCase(java.util.Locale.ROOT))) {
        return -1;
      }
      EntityMention inside = mentionAt(w);
      int institutionAt = institutionEnd(k);
      if (inside != null && inside.type() == EntityType.SECTOR && institutionAt > k) {
        inside = null; // "Міністерства освіти …": the sector word heads a body's name
      }
      if (inside != null) {
        if (inside.type() != EntityType.ORGANIZATION
            || claimantMentions.contains(inside)
            || accusing.contains(inside)) {
          return -1;
        }
        addNamed(inside.canonical(), countryBefore(k, t), out);
        return lastWord(inside);
      }
      if (w.surface.chars().anyMatch(Character::isDigit)) {
        return -1; // "T1485", "2016"
      }
      int j = k;
      while (j + 1 < words.size()
          && words.get(j + 1).capitalised
          && words.get(j + 1).start - words.get(j).end <= 1
          && inNameRun(words.get(j + 1))) {
        j++;
      }
      if (isCyrillicAdjective(words.get(j).surface) && cue(j + 1, Cue.ORG_NOUN)) {
        j++; // "Мерілендський університет"
      }
      boolean cyrillic =
          language != Language.ENGLISH
              && Character.UnicodeBlock.of(w.surface.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
      int institution = cyrillic ? institutionAt : -1;
      if (institution > j) {
        j = institution;
      }
      String name = text.substring(w.start, words.get(j).end);
      if (claimants.contains(name) || speaks(j)) {
        return -1;
      }
      if (institution >= 0) {
        // "Міністерства освіти і науки" → "Міністерство освіти і науки": the head in its dictionary
        // form, the words it governs as written
        String head = dictionaryForm(w);
        name = head + text.substring(w.end, words.get(j).end);
      } else if (j == k && cyrillic) {
        name = Lemmatizer.properName(w.surface, language).orElse(name); // "Ощадбанку" → "Ощадбанк"
      }
      addNamed(name, countryBefore(k, t), out);
      return j;
    }

    /**
     * The last word of an official body's name that starts at word {@code k} with a noun for a kind
     * of body, in Ukrainian and Russian written with only the first word capitalised ("Міністерства
     * закордонних справ", "Кабінету Міністрів", "Министерства финансов"): the name goes on over the
     * words the noun governs, up to a comma, a cue word, a preposition or five words; "і"/"и" joins
     * two governed words ("освіти і науки"), before a capitalised word it starts the next name.
     * Returns -1 when no such name starts at {@code k}.
     */
    private int institutionEnd(int k) {
      if (!anyForm(words.get(k), INSTITUTION_HEADS)) {
        return -1;
      }
      int j = k;
      while (j + 1 < words.size() && j - k < 5) {
        Word next = words.get(j + 1);
        String between = text.substring(words.get(j).end, next.start);
        if (!between.isBlank() || next.cues != 0 || mentionAt(next) != null && !inNameRun(next)) {
          break;
        }
        boolean joins = anyForm(next, INNER_CONJUNCTIONS);
        if (joins) {
          if (j + 2 >= words.size() || words.get(j + 2).capitalised || j + 1 - k >= 5) {
            break;
          }
        } else if (next.capitalised && mentionAt(next) != null // "… України": the country's
            || !isCyrillicWord(next.surface)
            || Lemmatizer.isFunctionWord(
                next.surface.toLowerCase(java.util.Locale.ROOT), language)) {
          break;
        }
        j++;
      }
      return j > k && !anyForm(words.get(j), INNER_CONJUNCTIONS) ? j : -1;
    }

    private String dictionaryForm(Word w) {
      for (String f : w.formArray) {
        if (INSTITUTION_HEADS.contains(f)) {
          return Character.toUpperCase(f.charAt(0)) + f.substring(1);
        }
      }
      return w.surface;
    }

    private static boolean isCyrillicWord(String word) {
      return Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    private static final Set<String> INSTITUTION_HEADS =
        Set.of(
            "міністерство",
            "кабінет",
            "служба",
            "інспекція",
            "комісія",
            "агентство",
            "департамент",
            "управління",
            "комітет",
            "фонд",
            "министерство",
            "кабинет",
            "инспекция",
            "комиссия",
            "управление",
            "комитет");
    private static final Set<String> INNER_CONJUNCTIONS = Set.of("і", "й", "и", "та");

    /** A word may go on a name unless it is part of another entity (a sector word may). */
    private boolean inNameRun(Word w) {
      EntityMention m = mentionAt(w);
      return m == null || m.type() == EntityType.SECTOR;
    }

    private static void addNamed(String name, Optional<String> country, List<Named> out) {
      if (out.stream().noneMatch(n -> n.name().equals(name))) {
        out.add(new Named(name, country));
      }
    }

    /** "компании Elliptic связали кражу с …": the name right before a verb of saying speaks. */
    private boolean speaks(int j) {
      return cue(j + 1, Cue.SAY) || cue(j + 1, Cue.BACKING) || cue(j + 1, Cue.DENY);
    }

    /** Whether a list goes on after word {@code end}: ", Verizon", "и «Роснефть»", "and Lumen". */
    private boolean listContinues(int end) {
      if (end + 1 >= words.size()) {
        return false;
      }
      String between = text.substring(words.get(end).end, words.get(end + 1).start).strip();
      Word next = words.get(end + 1);
      boolean conjunction =
          CONJUNCTIONS.contains(next.surface.toLowerCase(java.util.Locale.ROOT))
              && between.isEmpty();
      return (between.equals(",") && next.capitalised) || conjunction;
    }

    /** The country among the words from {@code t - 3} to the name at {@code k}, if one is there. */
    private Optional<String> countryBefore(int k, int t) {
      for (int i = k - 1; i >= Math.max(0, t - 3); i--) {
        EntityMention m = mentionAt(words.get(i));
        if (m != null
            && m.type() == EntityType.COUNTRY
            && m.country().isPresent()
            && !accused.contains(m.country().get())
            && !accusing.contains(m)
            && !claimantMentions.contains(m)) {
          return m.country();
        }
      }
      return Optional.empty();
    }

    // ---------------------------------------------------------------- dates

    /** The sentence's dates of activity: all of its dates except one stating when it was said. */
    List<String> activityDates() {
      List<String> out = new ArrayList<>();
      for (DateMention d : dates) {
        if (d.value().isPresent() && !isDisclosure(d)) {
          out.add(d.value().get());
        }
      }
      return out;
    }

    Optional<String> activityDate() {
      List<String> a = activityDates();
      return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    Optional<LocalDate> disclosureDay() {
      for (DateMention d : dates) {
        if (isDisclosure(d) && d.granularity() == Granularity.DAY && d.value().isPresent()) {
          return Optional.of(LocalDate.parse(d.value().get()));
        }
      }
      return Optional.empty();
    }

    /**
     * "Last April, AIVD said …": a date before the verb of saying, with no attack word before it,
     * dates the statement, not the activity.
     */
    private boolean isDisclosure(DateMention d) {
      if (firstSay < 0 || claimants.isEmpty()) {
        return false;
      }
      int sayAt = words.get(firstSay).start;
      if (d.end() > sayAt) {
        return false;
      }
      for (int k = 0; k < firstSay; k++) {
        if (cue(k, Cue.ATTACK)) {
          return false;
        }
      }
      return true;
    }

    // ---------------------------------------------------------------- claims

    List<Claim> claims(
        AttributionReader kb,
        List<Victim> victims,
        Optional<String> lastState,
        Optional<String> incidentState) {
      Stance stance = stance();
      Map<String, Optional<String>> targets = new LinkedHashMap<>();
      if (stance == Stance.DENIES) {
        for (String c : claimants) {
          kb.countryOf(c)
              .or(() -> governmentCountry(c))
              .ifPresent(cc -> targets.put("state:" + cc, Optional.of(cc)));
        }
      }
      for (EntityMention g : groups) {
        if (!victimPosition(g)) {
          Optional<String> state =
              g.country()
                  .or(
                      () ->
                          accused.size() == 1
                              ? Optional.of(accused.iterator().next())
                              : Optional.empty());
          targets.putIfAbsent("actor:" + g.canonical(), state);
        }
      }
      Set<String> covered = new HashSet<>();
      targets.values().forEach(v -> v.ifPresent(covered::add));
      for (String s : stance == Stance.DENIES && !targets.isEmpty() ? Set.<String>of() : accused) {
        if (!covered.contains(s)) {
          targets.put("state:" + s, Optional.of(s));
        }
      }
      if (targets.isEmpty()) {
        if (stance == Stance.DENIES && !claimants.isEmpty()) {
          for (String c : claimants) {
            kb.countryOf(c).ifPresent(cc -> targets.put("state:" + cc, Optional.of(cc)));
          }
        } else if (stance == Stance.DISPUTES && lastState.isPresent()) {
          targets.put("state:" + lastState.get(), lastState);
        } else if (say && attack && !claimants.isEmpty() && incidentState.isPresent()) {
          targets.put("state:" + incidentState.get(), incidentState);
        }
      }
      if (targets.isEmpty()) {
        return List.of();
      }
      if (stance == Stance.ATTRIBUTES && !(say || attack)) {
        return List.of();
      }
      List<Optional<String>> who = new ArrayList<>();
      if (claimants.isEmpty()) {
        if (stance == Stance.ATTRIBUTES && !attack) {
          return List.of();
        }
        who.add(Optional.empty());
      } else {
        claimants.forEach(c -> who.add(Optional.of(c)));
      }
      boolean hedged = cues.contains(Cue.HEDGE);
      String evidence = text.substring(span.sentenceStart(), span.sentenceEnd());
      List<Claim> out = new ArrayList<>();
      for (Optional<String> c : who) {
        Optional<Basis> basis = basis(kb, c);
        Optional<KnownEntity> speaker = c.flatMap(kb::organisation);
        Optional<String> own = c.flatMap(kb::countryOf);
        boolean stateBody = speaker.map(o -> STATE_BODIES.contains(o.kind())).orElse(false);
        for (Map.Entry<String, Optional<String>> t : targets.entrySet()) {
          Optional<String> actor =
              t.getKey().startsWith("actor:")
                  ? Optional.of(t.getKey().substring("actor:".length()))
                  : Optional.empty();
          boolean ownState = own.isPresent() && own.equals(t.getValue());
          // doubting an accusation against one's own state is denying it
          Stance said = stance == Stance.DISPUTES && ownState ? Stance.DENIES : stance;
          if (said == Stance.ATTRIBUTES && stateBody && ownState) {
            continue; // a state's own body does not attribute an attack to that state
          }
          out.add(
              new Claim(
                  said,
                  c,
                  actor,
                  t.getValue(),
                  hedged,
                  basis,
                  evidence,
                  span.sentenceStart(),
                  span.sentenceEnd(),
                  victims,
                  -1));
        }
      }
      return out;
    }

    private static final Set<String> DETERMINERS =
        Set.of(
            "a",
            "an",
            "the",
            "their",
            "its",
            "his",
            "her",
            "our",
            "separate",
            "annual",
            "new",
            "joint",
            "latest",
            "technical",
            "this",
            "that",
            "recent",
            "own");

    /**
     * A report word used as a noun ("in their report", "звіт"), not the verb of a newspaper
     * ("reports Reuters").
     */
    private boolean reportNoun() {
      for (int i = 0; i < words.size(); i++) {
        if (!cue(i, Cue.REPORT)) {
          continue;
        }
        Word w = words.get(i);
        boolean english = !w.surface.isEmpty() && w.surface.charAt(0) < 0x0400;
        boolean verbLike =
            w.forms.contains("reports")
                || w.forms.contains("report")
                || w.forms.contains("reported");
        if (!english || !verbLike || i > 0 && anyForm(words.get(i - 1), DETERMINERS)) {
          return true;
        }
      }
      return false;
    }

    /** The country a claimant stands for when it is a country speaking as itself. */
    private Optional<String> governmentCountry(String claimant) {
      for (EntityMention m : claimantMentions) {
        if (m.type() == EntityType.COUNTRY) {
          return m.country();
        }
      }
      return Optional.empty();
    }

    private Optional<Basis> basis(AttributionReader kb, Optional<String> claimant) {
      if (claimant.isEmpty()) {
        return Optional.empty();
      }
      if (cues.contains(Cue.INDICTMENT)) {
        return Optional.of(Basis.INDICTMENT);
      }
      String kind = kb.organisation(claimant.get()).map(KnownEntity::kind).orElse("government");
      switch (kind) {
        case "vendor":
          return Optional.of(Basis.VENDOR_ANALYSIS);
        case "media":
          return Optional.of(Basis.MEDIA);
        case "prosecutor":
          return Optional.of(Basis.INDICTMENT);
        default:
          break;
      }
      if (reportNoun()) {
        return Optional.of(Basis.TECHNICAL_REPORT);
      }
      return Optional.of(Basis.POLITICAL_STATEMENT);
    }
  }
}
