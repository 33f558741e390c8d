package dev.lantern.extract.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single-pass indicator scanner behind {@link IndicatorExtractor}.
 *
 * <h2>Design</h2>
 *
 * <p>One left-to-right pass over the chars of the input, no regular expressions, no backtracking.
 * The input is read in chunks of {@value #CHUNK} chars; a 64 KiB table ({@code KIND}) classifies
 * every BMP char as letter or digit (any script), <em>joiner</em> (the punctuation that occurs
 * inside indicators: {@code - _ . @ : + % * ~ / ? # & = $ !}) or <em>separator</em> (everything
 * else). Maximal stretches of letters, digits and joiners form a <em>run</em>.
 *
 * <p>Runs are not copied while they are read: the hot loop only counts them and keeps a few flag
 * bits (has a digit, has an {@code @}, has a dot, colon or {@code @} between two word chars), one
 * table load per char ({@code STEP}, indexed by the kinds of the previous and the current char).
 * Most runs are plain words and are dropped when they end, on a short path that is inlined into the
 * loop: it only checks whether the word is a context keyword ({@code AS}, {@code CVE}, {@code
 * version}, {@code imphash}…; the first char, remembered by the loop, rules out most words) and
 * reads the few chars it needs from the current chunk. A run is copied ("materialised") into a
 * fixed buffer, together with the span of original text each buffered char came from and whether it
 * came from a defang token, only when its flags make it a candidate, when it is long enough to be a
 * hash or address, or when a defang token ({@link Defang}) or an address bracket continues it
 * across a separator. From then on the run is appended refanged.
 *
 * <p>A candidate run is analysed inside the buffer only: first URLs ({@code scheme://} with a valid
 * authority), then words (split at {@code / ? # & = $ ! ~}), inside words e-mail addresses, IPv6
 * addresses, ASCII alphanumeric stretches (hashes, crypto addresses) and <em>pieces</em> (split
 * further at {@code _ @ : + * %XX}), which are classified by shape: IPv4 (and CIDR), CVE,
 * ATT&amp;CK ids, ASNs and finally domains, and URLs without a scheme. Strings are only created for
 * candidates that passed their shape checks (lower-casing copies once, and not at all when there is
 * nothing to lower); the public-suffix check ({@link PublicSuffixTable}) reads a name in place, in
 * any case, so a candidate that is no domain never becomes a string. Context that spans runs (the
 * keyword before a number) is one small state: the kind, start and end of the previous run.
 * Findings come out nearly in result order; they are sorted only when they are not.
 *
 * <h2>Bounds</h2>
 *
 * <p>Every char is appended to the buffer at most once and every buffered char is visited a
 * constant number of times by the analysis (each step moves forward or works inside a fixed-size
 * window), so time is linear in the input. The buffer holds at most {@link #MAX_RUN} chars: a
 * longer run (a base64 blob, a million dots) is skipped as a whole and yields nothing, so memory is
 * bounded too. Findings are at most a small constant per input char.
 *
 * <h2>Concurrency</h2>
 *
 * <p>An instance serves one call and is confined to the calling thread.
 */
final class Scanner {
  /** Longest run (in refanged chars) that is analysed; longer runs yield no findings. */
  static final int MAX_RUN = 4096;

  private static final byte SEPARATOR = 0;
  private static final byte WORD = 1;
  private static final byte JOINER = 2;
  private static final byte[] CLASS = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = WORD;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = WORD;
      CLASS[c - 32] = WORD;
    }
    for (char c : "-_.@:+%*~/?#&=$!".toCharArray()) {
      CLASS[c] = JOINER;
    }
  }

  /** Chars read from the input at a time. */
  private static final int CHUNK = 8192;

  // kinds of char for the hot loop, one byte per BMP char
  private static final byte K_SEPARATOR = 0;
  private static final byte K_LETTER = 1;
  private static final byte K_DIGIT = 2;
  private static final byte K_DOT = 3;
  private static final byte K_COLON = 4;
  private static final byte K_AT = 5;
  private static final byte K_JOINER = 6;
  private static final byte[] KIND = new byte[65536];

  private static final int F_DIGIT = 1;
  private static final int F_AT = 2;
  private static final int F_INNER_JOINER = 4;

  /** Any joiner ({@code - _ . @ : + % * ~ / ? # & = $ !}) in the run; no candidate by itself. */
  private static final int F_JOINER = 8;

  private static final int F_DOT = 16;
  private static final int F_COLON = 32;

  /** Flags that make a run a candidate for analysis. */
  private static final int F_CANDIDATE = F_DIGIT | F_AT | F_INNER_JOINER;

  /** Runs at least this long are analysed whatever their flags (hashes, crypto addresses). */
  private static final int MIN_LONG_RUN = 26;

  private static final int[] FLAG_OF_KIND = {
    0, 0, F_DIGIT, F_DOT | F_JOINER, F_COLON | F_JOINER, F_AT | F_JOINER, F_JOINER
  };

  /**
   * Flags a char of kind {@code k} adds after a char of kind {@code p}, at index {@code p << 3 |
   * k}: its own flag, plus {@link #F_INNER_JOINER} when a dot, colon or {@code @} precedes a letter
   * or digit. Replaces two branches per char in the hot loop with one table load.
   */
  private static final int[] STEP = new int[64];

  static {
    for (int p = K_SEPARATOR; p <= K_JOINER; p++) {
      for (int k = K_SEPARATOR; k <= K_JOINER; k++) {
        int f = FLAG_OF_KIND[k];
        if (p >= K_DOT && p <= K_AT && (k == K_LETTER || k == K_DIGIT)) {
          f |= F_INNER_JOINER;
        }
        STEP[p << 3 | k] = f;
      }
    }
  }

  static {
    for (int c = 0; c < 65536; c++) {
      if (c < 128) {
        KIND[c] =
            CLASS[c] == WORD
                ? (c >= '0' && c <= '9' ? K_DIGIT : K_LETTER)
                : CLASS[c] == JOINER
                    ? (c == '.' ? K_DOT : c == ':' ? K_COLON : c == '@' ? K_AT : K_JOINER)
                    : K_SEPARATOR;
      } else if (Character.isLetterOrDigit((char) c)) {
        KIND[c] = K_LETTER;
      }
    }
  }

  private static final int PREV_NONE = 0;
  private static final int PREV_AS = 1;
  private static final int PREV_ASN = 2;
  private static final int PREV_CVE = 3;
  private static final int PREV_VERSION = 4;
  private static final int PREV_IMPORT = 5;
  private static final int PREV_IMPHASH = 6;
  private static final int PREV_AUTHENTIHASH = 7;

  private final CharSequence text;
  private final int n;
  private final List<Indicator> out = new ArrayList<>();

  // the current run, refanged
  private final char[] buf;
  private final int[] from;
  private final int[] to;
  private final boolean[] fanged;
  private final boolean[] skip;
  private final boolean[] covered;
  private int len;
  private int runStart = -1;
  private int runLen;

  /** The first char of the current run, so plain words need not be read back from the text. */
  private char runFirst;

  // the chunk of input being read: runs that end in it are read back from it, not from the text
  private char[] chunk = new char[0];
  private int chunkBase;
  private int chunkLen;

  private boolean copyMode;
  private boolean runHasFang;
  private int flags;
  private byte lastKind = K_SEPARATOR;
  private boolean overflow;
  private boolean pendingFang;
  private boolean bracketOpen;
  private boolean hasDot;
  private boolean hasColon;
  private boolean hasAt;
  private boolean hasDigit;

  // the word before the current run
  private int prevKind = PREV_NONE;
  private int prevStart;
  private int prevEnd = -10;

  private final int[] groups = new int[8];

  Scanner(CharSequence text) {
    this.text = text;
    this.n = text.length();
    int cap = (int) Math.min(MAX_RUN, n + 1L);
    this.buf = new char[cap];
    this.from = new int[cap];
    this.to = new int[cap];
    this.fanged = new boolean[cap];
    this.skip = new boolean[cap];
    this.covered = new boolean[cap];
  }

  // ================================================================== the pass

  List<Indicator> scan() {
    final CharSequence t = text;
    final String str = t instanceof String x ? x : null;
    final byte[] kinds = KIND;
    // one char more than a chunk holds, for the separator after the last one (see below)
    final char[] chunk = new char[Math.min(CHUNK, Math.max(1, n)) + 1];
    this.chunk = chunk;
    int base = 0;
    while (base < n) {
      int cl = Math.min(chunk.length - 1, n - base);
      chunkBase = base;
      chunkLen = cl;
      if (str != null) {
        str.getChars(base, base + cl, chunk, 0);
      } else {
        for (int k = 0; k < cl; k++) {
          chunk[k] = t.charAt(base + k);
        }
      }
      // a separator after the chunk ends the run loop below without a bounds check per char
      chunk[cl] = ' ';
      int k = 0;
      while (k < cl) {
        char c = chunk[k];
        byte kind = kinds[c];
        if (kind != K_SEPARATOR) {
          if (runStart < 0) {
            runStart = base + k;
            runFirst = c;
          }
          if (copyMode) {
            flags |= STEP[lastKind << 3 | kind];
            lastKind = kind;
            append(c, base + k, base + k + 1, false);
            k++;
            continue;
          }
          // hot path: consume the run's chars with locals only
          final int[] step = STEP;
          int f = flags;
          byte lk = lastKind;
          int kk = k;
          do {
            f |= step[lk << 3 | kind];
            lk = kind;
            kind = kinds[chunk[++kk]];
          } while (kind != K_SEPARATOR); // at the latest at the sentinel, kk == cl
          runLen += kk - k;
          flags = f;
          lastKind = lk;
          k = kk;
          continue;
        }
        int i = base + k;
        int next =
            runStart >= 0 && mayContinueRun(c, k + 1 < cl ? chunk[k + 1] : nextChar(i))
                ? separator(c, i)
                : -1;
        if (next < 0) {
          if (runStart >= 0) {
            if (!copyMode
                && runLen < MIN_LONG_RUN
                && ((flags & F_CANDIDATE) == 0 || flags == F_DIGIT && isPlainNumberWord())) {
              endPlainWord();
            } else {
              endRun();
            }
          }
          next = i + 1;
        }
        k = next - base;
      }
      base += k;
    }
    endRun();
    if (!isSorted(out)) {
      out.sort(Scanner::compare);
    }
    return dedupe(out);
  }

  /** Result order: by start offset, longer first at the same start, then by type. */
  private static int compare(Indicator a, Indicator b) {
    if (a.start() != b.start()) {
      return a.start() < b.start() ? -1 : 1;
    }
    if (a.end() != b.end()) {
      return a.end() > b.end() ? -1 : 1;
    }
    return a.type().compareTo(b.type());
  }

  /** Whether the findings are already in result order, as they mostly are when emitted. */
  private static boolean isSorted(List<Indicator> list) {
    for (int k = 1; k < list.size(); k++) {
      if (compare(list.get(k - 1), list.get(k)) > 0) {
        return false;
      }
    }
    return true;
  }

  private char nextChar(int i) {
    return i + 1 < n ? text.charAt(i + 1) : 0;
  }

  /**
   * Cheap filter: whether separator {@code c}, followed by {@code next}, could continue the run.
   */
  private boolean mayContinueRun(char c, char next) {
    return switch (c) {
      case '[', '(', '{', '\\', ']' -> true;
      case ' ' ->
          next == 'd'
              || next == 'D'
              || next == 'A'
              || next == '['
              || next == '('
              || next == '{'
              || (lastKind == K_JOINER && Defang.isWord(next));
      default -> false;
    };
  }

  /**
   * A separator char at {@code i} inside a run: a defang token or bracket that continues the run
   * (returns the index after it), or the end of the run (returns -1).
   */
  private int separator(char c, int i) {
    char last = lastChar(1);
    int m = Defang.match(text, i, n, last);
    if (m != 0) {
      int end = i + (m >>> 8);
      materialize();
      appendDefang(m & 0xFF, i, end);
      flags |= F_INNER_JOINER;
      lastKind = K_LETTER;
      return end;
    }
    if (c == '[' && ((last == '/' && lastChar(2) == '/') || last == '@')) {
      materialize();
      bracketOpen = true; // "http://[2001:db8::1]/", "user@[192.0.2.1]"
      append(c, i, i + 1, false);
      return i + 1;
    }
    if (c == ']' && bracketOpen) {
      bracketOpen = false;
      append(c, i, i + 1, false);
      return i + 1;
    }
    if (c == ' '
        && last == '/'
        && lastChar(2) == '/'
        && lastChar(3) == ':'
        && i + 1 < n
        && Defang.isWord(text.charAt(i + 1))) {
      materialize();
      pendingFang = true; // "hxxp:// evil.com"
      return i + 1;
    }
    return -1;
  }

  /** The {@code back}-th last char of the current run (1 = last), or 0. */
  private char lastChar(int back) {
    if (copyMode) {
      return len >= back ? buf[len - back] : 0;
    }
    return runLen >= back ? textChar(runStart + runLen - back) : 0;
  }

  /** Copies the current run, so far without defang tokens, into the buffer. */
  private void materialize() {
    if (copyMode) {
      return;
    }
    copyMode = true;
    int count = Math.min(runLen, buf.length);
    if (text instanceof String str) {
      str.getChars(runStart, runStart + count, buf, 0);
    } else {
      for (int k = 0; k < count; k++) {
        buf[k] = text.charAt(runStart + k);
      }
    }
    for (int k = 0; k < count; k++) {
      from[k] = runStart + k;
      to[k] = runStart + k + 1;
      fanged[k] = false;
    }
    len = count;
    if (runLen > buf.length) {
      overflow = true;
    }
  }

  private static List<Indicator> dedupe(List<Indicator> sorted) {
    List<Indicator> result = new ArrayList<>(sorted.size());
    Indicator last = null;
    for (Indicator x : sorted) {
      if (last == null
          || last.start() != x.start()
          || last.end() != x.end()
          || last.type() != x.type()) {
        result.add(x);
      }
      last = x;
    }
    return result;
  }

  private void append(char c, int s, int e, boolean isFang) {
    if (len == buf.length) {
      overflow = true;
      return;
    }
    buf[len] = c;
    from[len] = s;
    to[len] = e;
    fanged[len] = isFang || pendingFang;
    runHasFang |= fanged[len];
    pendingFang = false;
    len++;
  }

  private void appendDefang(int code, int s, int e) {
    switch (code) {
      case Defang.DOT -> append('.', s, e, true);
      case Defang.AT -> append('@', s, e, true);
      case Defang.COLON -> append(':', s, e, true);
      case Defang.SLASH -> append('/', s, e, true);
      case Defang.SCHEME_SEPARATOR -> {
        append(':', s, e, true);
        append('/', s, e, true);
        append('/', s, e, true);
      }
      default -> absorbIntoLast(e);
    }
  }

  /** Makes the last buffered char's span reach {@code end}: a dropped defang char belongs to it. */
  private void absorbIntoLast(int end) {
    if (len == 0) {
      pendingFang = true;
      return;
    }
    to[len - 1] = end;
    fanged[len - 1] = true;
    runHasFang = true;
  }

  /**
   * Ends a run that was never copied and is no candidate: the common case, kept small so that it is
   * inlined into the pass. Equivalent to {@link #endRun} for such a run, which has touched none of
   * the copy-mode state.
   */
  private void endPlainWord() {
    if (!isDashRegion()) {
      // the first-char test is repeated here so most words skip the call (keyword is too big to
      // be inlined into the pass)
      prevKind = mayBeKeyword(runFirst, runLen, lastKind) ? keyword() : PREV_NONE;
      prevStart = runStart;
      prevEnd = runStart + runLen;
    }
    runStart = -1;
    runLen = 0;
    flags = 0;
    lastKind = K_SEPARATOR;
  }

  /**
   * Whether the current run, short, read in place and made only of letters and digits (at least one
   * ASCII digit: {@code 2024}, {@code APT28}, {@code Win10}), can yield nothing. Without a joiner
   * such a word is no address, name, URL or CVE; what is left are ATT&amp;CK ids ({@code T1190},
   * {@code TA0001}, {@code M1037}, {@code G0007}, {@code S0002}), ASNs ({@code AS15169}, or the
   * number after {@code AS} or {@code ASN}) and hashes and crypto addresses (26 chars or more,
   * never asked here). Numbers are the most frequent candidate in news text; this keeps them off
   * the copying path.
   */
  private boolean isPlainNumberWord() {
    char c = runFirst;
    return c != 'T'
        && c != 't'
        && c != 'M'
        && c != 'G'
        && c != 'S'
        && c != 'A'
        && c != 'a'
        && prevKind != PREV_AS
        && prevKind != PREV_ASN;
  }

  private void endRun() {
    if (runStart < 0) {
      return;
    }
    boolean interesting = copyMode || (flags & F_CANDIDATE) != 0 || runLen >= MIN_LONG_RUN;
    if (interesting) {
      materialize();
    }
    if (copyMode && len > 0) {
      hasDigit = (flags & F_DIGIT) != 0;
      if (runHasFang) {
        // defang tokens append dots, colons and at signs the flags did not see
        hasAt = false;
        hasDot = false;
        hasColon = false;
        for (int k = 0; k < len; k++) {
          char c = buf[k];
          hasAt |= c == '@';
          hasDot |= c == '.';
          hasColon |= c == ':';
        }
      } else {
        hasAt = (flags & F_AT) != 0;
        hasDot = (flags & F_DOT) != 0;
        hasColon = (flags & F_COLON) != 0;
      }
      if (!overflow && interesting) {
        analyseRun();
      }
      if (!isDash()) {
        prevKind = overflow ? PREV_NONE : keyword();
        prevStart = from[0];
        prevEnd = to[len - 1];
      }
    } else if (!isDashRegion()) {
      // a plain word, read in place: only its keyword kind matters
      prevKind = mayBeKeyword(runFirst, runLen, lastKind) ? keyword() : PREV_NONE;
      prevStart = runStart;
      prevEnd = runStart + runLen;
    }
    runStart = -1;
    runLen = 0;
    copyMode = false;
    runHasFang = false;
    flags = 0;
    lastKind = K_SEPARATOR;
    len = 0;
    overflow = false;
    pendingFang = false;
    bracketOpen = false;
  }

  private boolean isDashRegion() {
    if (runLen > 3 || (runFirst != '-' && runFirst != ':' && runFirst != '=')) {
      return false;
    }
    for (int k = runStart; k < runStart + runLen; k++) {
      char c = textChar(k);
      if (c != '-' && c != ':' && c != '=') {
        return false;
      }
    }
    return true;
  }

  /**
   * A run of dashes, colons or equals signs: "imphash - 18dd…" keeps "imphash" as previous word.
   */
  private boolean isDash() {
    for (int k = 0; k < len; k++) {
      if (buf[k] != '-' && buf[k] != ':' && buf[k] != '=') {
        return false;
      }
    }
    return true;
  }

  /** The {@code k}-th char of the current run, whether it was copied or is read in place. */
  private char runChar(int k) {
    return copyMode ? buf[k] : textChar(runStart + k);
  }

  /** The char at offset {@code i} of the text, from the current chunk when it holds it. */
  private char textChar(int i) {
    int p = i - chunkBase;
    return p >= 0 && p < chunkLen ? chunk[p] : text.charAt(i);
  }

  /** Offset in the text of the current run's first char. */
  private int runOffset() {
    return copyMode ? from[0] : runStart;
  }

  private int keyword() {
    int l = copyMode ? len : runLen;
    if (l == 0) {
      return PREV_NONE;
    }
    // the first char rules out most words before any other work (a run of colons fails it too)
    char first = copyMode ? buf[0] : runFirst;
    if (!mayStartKeyword(first)) {
      return PREV_NONE;
    }
    while (l > 0 && runChar(l - 1) == ':') {
      l--;
    }
    if (l > 12 || l == 0 || (l > 7 && l < 12)) {
      return PREV_NONE;
    }
    // by length, then by the lower-cased first char (first is runChar(0)): at most one or two
    // keywords are left to compare; no two keywords share both length and first letter except
    // the Cyrillic version words
    char f = PublicSuffixTable.lowerChar(first);
    switch (l) {
      case 1:
        return f == 'v' ? PREV_VERSION : PREV_NONE;
      case 2:
        return first == 'A' && runChar(1) == 'S' ? PREV_AS : PREV_NONE;
      case 3:
        if (f == 'a') {
          return bufIs(l, "asn") ? PREV_ASN : PREV_NONE;
        }
        if (f == 'c') {
          return bufIs(l, "cve") ? PREV_CVE : PREV_NONE;
        }
        return f == 'v' && bufIs(l, "ver") ? PREV_VERSION : PREV_NONE;
      case 4:
        return f == 'h' && bufIs(l, "hash") && previousIs(PREV_IMPORT) ? PREV_IMPHASH : PREV_NONE;
      case 5:
        return f == 'b' && bufIs(l, "build") ? PREV_VERSION : PREV_NONE;
      case 6:
        if (f == 'i') {
          return bufIs(l, "import") ? PREV_IMPORT : PREV_NONE;
        }
        if (f == 'в') {
          for (String w : CYRILLIC_VERSION_WORDS) {
            if (bufIs(l, w)) {
              return PREV_VERSION;
            }
          }
        }
        return PREV_NONE;
      case 7:
        if (f == 'v') {
          return bufIs(l, "version") ? PREV_VERSION : PREV_NONE;
        }
        return f == 'i' && bufIs(l, "imphash") ? PREV_IMPHASH : PREV_NONE;
      case 12:
        return f == 'a' && bufIs(l, "authentihash") ? PREV_AUTHENTIHASH : PREV_NONE;
      default:
        return PREV_NONE;
    }
  }

  /**
   * Cheap filter for a plain word of {@code length} chars starting with {@code first} and ending in
   * a char of kind {@code last}: whether it can be a keyword. Most words fail on one table load (a
   * keyword of that first letter and length exists), which keeps the branch well predicted; a word
   * ending in colons ({@code "version:"}) is left to {@link #keyword}, which strips them.
   */
  private static boolean mayBeKeyword(char first, int length, byte last) {
    if (last == K_COLON) {
      return length <= 13 && mayStartKeyword(first);
    }
    return first < KEYWORD_LENGTHS.length && (KEYWORD_LENGTHS[first] >>> length & 1) != 0;
  }

  /** Whether a keyword can start with {@code first} (either case). */
  private static boolean mayStartKeyword(char first) {
    return first < KEYWORD_LENGTHS.length && KEYWORD_LENGTHS[first] != 0;
  }

  /**
   * The six-letter version words; with {@code version}, {@code ver}, {@code v} and {@code build}
   * (checked by length in {@link #keyword}) they are the words that mark a version number.
   */
  private static final String[] CYRILLIC_VERSION_WORDS = {"версія", "версия", "версії", "версии"};

  /**
   * Bit {@code l} of entry {@code c} is set when a keyword of {@code l} chars starts with {@code c}
   * (either case); covers ASCII and the Cyrillic block. Only {@code length < 32} is asked for
   * (plain words are shorter than {@link #MIN_LONG_RUN}).
   */
  private static final int[] KEYWORD_LENGTHS = new int[0x500];

  static {
    String[] keywords = {
      "v",
      "as",
      "asn",
      "cve",
      "ver",
      "hash",
      "build",
      "import",
      "version",
      "imphash",
      "authentihash"
    };
    List<String> all = new ArrayList<>(List.of(keywords));
    all.addAll(List.of(CYRILLIC_VERSION_WORDS));
    for (String w : all) {
      char lower = w.charAt(0);
      char upper = Character.toUpperCase(lower);
      KEYWORD_LENGTHS[lower] |= 1 << w.length();
      KEYWORD_LENGTHS[upper] |= 1 << w.length();
    }
  }

  private boolean bufIs(int l, String word) {
    if (l != word.length()) {
      return false;
    }
    for (int k = 0; k < l; k++) {
      if (PublicSuffixTable.lowerChar(runChar(k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the previous run is the given keyword, one space before the current run. */
  private boolean previousIs(int kind) {
    if (prevKind != kind) {
      return false;
    }
    int here = runOffset();
    int gap = here - prevEnd;
    if (kind == PREV_VERSION || kind == PREV_IMPHASH || kind == PREV_AUTHENTIHASH) {
      if (gap < 1 || gap > 8) {
        return false;
      }
      for (int k = prevEnd; k < here; k++) {
        char c = text.charAt(k);
        if (c != ' ' && c != '\t' && c != ':' && c != '\n' && c != '\r' && c != '-' && c != '=') {
          return false;
        }
      }
      return true;
    }
    return gap == 1 && text.charAt(prevEnd) == ' ';
  }

  // ================================================================== run analysis

  private void analyseRun() {
    if (!hasDot && !hasColon && !hasAt && !hasDigit && len < 26) {
      return; // a plain word
    }
    Arrays.fill(skip, 0, len, false);
    Arrays.fill(covered, 0, len, false);
    if (hasColon && len >= 7) {
      int urlEnd = -1;
      int p = 0;
      while (p + 2 < len) {
        if (buf[p] == ':' && buf[p + 1] == '/' && buf[p + 2] == '/') {
          int[] result = url(p, p < urlEnd);
          if (result[1] > urlEnd) {
            urlEnd = result[1];
          }
          p = Math.max(result[0], p + 3);
        } else {
          p++;
        }
      }
    }
    int i = 0;
    while (i < len) {
      if (skip[i] || !isWordChar(buf[i])) {
        i++;
        continue;
      }
      int ws = i;
      while (i < len && !skip[i] && isWordChar(buf[i])) {
        i++;
      }
      word(ws, i);
    }
  }

  /** Chars that stay inside a word: letters, digits and {@code - _ . @ : + % *}. */
  private static boolean isWordChar(char c) {
    return c < 128 ? WORD_CHAR[c] : Character.isLetterOrDigit(c);
  }

  private static final boolean[] WORD_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD_CHAR[c] = CLASS[c] == WORD || "-_.@:+%*".indexOf(c) >= 0;
    }
  }

  // ------------------------------------------------------------------ URLs

  /**
   * Parses a URL whose {@code ://} is at {@code p}. Emits the URL (unless nested in the path of
   * another URL) and its host.
   *
   * @return {index to continue searching from, end of the URL or -1}
   */
  private int[] url(int p, boolean nested) {
    int s = p;
    while (s > 0 && s > p - 12 && isSchemeChar(buf[s - 1])) {
      s--;
    }
    String scheme = null;
    boolean obfuscated = false;
    int schemeStart = -1;
    for (int k = s; k < p && scheme == null; k++) {
      scheme = Schemes.plain(buf, k, p);
      if (scheme == null) {
        scheme = Schemes.obfuscated(buf, k, p);
        obfuscated = scheme != null;
      }
      schemeStart = k;
    }
    int a = p + 3;
    if (scheme == null || a >= len) {
      return new int[] {p + 3, -1};
    }
    int end = urlEnd(a);
    int hostStart;
    int hostEnd;
    int authEnd;
    String host;
    IndicatorType hostType;
    boolean unbracketedV6 = false;
    boolean bracketed = buf[a] == '[';
    Optional<String> reason = Optional.empty();
    if (buf[a] == '[') {
      int close = a + 1;
      while (close < end && buf[close] != ']') {
        close++;
      }
      if (close >= end || !IpAddresses.parseV6(buf, a + 1, close, groups)) {
        return new int[] {p + 3, -1};
      }
      hostStart = a + 1;
      hostEnd = close;
      host = IpAddresses.formatV6(groups);
      hostType = IndicatorType.IPV6;
      reason = IpAddresses.specialV6(groups);
      authEnd = close + 1;
      if (authEnd < end && buf[authEnd] == ':') {
        authEnd = portEnd(authEnd, end);
        if (authEnd < 0) {
          return new int[] {p + 3, -1};
        }
      }
      if (authEnd < end && buf[authEnd] != '/' && buf[authEnd] != '?' && buf[authEnd] != '#') {
        return new int[] {p + 3, -1};
      }
    } else {
      authEnd = a;
      while (authEnd < end && buf[authEnd] != '/' && buf[authEnd] != '?' && buf[authEnd] != '#') {
        authEnd++;
      }
      hostStart = a;
      for (int k = authEnd - 1; k >= a; k--) {
        if (buf[k] == '@') {
          hostStart = k + 1;
          break;
        }
      }
      hostEnd = hostStart;
      int colons = 0;
      while (hostEnd < authEnd) {
        colons += buf[hostEnd] == ':' ? 1 : 0;
        hostEnd++;
      }
      if (colons >= 2 && IpAddresses.parseV6(buf, hostStart, authEnd, groups)) {
        unbracketedV6 = true; // "http://fdc4::1" (not RFC 3986, but seen in reports)
      } else {
        hostEnd = hostStart;
        while (hostEnd < authEnd && buf[hostEnd] != ':') {
          hostEnd++;
        }
        if (hostEnd < authEnd && portEnd(hostEnd, authEnd) != authEnd) {
          return new int[] {p + 3, -1};
        }
      }
      while (hostEnd > hostStart && buf[hostEnd - 1] == '.') {
        hostEnd--;
      }
      long v4 = unbracketedV6 ? IpAddresses.NOT_V4 : IpAddresses.parseV4(buf, hostStart, hostEnd);
      if (unbracketedV6) {
        host = IpAddresses.formatV6(groups);
        hostType = IndicatorType.IPV6;
        reason = IpAddresses.specialV6(groups);
      } else if (v4 != IpAddresses.NOT_V4) {
        host = IpAddresses.formatV4(v4);
        hostType = IndicatorType.IPV4;
        reason = IpAddresses.specialV4(v4);
      } else if (isHostName(hostStart, hostEnd)) {
        host = lower(hostStart, hostEnd);
        hostType =
            DomainNames.isNameUnderPublicSuffix(buf, hostStart, hostEnd)
                ? IndicatorType.DOMAIN
                : null;
      } else {
        return new int[] {p + 3, -1};
      }
    }
    for (int k = schemeStart; k < authEnd; k++) {
      skip[k] = true;
    }
    for (int k = schemeStart; k < end; k++) {
      covered[k] = true;
    }
    if (!nested) {
      StringBuilder v = new StringBuilder(end - schemeStart + 8);
      v.append(scheme).append("://");
      v.append(buf, a, (bracketed ? hostStart - 1 : hostStart) - a);
      v.append(hostType == IndicatorType.IPV6 ? "[" + host + "]" : host);
      int rest = bracketed ? hostEnd + 1 : hostEnd;
      if (hostType != IndicatorType.IPV6) {
        // skip dots trimmed from the end of the host name
        while (rest < authEnd && buf[rest] == '.') {
          rest++;
        }
      }
      v.append(buf, rest, end - rest);
      emit(IndicatorType.URL, v.toString(), schemeStart, end, obfuscated, reason);
    }
    if (hostType != null) {
      emit(hostType, host, hostStart, hostEnd, false, reason);
    }
    return new int[] {authEnd, end};
  }

  /** End of a URL whose authority starts at {@code a}: the run end less trailing punctuation. */
  private int urlEnd(int a) {
    int end = len;
    while (end > a && isTrailingPunctuation(buf[end - 1]) && !fanged[end - 1]) {
      end--;
    }
    return end;
  }

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '*';
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == '.' || c == ':' || c == '!' || c == '?' || c == '*' || c == '~' || c == '&';
  }

  /** End of a {@code :port} starting at the colon {@code c}, or -1 when it is not one. */
  private int portEnd(int c, int limit) {
    int k = c + 1;
    int v = 0;
    while (k < limit && k - c <= 5 && buf[k] >= '0' && buf[k] <= '9') {
      v = v * 10 + (buf[k] - '0');
      k++;
    }
    if (k == c + 1 || v > 65535 || (k < limit && buf[k] >= '0' && buf[k] <= '9')) {
      return -1;
    }
    return k;
  }

  /** Syntactically valid host name: two or more LDH labels, alphabetic top-level label. */
  private boolean isHostName(int s, int e) {
    if (e - s < 3 || e - s > 253) {
      return false;
    }
    int labels = 0;
    int ls = s;
    for (int k = s; k <= e; k++) {
      if (k == e || buf[k] == '.') {
        int ll = k - ls;
        if (ll == 0 || ll > 63 || buf[ls] == '-' || buf[k - 1] == '-') {
          return false;
        }
        labels++;
        if (k == e && !isTopLevelLabel(ls, e)) {
          return false;
        }
        ls = k + 1;
      } else if (!DomainNames.isLabelChar(buf[k])) {
        return false;
      }
    }
    return labels >= 2;
  }

  private boolean isTopLevelLabel(int s, int e) {
    if (e - s < 2) {
      return false;
    }
    if (e - s > 4 && (buf[s] == 'x' || buf[s] == 'X') && buf[s + 2] == '-' && buf[s + 3] == '-') {
      return true; // punycode
    }
    for (int k = s; k < e; k++) {
      if (!Character.isLetter(buf[k])) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ words

  private void word(int ws, int we) {
    // nothing alphanumerics looks for is shorter (26 chars, the shortest address); a hash or
    // address that is the whole word holds nothing else
    if (we - ws >= MIN_LONG_RUN && alphanumerics(ws, we)) {
      return;
    }
    if (hasAt) {
      for (int q = ws; q < we; q++) {
        if (buf[q] == '@') {
          email(ws, q, we);
        }
      }
    }
    if (hasColon) {
      ipv6(ws, we);
    }
    int i = ws;
    while (i < we) {
      if (skip[i] || !DomainNames.isLabelChar(buf[i]) && buf[i] != '.') {
        i += isPercentEscape(i, we) ? 3 : 1;
        continue;
      }
      int ps = i;
      while (i < we && !skip[i] && (DomainNames.isLabelChar(buf[i]) || buf[i] == '.')) {
        i++;
      }
      piece(ps, i, ws);
    }
  }

  private boolean isPercentEscape(int i, int we) {
    return buf[i] == '%' && i + 2 < we && hexValue(buf[i + 1]) >= 0 && hexValue(buf[i + 2]) >= 0;
  }

  private static int hexValue(char c) {
    return c < 128 ? HEX_VALUE[c] : -1;
  }

  /** Value of each ASCII hex digit, -1 for other ASCII chars. */
  private static final byte[] HEX_VALUE = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      HEX_VALUE[c] = (byte) Character.digit(c, 16);
    }
  }

  private static boolean isAsciiAlnum(char c) {
    return c < 128 && CLASS[c] == WORD;
  }

  /**
   * Hashes and cryptocurrency addresses: maximal ASCII alphanumeric stretches of exact shapes.
   *
   * @return whether one finding spans the whole word (nothing else can be found in it then)
   */
  private boolean alphanumerics(int ws, int we) {
    int found = out.size();
    int i = ws;
    while (i < we) {
      if (!isAsciiAlnum(buf[i])) {
        i++;
        continue;
      }
      int s = i;
      boolean hex = true;
      while (i < we && isAsciiAlnum(buf[i])) {
        hex &= hexValue(buf[i]) >= 0;
        i++;
      }
      int l = i - s;
      if (l < 26) {
        continue;
      }
      if (hex && (l == 32 || l == 40 || l == 64 || l == 128)) {
        boolean atStart = s == 0;
        IndicatorType type =
            switch (l) {
              case 32 ->
                  (atStart && previousIs(PREV_IMPHASH)) || labelledBy("imphash", s)
                      ? IndicatorType.IMPHASH
                      : IndicatorType.MD5;
              case 40 -> IndicatorType.SHA1;
              case 64 ->
                  (atStart && previousIs(PREV_AUTHENTIHASH)) || labelledBy("authentihash", s)
                      ? IndicatorType.AUTHENTIHASH
                      : IndicatorType.SHA256;
              default -> IndicatorType.SHA512;
            };
        emit(type, lower(s, i), s, i, false, Optional.empty());
      } else if (l == 42
          && buf[s] == '0'
          && (buf[s + 1] == 'x' || buf[s + 1] == 'X')
          && allHex(s + 2, i)) {
        emit(IndicatorType.ETH, lower(s, i), s, i, false, Optional.empty());
      } else if (CryptoAddresses.isBitcoinBase58(buf, s, i)) {
        emit(IndicatorType.BTC, new String(buf, s, l), s, i, false, Optional.empty());
      } else if (CryptoAddresses.isBitcoinBech32(buf, s, i)) {
        emit(IndicatorType.BTC, lower(s, i), s, i, false, Optional.empty());
      } else if (CryptoAddresses.isMonero(buf, s, i)) {
        emit(IndicatorType.XMR, new String(buf, s, l), s, i, false, Optional.empty());
      }
      if (s == ws && i == we) {
        return found < out.size(); // the stretch is the whole word
      }
    }
    return false;
  }

  /** Whether the run starts with {@code label} and one of {@code - : =} right before {@code s}. */
  private boolean labelledBy(String label, int s) {
    if (s != label.length() + 1 || "-:=".indexOf(buf[s - 1]) < 0) {
      return false;
    }
    for (int k = 0; k < label.length(); k++) {
      if (Character.toLowerCase(buf[k]) != label.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean allHex(int s, int e) {
    for (int k = s; k < e; k++) {
      if (hexValue(buf[k]) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalChar(char c) {
    if (c < 128) {
      return CLASS[c] == WORD
          || c == '.'
          || c == '_'
          || c == '%'
          || c == '+'
          || c == '-'
          || c == '*'
          || c == '\'';
    }
    return Character.isLetterOrDigit(c);
  }

  private void email(int ws, int q, int we) {
    int j = q;
    while (j > ws && isLocalChar(buf[j - 1])) {
      j--;
    }
    while (j < q && buf[j] == '.') {
      j++;
    }
    if (j == q || q - j > 64 || buf[q - 1] == '.') {
      return;
    }
    for (int k = j + 1; k < q; k++) {
      if (buf[k] == '.' && buf[k - 1] == '.') {
        return;
      }
    }
    if (q + 1 == we && q + 1 < len && buf[q + 1] == '[') {
      int close = q + 2;
      while (close < len && close < q + 19 && buf[close] != ']') {
        close++;
      }
      long literal = close < len ? IpAddresses.parseV4(buf, q + 2, close) : IpAddresses.NOT_V4;
      if (literal != IpAddresses.NOT_V4) {
        emit(
            IndicatorType.EMAIL,
            lower(j, q) + "@[" + IpAddresses.formatV4(literal) + "]",
            j,
            close + 1,
            false,
            IpAddresses.specialV4(literal));
      }
      return;
    }
    int k = q + 1;
    while (k < we && (DomainNames.isLabelChar(buf[k]) || buf[k] == '.')) {
      k++;
    }
    while (k > q + 1 && (buf[k - 1] == '.' || buf[k - 1] == '-')) {
      k--;
    }
    if (k == q + 1) {
      return;
    }
    long v4 = IpAddresses.parseV4(buf, q + 1, k);
    String domain;
    Optional<String> reason = Optional.empty();
    if (v4 != IpAddresses.NOT_V4) {
      domain = IpAddresses.formatV4(v4);
      reason = IpAddresses.specialV4(v4);
    } else if (isHostName(q + 1, k) && DomainNames.isNameUnderPublicSuffix(buf, q + 1, k)) {
      domain = lower(q + 1, k);
    } else {
      return;
    }
    emit(IndicatorType.EMAIL, lower(j, q) + "@" + domain, j, k, false, reason);
  }

  private void ipv6(int ws, int we) {
    int i = ws;
    while (i < we) {
      if (!(hexValue(buf[i]) >= 0 || buf[i] == ':' || buf[i] == '.')) {
        i++;
        continue;
      }
      int s = i;
      int colons = 0;
      while (i < we && (hexValue(buf[i]) >= 0 || buf[i] == ':' || buf[i] == '.') && i - s < 64) {
        colons += buf[i] == ':' ? 1 : 0;
        i++;
      }
      int e = i;
      if (colons < 2 || (s > ws && isAsciiAlnum(buf[s - 1])) || (e < we && isAsciiAlnum(buf[e]))) {
        continue;
      }
      while (e > s && buf[e - 1] == '.') {
        e--;
      }
      if (e - s >= 2 && buf[e - 1] == ':' && buf[e - 2] != ':') {
        e--;
      }
      if (e - s >= 2 && buf[s] == ':' && buf[s + 1] != ':') {
        s++;
      }
      if (!IpAddresses.parseV6(buf, s, e, groups)) {
        continue;
      }
      Optional<String> reason = IpAddresses.specialV6(groups);
      String value = IpAddresses.formatV6(groups);
      emit(IndicatorType.IPV6, value, s, e, false, reason);
      int prefixEnd = prefix(e, 128);
      if (prefixEnd > 0) {
        emit(
            IndicatorType.CIDR,
            value + "/" + new String(buf, e + 1, prefixEnd - e - 1),
            s,
            prefixEnd,
            false,
            reason);
      }
      for (int k = s; k < e; k++) {
        skip[k] = true;
      }
    }
  }

  /** End of a {@code /nn} prefix length at {@code e} not above {@code max}, or -1. */
  private int prefix(int e, int max) {
    if (e + 1 >= len || buf[e] != '/') {
      return -1;
    }
    int k = e + 1;
    int v = 0;
    while (k < len && k - e <= 3 && buf[k] >= '0' && buf[k] <= '9') {
      v = v * 10 + (buf[k] - '0');
      k++;
    }
    if (k == e + 1 || v > max || (k < len && (isAsciiAlnum(buf[k]) || buf[k] == '.'))) {
      return -1;
    }
    if (k - e > 2 && buf[e + 1] == '0') {
      return -1;
    }
    return k;
  }

  // ------------------------------------------------------------------ pieces

  private void piece(int ps, int pe, int ws) {
    boolean wordStart = ps == ws;
    while (ps < pe && (buf[ps] == '.' || buf[ps] == '-')) {
      ps++;
    }
    while (pe > ps && (buf[pe - 1] == '.' || buf[pe - 1] == '-')) {
      pe--;
    }
    if (ps == pe) {
      return;
    }
    int shape = 0;
    for (int k = ps; k < pe; k++) {
      char c = buf[k];
      shape |= c < 128 ? PIECE_SHAPE[c] : P_OTHER | P_LETTER;
    }
    boolean dotted = (shape & P_DOT) != 0;
    boolean digitsAndDots = (shape & P_OTHER) == 0;
    boolean letter = (shape & P_LETTER) != 0;
    if (digitsAndDots) {
      if (dotted && ipv4(ps, pe) && wordStart) {
        schemelessUrl(ps, pe);
      } else if (!dotted && ps == 0 && (previousIs(PREV_AS) || previousIs(PREV_ASN))) {
        asn(ps, pe, prevStart);
      }
      return;
    }
    if (isCve(ps, pe)) {
      cve(ps, pe, from[ps], false);
      return;
    }
    if (ps == 0 && previousIs(PREV_CVE) && isCveNumber(ps, pe)) {
      cve(ps, pe, prevStart, true);
      return;
    }
    if (attack(ps, pe) || asnWord(ps, pe)) {
      return;
    }
    if (dotted && letter) {
      int start = domain(ps, pe);
      if (start == ps && wordStart) {
        schemelessUrl(start, pe);
      }
    }
  }

  private static final int P_DOT = 1;
  private static final int P_OTHER = 2;
  private static final int P_LETTER = 4;

  /**
   * Shape bits of each ASCII char in a piece: a dot; other than a dot or digit; other than a dot,
   * digit or hyphen. One table load per char instead of three data-dependent branches.
   */
  private static final byte[] PIECE_SHAPE = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      PIECE_SHAPE[c] =
          (byte)
              (c == '.'
                  ? P_DOT
                  : c >= '0' && c <= '9' ? 0 : c == '-' ? P_OTHER : P_OTHER | P_LETTER);
    }
  }

  /**
   * A host (domain or IPv4 at {@code [hs, he)}) directly followed by a path, without a scheme:
   * {@code evil[.]com/gate.php}, {@code 192.0.2.1:8080/x}. Not inside another URL.
   */
  private void schemelessUrl(int hs, int he) {
    if (covered[hs] || he >= len || (hs > 0 && buf[hs - 1] == '/')) {
      return;
    }
    int p = he;
    if (buf[p] == ':') {
      p = portEnd(p, len);
      if (p < 0 || p >= len) {
        return;
      }
    }
    if (buf[p] != '/' || (p + 1 < len && buf[p + 1] == '/')) {
      return;
    }
    int end = urlEnd(he);
    String host = lower(hs, he);
    long v4 = IpAddresses.parseV4(buf, hs, he);
    Optional<String> reason = Optional.empty();
    if (v4 != IpAddresses.NOT_V4) {
      host = IpAddresses.formatV4(v4);
      reason = IpAddresses.specialV4(v4);
    }
    emit(IndicatorType.URL, host + new String(buf, he, end - he), hs, end, false, reason);
    for (int k = hs; k < end; k++) {
      covered[k] = true;
    }
  }

  /** Emits an IPv4 address (and CIDR); whether a plain address, not a network, was found. */
  private boolean ipv4(int ps, int pe) {
    long v4 = IpAddresses.parseV4(buf, ps, pe);
    if (v4 == IpAddresses.NOT_V4 || (ps == 0 && previousIs(PREV_VERSION))) {
      return false;
    }
    if (ps > 0 && (buf[ps - 1] == '.' || buf[ps - 1] == '-')) {
      return false; // part of a longer dotted number or name
    }
    Optional<String> reason = IpAddresses.specialV4(v4);
    String value = IpAddresses.formatV4(v4);
    emit(IndicatorType.IPV4, value, ps, pe, false, reason);
    int prefixEnd = prefix(pe, 32);
    if (prefixEnd > 0) {
      emit(
          IndicatorType.CIDR,
          value + "/" + new String(buf, pe + 1, prefixEnd - pe - 1),
          ps,
          prefixEnd,
          false,
          reason);
      return false;
    }
    return true;
  }

  private void asn(int ps, int pe, int spanStart) {
    if (pe - ps > 10) {
      return;
    }
    long v = Long.parseLong(new String(buf, ps, pe - ps));
    if (v <= 0 || v >= 4294967295L) {
      return;
    }
    Optional<String> reason = Optional.empty();
    if ((v >= 64496 && v <= 64511) || (v >= 65536 && v <= 65551)) {
      reason = Optional.of("documentation-range");
    } else if ((v >= 64512 && v <= 65534) || v >= 4200000000L) {
      reason = Optional.of("private-range");
    } else if (v == 23456 || v == 65535) {
      reason = Optional.of("reserved-range");
    }
    emitSpan(IndicatorType.ASN, "AS" + v, spanStart, to[pe - 1], anyFanged(ps, pe), reason);
  }

  private boolean asnWord(int ps, int pe) {
    int k = ps;
    if (pe - ps < 3
        || (buf[k] != 'a' && buf[k] != 'A')
        || (buf[k + 1] != 's' && buf[k + 1] != 'S')) {
      return false;
    }
    k += 2;
    if (buf[k] == 'n' || buf[k] == 'N') {
      k++;
    }
    if (k == pe) {
      return false;
    }
    for (int d = k; d < pe; d++) {
      if (buf[d] < '0' || buf[d] > '9') {
        return false;
      }
    }
    asn(k, pe, from[ps]);
    return true;
  }

  private boolean isCve(int ps, int pe) {
    if (pe - ps < 13) {
      return false;
    }
    if (Character.toLowerCase(buf[ps]) != 'c'
        || Character.toLowerCase(buf[ps + 1]) != 'v'
        || Character.toLowerCase(buf[ps + 2]) != 'e'
        || buf[ps + 3] != '-') {
      return false;
    }
    return isCveNumber(ps + 4, pe);
  }

  /**
   * {@code YYYY-NNNN…}: four-digit year, sequence of four digits or more without a leading zero.
   */
  private boolean isCveNumber(int s, int pe) {
    int e = s;
    while (e < pe && buf[e] != '.') {
      e++;
    }
    int seq = e - s - 5;
    if (seq < 4 || seq > 7 || buf[s + 4] != '-') {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (k != s + 4 && (buf[k] < '0' || buf[k] > '9')) {
        return false;
      }
    }
    return seq == 4 || buf[s + 5] != '0';
  }

  private void cve(int ps, int pe, int spanStart, boolean separateKeyword) {
    int s = separateKeyword ? ps : ps + 4;
    int e = s;
    while (e < pe && buf[e] != '.') {
      e++;
    }
    emitSpan(
        IndicatorType.CVE,
        "CVE-" + new String(buf, s, e - s),
        spanStart,
        to[e - 1],
        anyFanged(ps, e),
        Optional.empty());
  }

  private boolean attack(int ps, int pe) {
    int l = pe - ps;
    char c0 = buf[ps];
    IndicatorType type;
    int digits;
    if ((c0 == 'T' || c0 == 't') && l >= 6 && (buf[ps + 1] == 'A' || buf[ps + 1] == 'a')) {
      type = IndicatorType.ATTACK_TACTIC;
      digits = ps + 2;
      if (l != 6) {
        return false;
      }
    } else if (c0 == 'T' || c0 == 't') {
      type = IndicatorType.ATTACK_TECHNIQUE;
      digits = ps + 1;
      if (l != 5 && !(l == 9 && buf[ps + 5] == '.')) {
        return false;
      }
    } else if (c0 == 'M' || c0 == 'G' || c0 == 'S') {
      type =
          c0 == 'M'
              ? IndicatorType.ATTACK_MITIGATION
              : c0 == 'G' ? IndicatorType.ATTACK_GROUP : IndicatorType.ATTACK_SOFTWARE;
      digits = ps + 1;
      if (l != 5) {
        return false;
      }
    } else {
      return false;
    }
    for (int k = digits; k < pe; k++) {
      if ((buf[k] < '0' || buf[k] > '9')
          && !(k == ps + 5 && type == IndicatorType.ATTACK_TECHNIQUE)) {
        return false;
      }
    }
    emit(type, new String(buf, ps, l).toUpperCase(Locale.ROOT), ps, pe, false, Optional.empty());
    return true;
  }

  /** Emits a domain ending at {@code pe}; returns where it starts, or -1 when there is none. */
  private int domain(int ps, int pe) {
    int start = pe;
    int labels = 0;
    int j = pe;
    while (j > ps) {
      int ls = j;
      while (ls > ps && buf[ls - 1] != '.') {
        ls--;
      }
      if (ls == j || buf[j - 1] == '-') {
        break;
      }
      int adjusted = ls;
      while (adjusted < j && buf[adjusted] == '-') {
        adjusted++;
      }
      if (j - adjusted > 63 || adjusted == j) {
        break;
      }
      start = adjusted;
      labels++;
      if (adjusted != ls) {
        break;
      }
      j = ls - 1;
    }
    if (labels < 2 || pe - start > 253) {
      return -1;
    }
    int tld = pe;
    while (buf[tld - 1] != '.') {
      tld--;
    }
    if (!isTopLevelLabel(tld, pe)) {
      return -1;
    }
    boolean hostContext = start > 0 && buf[start - 1] == '@';
    boolean defanged = anyFanged(start, pe);
    if (!hostContext && !defanged) {
      if (Character.isUpperCase(buf[tld])
          && isLowerCase(tld + 1, pe)
          && isLowerCase(start, tld - 1)) {
        return -1; // "the attack.It was": a sentence boundary with a missing space
      }
      if (DomainNames.isFileExtensionTld(buf, tld, pe)) {
        return -1; // "report.zip", "libpe.so": a file name
      }
    }
    if (!DomainNames.isNameUnderPublicSuffix(buf, start, pe)) {
      return -1;
    }
    emit(IndicatorType.DOMAIN, lower(start, pe), start, pe, false, Optional.empty());
    return hostContext ? -1 : start;
  }

  private boolean isLowerCase(int s, int e) {
    boolean any = false;
    for (int k = s; k < e; k++) {
      if (Character.isUpperCase(buf[k])) {
        return false;
      }
      any |= Character.isLowerCase(buf[k]);
    }
    return any;
  }

  // ------------------------------------------------------------------ emitting

  private String lower(int s, int e) {
    int k0 = s;
    while (k0 < e && buf[k0] < 128 && (buf[k0] < 'A' || buf[k0] > 'Z')) {
      k0++;
    }
    if (k0 == e) {
      return new String(buf, s, e - s); // ASCII without capitals: nothing to lower
    }
    char[] c = new char[e - s];
    for (int k = s; k < e; k++) {
      char x = buf[k];
      c[k - s] = x < 128 ? (x >= 'A' && x <= 'Z' ? (char) (x + 32) : x) : Character.toLowerCase(x);
    }
    return new String(c);
  }

  private boolean anyFanged(int s, int e) {
    if (!runHasFang) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (fanged[k]) {
        return true;
      }
    }
    return false;
  }

  private void emit(
      IndicatorType type, String value, int s, int e, boolean defanged, Optional<String> reason) {
    emitSpan(type, value, from[s], to[e - 1], defanged || anyFanged(s, e), reason);
  }

  private void emitSpan(
      IndicatorType type,
      String value,
      int start,
      int end,
      boolean defanged,
      Optional<String> reason) {
    out.add(new Indicator(type, value, defanged, start, end, reason));
  }
}
