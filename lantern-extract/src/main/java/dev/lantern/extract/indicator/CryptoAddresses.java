package dev.lantern.extract.indicator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Validation of cryptocurrency addresses held in a char buffer.
 *
 * <ul>
 *   <li>Bitcoin base58check (P2PKH {@code 1…}, P2SH {@code 3…}): decode base58 to 25 bytes, check
 *       the version byte and that the last four bytes are the first four of SHA-256(SHA-256(first
 *       21 bytes)).
 *   <li>Bitcoin bech32 / bech32m (BIP 173, BIP 350) for {@code bc1…}: polymod checksum over the
 *       expanded human-readable part and data.
 *   <li>Monero: shape only (95 or 106 base58 characters, network byte prefix 4 or 8); the Keccak
 *       checksum is not verified.
 * </ul>
 */
final class CryptoAddresses {
  private CryptoAddresses() {}

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final byte[] BASE58_INDEX = new byte[128];
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final byte[] BECH32_INDEX = new byte[128];

  static {
    java.util.Arrays.fill(BASE58_INDEX, (byte) -1);
    for (int i = 0; i < BASE58.length(); i++) {
      BASE58_INDEX[BASE58.charAt(i)] = (byte) i;
    }
    java.util.Arrays.fill(BECH32_INDEX, (byte) -1);
    for (int i = 0; i < BECH32.length(); i++) {
      BECH32_INDEX[BECH32.charAt(i)] = (byte) i;
    }
  }

  static boolean isBase58(char c) {
    return c < 128 && BASE58_INDEX[c] >= 0;
  }

  /** Whether {@code [from, to)} is a base58check P2PKH or P2SH Bitcoin address. */
  static boolean isBitcoinBase58(char[] b, int from, int to) {
    int len = to - from;
    if (len < 26 || len > 35 || (b[from] != '1' && b[from] != '3')) {
      return false;
    }
    byte[] out = new byte[25];
    for (int i = from; i < to; i++) {
      char c = b[i];
      if (!isBase58(c)) {
        return false;
      }
      int carry = BASE58_INDEX[c];
      for (int k = 24; k >= 0; k--) {
        carry += 58 * (out[k] & 0xFF);
        out[k] = (byte) carry;
        carry >>>= 8;
      }
      if (carry != 0) {
        return false; // more than 25 bytes
      }
    }
    int leadingOnes = 0;
    while (leadingOnes < len && b[from + leadingOnes] == '1') {
      leadingOnes++;
    }
    int leadingZeroBytes = 0;
    while (leadingZeroBytes < 25 && out[leadingZeroBytes] == 0) {
      leadingZeroBytes++;
    }
    if (leadingOnes != leadingZeroBytes || out[0] != (b[from] == '1' ? 0 : 5)) {
      return false;
    }
    byte[] check = sha256(sha256(out, 21), 32);
    return check[0] == out[21] && check[1] == out[22] && check[2] == out[23] && check[3] == out[24];
  }

  private static byte[] sha256(byte[] data, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(data, 0, len);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /** Whether {@code [from, to)} is a bech32 (v0) or bech32m (v1+) {@code bc1} address. */
  static boolean isBitcoinBech32(char[] b, int from, int to) {
    int len = to - from;
    if (len < 14 || len > 74) {
      return false;
    }
    if (Character.toLowerCase(b[from]) != 'b'
        || Character.toLowerCase(b[from + 1]) != 'c'
        || b[from + 2] != '1') {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    int chk = 1;
    // expanded hrp "bc": high bits, 0, low bits
    chk = polymodStep(chk) ^ ('b' >> 5);
    chk = polymodStep(chk) ^ ('c' >> 5);
    chk = polymodStep(chk);
    chk = polymodStep(chk) ^ ('b' & 31);
    chk = polymodStep(chk) ^ ('c' & 31);
    int version = -1;
    for (int i = from + 3; i < to; i++) {
      char c = b[i];
      if (c >= 'A' && c <= 'Z') {
        upper = true;
        c = (char) (c + 32);
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      }
      int v = c < 128 ? BECH32_INDEX[c] : -1;
      if (v < 0) {
        return false;
      }
      if (version < 0) {
        version = v;
      }
      chk = polymodStep(chk) ^ v;
    }
    if (lower && upper || version > 16) {
      return false;
    }
    return version == 0 ? chk == 1 : chk == 0x2bc830a3;
  }

  private static int polymodStep(int pre) {
    int b = pre >>> 25;
    int chk = (pre & 0x1ffffff) << 5;
    if ((b & 1) != 0) chk ^= 0x3b6a57b2;
    if ((b & 2) != 0) chk ^= 0x26508e6d;
    if ((b & 4) != 0) chk ^= 0x1ea119fa;
    if ((b & 8) != 0) chk ^= 0x3d4233dd;
    if ((b & 16) != 0) chk ^= 0x2a1462b3;
    return chk;
  }

  /** Whether {@code [from, to)} has the shape of a Monero standard or integrated address. */
  static boolean isMonero(char[] b, int from, int to) {
    int len = to - from;
    if ((len != 95 && len != 106) || (b[from] != '4' && b[from] != '8')) {
      return false;
    }
    char second = b[from + 1];
    if (!((second >= '0' && second <= '9') || second == 'A' || second == 'B')) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isBase58(b[i])) {
        return false;
      }
    }
    return true;
  }
}
