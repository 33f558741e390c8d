package dev.lantern.sweep.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact table behind {@link IndicatorIndex}: typed byte-string keys to entry numbers.
 *
 * <h2>Design note</h2>
 *
 * <p>Most lookups during a sweep find nothing, so the expensive part is the cache miss a miss
 * costs. A lookup therefore goes:
 *
 * <ol>
 *   <li><b>Pre-filter</b>: a blocked Bloom filter, about 16 bits per key, three bits inside one
 *       64-bit word (one cache line touched). For a million keys it is 2 MB and stays in cache;
 *       about 1% of absent keys get past it.
 *   <li><b>Slots</b>: open addressing with linear probing over two parallel {@code int[]}s: a
 *       32-bit hash tag and the entry number + 1 (0 = empty). The table is sized to 75% load on an
 *       arbitrary (not power-of-two) capacity, using multiply-shift range reduction.
 *   <li><b>Verify</b>: a tag match compares the key bytes in the arena, so results are exact.
 * </ol>
 *
 * <p>Entries are kept column-wise (type byte, arena offset) with all key bytes in one {@code
 * byte[]} arena and optional references (STIX ids) in another: roughly 30 bytes per indicator, no
 * objects per entry. Duplicate keys (same type and bytes) keep the first reference.
 *
 * <p>Immutable once built; safe for concurrent lookups. Hashing reads eight bytes at a time.
 */
final class KeyTable {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] types;
  private final int[] keyStart;
  private final byte[] keyArena;
  private final int[] refStart;
  private final byte[] refArena;
  private final int size;
  private final int[] tags;
  private final int[] slots;
  private final long[] filter;

  private KeyTable(Builder b) {
    this.size = b.size;
    this.types = Arrays.copyOf(b.types, size);
    this.keyStart = Arrays.copyOf(b.keyStart, size + 1);
    this.keyArena = Arrays.copyOf(b.keyArena, b.keyLength);
    this.refStart = b.refLength == 0 ? null : Arrays.copyOf(b.refStart, size + 1);
    this.refArena = Arrays.copyOf(b.refArena, b.refLength);
    int capacity = Math.max(4, (int) Math.min(Integer.MAX_VALUE - 8, (long) size * 4 / 3 + 1));
    this.tags = new int[capacity];
    this.slots = new int[capacity];
    this.filter = new long[Math.max(1, (size + 3) / 4)];
    long[] hashes = b.hashes;
    for (int e = 0; e < size; e++) {
      long h = hashes[e];
      filter[filterWord(h, filter.length)] |= filterBits(h);
      int s = slot(h, capacity);
      while (slots[s] != 0) {
        s = s + 1 == capacity ? 0 : s + 1;
      }
      tags[s] = (int) (h >>> 32);
      slots[s] = e + 1;
    }
  }

  int size() {
    return size;
  }

  long memoryBytes() {
    return types.length
        + 4L * keyStart.length
        + keyArena.length
        + (refStart == null ? 0 : 4L * refStart.length)
        + refArena.length
        + 4L * tags.length
        + 4L * slots.length
        + 8L * filter.length;
  }

  /** The entry for the key {@code key[off, off+len)} of {@code type}, or -1. */
  int find(int type, byte[] key, int off, int len) {
    long h = hash(type, key, off, len);
    long bits = filterBits(h);
    if ((filter[filterWord(h, filter.length)] & bits) != bits) {
      return -1;
    }
    int tag = (int) (h >>> 32);
    int capacity = slots.length;
    for (int s = slot(h, capacity); ; s = s + 1 == capacity ? 0 : s + 1) {
      int e = slots[s] - 1;
      if (e < 0) {
        return -1;
      }
      if (tags[s] == tag && types[e] == type && sameKey(e, key, off, len)) {
        return e;
      }
    }
  }

  int type(int entry) {
    return types[entry];
  }

  byte[] key(int entry) {
    return Arrays.copyOfRange(keyArena, keyStart[entry], keyStart[entry + 1]);
  }

  /** The entry's reference, or null when it has none (callers use the value instead). */
  String reference(int entry) {
    if (refStart == null) {
      return null;
    }
    int from = refStart[entry];
    int to = refStart[entry + 1];
    return from == to ? null : new String(refArena, from, to - from, StandardCharsets.UTF_8);
  }

  private boolean sameKey(int e, byte[] key, int off, int len) {
    int from = keyStart[e];
    return keyStart[e + 1] - from == len
        && Arrays.equals(keyArena, from, from + len, key, off, off + len);
  }

  // ------------------------------------------------------------------ hashing

  static long hash(int type, byte[] b, int off, int len) {
    long h = 0x9E3779B97F4A7C15L * (type + 1) ^ len;
    int i = off;
    int end = off + len;
    while (i + 8 <= end) {
      h = (h ^ (long) LONGS.get(b, i)) * 0xff51afd7ed558ccdL;
      h ^= h >>> 31;
      i += 8;
    }
    long tail = 0;
    for (int shift = 0; i < end; i++, shift += 8) {
      tail |= (b[i] & 0xffL) << shift;
    }
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 29);
  }

  private static int slot(long h, int capacity) {
    return (int) (((h & 0xffffffffL) * capacity) >>> 32);
  }

  private static int filterWord(long h, int words) {
    long g = h * 0x9E3779B97F4A7C15L;
    return (int) (((g >>> 32) * words) >>> 32);
  }

  private static long filterBits(long h) {
    long g = h * 0x9E3779B97F4A7C15L;
    return (1L << (g & 63)) | (1L << ((g >>> 6) & 63)) | (1L << ((g >>> 12) & 63));
  }

  // ------------------------------------------------------------------ building

  /** Accumulates entries, dropping duplicate keys. Not thread-safe. */
  static final class Builder {
    private byte[] types = new byte[64];
    private int[] keyStart = new int[65];
    private byte[] keyArena = new byte[1024];
    private int keyLength;
    private int[] refStart = new int[65];
    private byte[] refArena = new byte[256];
    private int refLength;
    private int size;
    private int[] dedupe = new int[128];

    /** Each entry's hash, so growing the dedupe table and building never hash a key twice. */
    private long[] hashes = new long[64];

    /**
     * Adds a key; returns false when the same key is already present.
     *
     * @param reference the entry's reference, or null when the value names itself
     */
    boolean add(int type, byte[] key, int off, int len, String reference) {
      long h = hash(type, key, off, len);
      int mask = dedupe.length - 1;
      int s = (int) h & mask;
      while (dedupe[s] != 0) {
        int e = dedupe[s] - 1;
        int from = keyStart[e];
        if (types[e] == type
            && keyStart[e + 1] - from == len
            && Arrays.equals(keyArena, from, from + len, key, off, off + len)) {
          return false;
        }
        s = (s + 1) & mask;
      }
      if (size == types.length) {
        int n = size * 2;
        types = Arrays.copyOf(types, n);
        keyStart = Arrays.copyOf(keyStart, n + 1);
        refStart = Arrays.copyOf(refStart, n + 1);
        hashes = Arrays.copyOf(hashes, n);
      }
      while (keyLength + len > keyArena.length) {
        keyArena = Arrays.copyOf(keyArena, keyArena.length * 2);
      }
      System.arraycopy(key, off, keyArena, keyLength, len);
      keyLength += len;
      types[size] = (byte) type;
      hashes[size] = h;
      keyStart[size + 1] = keyLength;
      if (reference != null) {
        byte[] r = reference.getBytes(StandardCharsets.UTF_8);
        while (refLength + r.length > refArena.length) {
          refArena = Arrays.copyOf(refArena, refArena.length * 2);
        }
        System.arraycopy(r, 0, refArena, refLength, r.length);
        refLength += r.length;
      }
      refStart[size + 1] = refLength;
      dedupe[s] = ++size;
      if (size * 2 > dedupe.length) {
        regrow();
      }
      return true;
    }

    private void regrow() {
      int[] grown = new int[dedupe.length * 2];
      int mask = grown.length - 1;
      for (int e = 0; e < size; e++) {
        int s = (int) hashes[e] & mask;
        while (grown[s] != 0) {
          s = (s + 1) & mask;
        }
        grown[s] = e + 1;
      }
      dedupe = grown;
    }

    KeyTable build() {
      dedupe = new int[0];
      KeyTable table = new KeyTable(this);
      hashes = new long[0];
      return table;
    }
  }
}
