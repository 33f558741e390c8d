package dev.lantern.sweep.scan;

import dev.lantern.sweep.Hit;
import dev.lantern.sweep.IndicatorType;
import dev.lantern.sweep.LogFormat;
import dev.lantern.sweep.index.IndicatorIndex;
import dev.lantern.sweep.index.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The hot loop: finds candidate tokens in log bytes, classifies them by shape and looks them up.
 *
 * <h2>Design note</h2>
 *
 * <p>One pass over bytes with a 256-entry class table. A <em>word</em> is a maximal run of {@code
 * [A-Za-z0-9._:@+-]} and non-ASCII bytes; while scanning it the loop ORs a second table into a
 * "kinds" mask (digit, hex letter, other letter, dot, colon, at, high byte), so classification
 * needs no second pass:
 *
 * <ul>
 *   <li>colon → IPv6 (incl. IPv4-mapped) if it parses, else the parts between colons are classified
 *       on their own ({@code 10.0.0.1:443}, {@code evil.com:8080}, {@code md5:…});
 *   <li>at → e-mail; hex only with 32/40/64/128 digits → hash; digits and dots → IPv4;
 *   <li>anything else with a dot → domain, looked up with every parent domain.
 * </ul>
 *
 * <p>A word ending in {@code :} followed by {@code //} starts a URL, which runs to the next
 * whitespace, quote or angle bracket (trailing punctuation dropped). The URL is looked up whole,
 * then scanning continues after {@code //}, so its host is classified as a word like any other.
 *
 * <p>Only words with a dot, colon or at sign, or with the length of a hash, are classified; the
 * rest (ports, counters, Zeek uids, words of prose) cost the word loop and nothing more. Newlines,
 * tabs, quotes, commas and backslashes carry a {@link #SPECIAL} bit, so every other delimiter costs
 * one table load. The word loop has no bounds test: it runs only where a delimiter is known to
 * follow, and the last word of the input, which may have none, is handled after it.
 *
 * <p>Callers hand over regions that end on a delimiter (a newline, or whitespace for over-long
 * lines), so no word straddles two calls; per-line state (field index, JSON key, quote state) lives
 * in fields and survives between calls. Nothing is allocated unless a lookup hits, and a hit goes
 * straight to the chunk's {@link HitOutput}. Not thread-safe: one instance per chunk.
 */
final class Tokenizer {
  // ------------------------------------------------------------------ byte classes

  private static final byte OTHER = 0;
  private static final byte WORD = 1;
  private static final byte END = 2;
  private static final byte NEWLINE = 3;

  private static final int DIGIT = 1;
  private static final int HEX_LETTER = 2;
  private static final int LETTER = 4;
  private static final int DOT = 8;
  private static final int COLON = 16;
  private static final int AT = 32;
  private static final int HIGH = 64;
  private static final int SYMBOL = 128;

  private static final byte[] CLASS = new byte[256];
  private static final int[] KIND = new int[256];

  /** {@link #KIND} bits plus {@link #IS_WORD}: one table load per byte in the word loop. */
  private static final int[] INFO = new int[256];

  private static final int IS_WORD = 1 << 8;

  /** In {@link #INFO}: a byte {@link #special} handles (newline, tab, quote, comma, backslash). */
  private static final int SPECIAL = 1 << 9;

  private static final int KIND_BITS = 0xff;

  static {
    for (int c = 0; c < 256; c++) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        CLASS[c] = WORD;
        boolean hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        KIND[c] = hex ? HEX_LETTER : LETTER;
      } else if (c >= '0' && c <= '9') {
        CLASS[c] = WORD;
        KIND[c] = DIGIT;
      } else if (c >= 0x80) {
        CLASS[c] = WORD;
        KIND[c] = HIGH;
      } else if (c < 0x20 || c == 0x7f || c == ' ' || "\"'<>`\\{}|^".indexOf(c) >= 0) {
        CLASS[c] = END;
      }
    }
    CLASS['.'] = WORD;
    KIND['.'] = DOT;
    CLASS[':'] = WORD;
    KIND[':'] = COLON;
    CLASS['@'] = WORD;
    KIND['@'] = AT;
    for (char c : "-_+".toCharArray()) {
      CLASS[c] = WORD;
      KIND[c] = SYMBOL;
    }
    CLASS['\n'] = NEWLINE;
    for (int c = 0; c < 256; c++) {
      INFO[c] = KIND[c] | (CLASS[c] == WORD ? IS_WORD : 0);
    }
    for (char c : "\n\t\",\\".toCharArray()) {
      INFO[c] |= SPECIAL;
    }
  }

  /** Whether {@code b} may end a region handed to {@link #process} (newline or whitespace). */
  static boolean isCutPoint(byte b) {
    return CLASS[b & 0xff] >= END;
  }

  private static final int MAX_WORD = 512;
  private static final int STARTED_EARLIER = -2;
  private static final int MAX_KEY = 128;

  // ------------------------------------------------------------------ configuration

  private final IndicatorIndex index;
  private final Keys keys = new Keys();
  private final TimestampParser clock;
  private final String file;
  private final LogFormat format;
  private final boolean ip4;
  private final boolean ip6;
  private final boolean domains;
  private final boolean urls;
  private final boolean emails;
  private final boolean hashes;
  private String[] fieldNames;
  private boolean csvHeaderPending;

  // ------------------------------------------------------------------ state

  private final HitOutput out;
  private byte[] buf;
  private int regionEnd;
  private long bufferOffset;
  private long line = 1;
  private long newlines;
  private boolean atLineStart = true;
  private int lineStart;
  private boolean skipLine;
  private boolean timeKnown;
  private Instant time;
  private boolean inGiantToken;
  private int fieldIndex;
  private boolean inQuote;
  private int stringStart = -1;
  private final byte[] key = new byte[MAX_KEY];
  private int keyLength = -1;
  private String keyName;

  Tokenizer(
      IndicatorIndex index,
      TimestampParser clock,
      String file,
      LogFormat format,
      String[] fieldNames,
      boolean csvHeaderPending,
      HitOutput out) {
    this.index = index;
    this.out = out;
    this.clock = clock;
    this.file = file;
    this.format = format;
    this.fieldNames = fieldNames;
    this.csvHeaderPending = csvHeaderPending;
    this.ip4 = index.contains(IndicatorType.IPV4);
    this.ip6 = index.contains(IndicatorType.IPV6) || ip4;
    this.domains = index.contains(IndicatorType.DOMAIN);
    this.urls = index.contains(IndicatorType.URL);
    this.emails = index.contains(IndicatorType.EMAIL);
    this.hashes =
        index.contains(IndicatorType.MD5)
            || index.contains(IndicatorType.SHA1)
            || index.contains(IndicatorType.SHA256)
            || index.contains(IndicatorType.SHA512);
  }

  /** Newline bytes seen so far. */
  long newlines() {
    return newlines;
  }

  /** Marks that the bytes before the next region were one over-long token, dropped unread. */
  void skipGiantToken() {
    inGiantToken = true;
  }

  /**
   * Scans {@code b[from, to)}, whose first byte is at absolute offset {@code offset + from}. The
   * region must end at a cut point or at the end of input.
   */
  void process(byte[] b, int from, int to, long offset) {
    buf = b;
    regionEnd = to;
    bufferOffset = offset;
    if (!atLineStart) {
      lineStart = -1;
    }
    if (stringStart >= 0) {
      stringStart = STARTED_EARLIER;
    }
    int i = from;
    if (inGiantToken) {
      while (i < to && CLASS[b[i] & 0xff] < END) {
        i++;
      }
      inGiantToken = false;
    }
    // Before `safe` every word ends at a delimiter inside the region, so the word loop needs no
    // bounds test; only a last word running to the end of input lies beyond it.
    int safe = to;
    while (safe > i && (INFO[b[safe - 1] & 0xff] & IS_WORD) != 0) {
      safe--;
    }
    i = enterLines(b, i, to);
    while (i < safe) {
      int info = INFO[b[i] & 0xff];
      if ((info & IS_WORD) != 0) {
        int ws = i;
        int kinds = info;
        while (((info = INFO[b[++i] & 0xff]) & IS_WORD) != 0) {
          kinds |= info;
        }
        i = word(b, ws, i, to, kinds);
      } else if ((info & SPECIAL) != 0) {
        i = special(b, i, to);
      } else {
        i++;
      }
    }
    if (i < to) {
      int kinds = 0;
      for (int j = i; j < to; j++) {
        kinds |= INFO[b[j] & 0xff];
      }
      word(b, i, to, to, kinds);
    }
    if (!atLineStart && !timeKnown && lineStart >= 0) {
      lineTime();
    }
  }

  /**
   * Handles the word {@code b[ws, we)}: a URL when it ends in a scheme followed by {@code //}, else
   * classified when its shape can be an indicator. Returns where scanning goes on.
   */
  private int word(byte[] b, int ws, int we, int to, int kinds) {
    if (urls
        && (kinds & COLON) != 0
        && we + 1 < to
        && b[we] == '/'
        && b[we + 1] == '/'
        && b[we - 1] == ':') {
      int scheme = we - 1;
      while (scheme > ws && isSchemeByte(b[scheme - 1])) {
        scheme--;
      }
      if (scheme < we - 1) {
        checkUrl(scheme, urlEnd(b, we + 2, to));
        if (scheme > ws) {
          classify(ws, scheme - 1, kinds & KIND_BITS);
        }
        return we + 2;
      }
    }
    int n = we - ws;
    if ((kinds & (DOT | COLON | AT)) != 0 || (n == 32 || n == 40 || n == 64 || n == 128)) {
      classify(ws, we, kinds & KIND_BITS);
    }
    return we;
  }

  /** Handles a newline, tab, quote, comma or backslash at {@code i}; returns the next position. */
  private int special(byte[] b, int i, int to) {
    switch (b[i]) {
      case '\n':
        endLine(i);
        return enterLines(b, i + 1, to);
      case '\t':
        if (format == LogFormat.ZEEK) {
          fieldIndex++;
        }
        break;
      case '"':
        quote(i);
        break;
      case ',':
        if (format == LogFormat.CSV && !inQuote) {
          fieldIndex++;
        }
        break;
      default: // backslash: in a JSON string it escapes the next byte
        if (format == LogFormat.JSON && stringStart != -1) {
          i++;
        }
    }
    return i + 1;
  }

  /**
   * Starts the line at {@code i} if one starts there, skipping header lines; returns the first
   * position to scan.
   */
  private int enterLines(byte[] b, int i, int to) {
    while (i < to) {
      if (atLineStart) {
        startLine(b, i);
      }
      if (!skipLine) {
        return i;
      }
      while (i < to && b[i] != '\n') {
        i++;
      }
      if (i == to) {
        return i;
      }
      endLine(i);
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------ lines and fields

  private void startLine(byte[] b, int i) {
    atLineStart = false;
    lineStart = i;
    timeKnown = false;
    time = null;
    fieldIndex = 0;
    inQuote = false;
    stringStart = -1;
    keyLength = -1;
    keyName = null;
    skipLine = (format == LogFormat.ZEEK && b[i] == '#') || csvHeaderPending;
  }

  private void endLine(int i) {
    if (skipLine && lineStart >= 0) {
      readHeader(lineStart, i);
    }
    skipLine = false;
    csvHeaderPending = false;
    atLineStart = true;
    newlines++;
    line++;
  }

  private void readHeader(int from, int to) {
    String text = new String(buf, from, to - from, StandardCharsets.UTF_8).strip();
    if (format == LogFormat.ZEEK && text.startsWith("#fields\t")) {
      fieldNames = text.substring("#fields\t".length()).split("\t", -1);
    } else if (format == LogFormat.CSV && csvHeaderPending) {
      fieldNames = LogLayout.splitCsvHeader(text);
    }
  }

  private void quote(int i) {
    if (format == LogFormat.CSV) {
      inQuote = !inQuote;
      return;
    }
    if (format != LogFormat.JSON) {
      return;
    }
    if (stringStart == -1) {
      stringStart = i + 1;
      return;
    }
    int start = stringStart;
    stringStart = -1;
    int j = i + 1;
    while (j < regionEnd && (buf[j] == ' ' || buf[j] == '\t')) {
      j++;
    }
    if (j < regionEnd && buf[j] == ':') {
      int n = i - start;
      if (start >= 0 && n <= MAX_KEY) {
        System.arraycopy(buf, start, key, 0, n);
        keyLength = n;
      } else {
        keyLength = -1;
      }
      keyName = null;
    }
  }

  private Optional<String> field() {
    switch (format) {
      case JSON:
        if (keyLength < 0) {
          return Optional.empty();
        }
        if (keyName == null) {
          keyName = new String(key, 0, keyLength, StandardCharsets.UTF_8);
        }
        return Optional.of(keyName);
      case ZEEK:
      case CSV:
        return fieldNames != null && fieldIndex < fieldNames.length
            ? Optional.of(fieldNames[fieldIndex])
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private Instant lineTime() {
    if (!timeKnown) {
      timeKnown = true;
      time = lineStart >= 0 ? clock.parse(buf, lineStart, regionEnd) : null;
    }
    return time;
  }

  // ------------------------------------------------------------------ classification

  private void classify(int ws, int we, int kinds) {
    byte[] b = buf;
    if ((kinds & DOT) != 0 && (b[we - 1] == '.' || b[ws] == '.')) {
      while (we > ws && b[we - 1] == '.') {
        we--;
      }
      while (ws < we && b[ws] == '.') {
        ws++;
      }
      kinds = kindsOf(ws, we);
    }
    int n = we - ws;
    if (n < 3 || n > MAX_WORD) {
      return;
    }
    if ((kinds & COLON) != 0) {
      if (ip6 && (kinds & ~(DIGIT | HEX_LETTER | DOT | COLON)) == 0 && keys.parseIpv6(b, ws, we)) {
        int e = index.findIpv6(keys, keys.ipv6High(), keys.ipv6Low());
        if (e >= 0) {
          hit(e, ws, we);
        }
        return;
      }
      int part = ws;
      for (int i = ws; i <= we; i++) {
        if (i == we || b[i] == ':') {
          if (i > part) {
            classify(part, i, kindsOf(part, i));
          }
          part = i + 1;
        }
      }
      return;
    }
    if ((kinds & AT) != 0) {
      if (emails) {
        int k = keys.emailKey(b, ws, we);
        if (k > 0) {
          int e = index.findExact(IndicatorType.EMAIL, keys, k);
          if (e >= 0) {
            hit(e, ws, we);
          }
        }
      }
      return;
    }
    if ((kinds & ~(DIGIT | HEX_LETTER)) == 0) {
      if (hashes && (n == 32 || n == 40 || n == 64 || n == 128)) {
        IndicatorType type =
            n == 32
                ? IndicatorType.MD5
                : n == 40
                    ? IndicatorType.SHA1
                    : n == 64 ? IndicatorType.SHA256 : IndicatorType.SHA512;
        int e = index.findExact(type, keys, keys.hexKey(b, ws, we));
        if (e >= 0) {
          hit(e, ws, we);
        }
      }
      return;
    }
    if ((kinds & ~(DIGIT | DOT)) == 0) {
      if (ip4) {
        long address = Keys.parseIpv4(b, ws, we);
        if (address >= 0) {
          int e = index.findIpv4(keys, address);
          if (e >= 0) {
            hit(e, ws, we);
          }
        }
      }
      return;
    }
    if (domains && (kinds & DOT) != 0) {
      int k = keys.domainKey(b, ws, we);
      if (k > 0) {
        int e = index.findDomain(keys, k);
        if (e >= 0) {
          hit(e, ws, we);
        }
      }
    }
  }

  private int kindsOf(int from, int to) {
    int kinds = 0;
    for (int i = from; i < to; i++) {
      kinds |= KIND[buf[i] & 0xff];
    }
    return kinds;
  }

  private static int urlEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && CLASS[b[i] & 0xff] < END) {
      i++;
    }
    while (i > from && ".,;:!?)]".indexOf(b[i - 1]) >= 0) {
      i--;
    }
    return i;
  }

  private void checkUrl(int from, int to) {
    int k = keys.urlKey(buf, from, to);
    if (k > 0) {
      int e = index.findExact(IndicatorType.URL, keys, k);
      if (e >= 0) {
        hit(e, from, to);
      }
    }
  }

  private static boolean isSchemeByte(byte c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '-'
        || c == '.';
  }

  private void hit(int entry, int from, int to) {
    out.hit(
        new Hit(
            file,
            line,
            bufferOffset + from,
            new String(buf, from, to - from, StandardCharsets.UTF_8),
            index.indicator(entry),
            field(),
            Optional.ofNullable(lineTime())));
  }
}
