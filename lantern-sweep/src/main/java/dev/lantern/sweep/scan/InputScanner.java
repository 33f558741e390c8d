package dev.lantern.sweep.scan;

import dev.lantern.sweep.LogFormat;
import dev.lantern.sweep.SweepProblem;
import dev.lantern.sweep.UnreadableLogException;
import dev.lantern.sweep.index.IndicatorIndex;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Plans and runs the scanning of inputs: a plain file becomes line-aligned chunks, each read
 * through a memory mapping and scanned on its own (so chunks run in parallel); a gzip file or a
 * stream is one sequential chunk. A chunk hands each hit to its {@link HitOutput} as soon as it is
 * found and keeps none.
 *
 * <h2>Design note</h2>
 *
 * <p>Each chunk owns a fixed buffer ({@value #BUFFER} bytes) that is refilled from the mapping (or
 * stream) and handed to a {@link Tokenizer} up to its last newline; the tail moves to the front. A
 * line longer than the buffer is handed over up to its last whitespace instead, and a single token
 * longer than the buffer (binary junk, a 200 MB line without spaces) is skipped — no indicator is
 * that long. Memory per chunk is therefore bounded whatever the input. Chunk boundaries are placed
 * just after a newline, so line numbers are fixed up afterwards by adding the newline counts of the
 * earlier chunks. The output's {@link HitOutput#checkpoint} is called after each region.
 *
 * <p>Only {@link IOException}s are caught (a fault while reading a mapping is turned into one at
 * the source): whatever the output throws passes through, so an output can stop a scan.
 *
 * <p>Thread-safe: every method works on its own buffers; the index is immutable.
 */
public final class InputScanner {
  static final int BUFFER = 1 << 20;
  private static final int HEAD = 16 * 1024;

  /**
   * The largest chunk of a plain file, in MiB. Chunks are this size whatever the number of threads:
   * on 2 threads, 8 MiB chunks swept 1.2 GB of mixed logs at 1.8x one thread where 32 MiB chunks
   * gave 1.6x, with one thread the same (docs/benchmarks.md, Sweep).
   */
  public static final int MAX_CHUNK_MIB = 8;

  private static final long MAX_CHUNK = (long) MAX_CHUNK_MIB << 20;
  private static final long WINDOW = 256L << 20;

  private final IndicatorIndex index;
  private final InstantSource clock;
  private final LogFormat format;

  /**
   * @param index the indicators to look for
   * @param clock supplies the year for syslog timestamps
   * @param format how to read inputs ({@link LogFormat#AUTO} sniffs each one)
   */
  public InputScanner(IndicatorIndex index, InstantSource clock, LogFormat format) {
    this.index = index;
    this.clock = clock;
    this.format = format;
  }

  /** The scan of one chunk of one input, to be run once, on any thread. */
  @FunctionalInterface
  public interface Chunk {
    /** Scans the chunk, handing its hits to {@code hits} as they are found. */
    ChunkResult scan(HitOutput hits);
  }

  /**
   * Plans the scan of one file: one task per chunk, to be run in any order or in parallel and whose
   * results are combined in list order.
   *
   * @throws UnreadableLogException when the file cannot be opened or read at all
   */
  public List<Chunk> plan(String name, Path file) {
    byte[] head = new byte[HEAD];
    int headLength;
    long size;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      size = channel.size();
      headLength = Math.max(0, channel.read(ByteBuffer.wrap(head), 0));
    } catch (IOException e) {
      throw new UnreadableLogException(
          name, 0, describe(e) + "; check the path and permissions", e);
    }
    if (headLength >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return List.of(hits -> scanGzipFile(name, file, hits));
    }
    LogLayout layout = LogLayout.detect(name, head, headLength, format);
    List<Long> bounds = chunkBounds(name, file, size);
    List<Chunk> tasks = new ArrayList<>();
    for (int k = 0; k + 1 < bounds.size(); k++) {
      long start = bounds.get(k);
      long end = bounds.get(k + 1);
      boolean first = k == 0;
      tasks.add(hits -> scanRange(name, file, start, end, layout, first, hits));
    }
    return tasks;
  }

  /**
   * Scans a whole stream (standard input, or anything else) as one chunk; gzip is detected by magic
   * bytes.
   */
  public ChunkResult scanStream(String name, InputStream in, HitOutput hits) {
    Tokenizer tokenizer = null;
    long[] position = {0};
    try {
      InputStream raw = new BufferedInputStream(in, 1 << 16);
      raw.mark(4);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream data = raw;
      if (b0 == 0x1f && b1 == 0x8b) {
        data = new GZIPInputStream(raw, 1 << 16);
      }
      // Read the head with plain reads: a BufferedInputStream over a failing gzip stream would
      // drop the bytes it had already gathered when the failure hits inside one read call.
      byte[] head = new byte[HEAD];
      int headLength = 0;
      IOException failure = null;
      try {
        int n;
        while (headLength < HEAD && (n = data.read(head, headLength, HEAD - headLength)) > 0) {
          headLength += n;
        }
      } catch (IOException e) {
        failure = e;
      }
      LogLayout layout = LogLayout.detect(name, head, headLength, format);
      tokenizer = tokenizer(name, layout, true, hits);
      InputStream headStream = new ByteArrayInputStream(head, 0, headLength);
      drive(
          new StreamSource(
              failure == null ? new SequenceInputStream(headStream, data) : headStream),
          tokenizer,
          hits,
          0,
          position);
      if (failure != null) {
        throw failure;
      }
      return new ChunkResult(tokenizer.newlines(), position[0], Optional.empty());
    } catch (IOException e) {
      String why =
          e instanceof EOFException || e instanceof ZipException
              ? "the gzip stream is truncated or corrupt (" + describe(e) + ")"
              : describe(e);
      SweepProblem problem =
          new SweepProblem(
              name,
              position[0],
              name
                  + " at byte "
                  + position[0]
                  + " (decompressed): "
                  + why
                  + "; hits before this point are reported, re-fetch or repair the file to sweep"
                  + " the rest");
      return tokenizer == null
          ? new ChunkResult(0, 0, Optional.of(problem))
          : new ChunkResult(tokenizer.newlines(), position[0], Optional.of(problem));
    }
  }

  // ------------------------------------------------------------------ tasks

  private ChunkResult scanGzipFile(String name, Path file, HitOutput hits) {
    try (InputStream in = Files.newInputStream(file)) {
      return scanStream(name, in, hits);
    } catch (IOException e) {
      return new ChunkResult(
          0, 0, Optional.of(new SweepProblem(name, 0, name + ": " + describe(e))));
    }
  }

  private ChunkResult scanRange(
      String name,
      Path file,
      long start,
      long end,
      LogLayout layout,
      boolean first,
      HitOutput hits) {
    Tokenizer tokenizer = tokenizer(name, layout, first, hits);
    long[] position = {start};
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      drive(new MappedSource(channel, start, end), tokenizer, hits, start, position);
      return new ChunkResult(tokenizer.newlines(), position[0] - start, Optional.empty());
    } catch (IOException e) {
      Throwable cause = e instanceof MappingFault ? e.getCause() : e;
      SweepProblem problem =
          new SweepProblem(
              name,
              position[0],
              name
                  + " at byte "
                  + position[0]
                  + ": "
                  + describe(cause)
                  + "; hits before this point are reported (was the file changed or truncated"
                  + " during the sweep?)");
      return new ChunkResult(tokenizer.newlines(), position[0] - start, Optional.of(problem));
    }
  }

  private Tokenizer tokenizer(String name, LogLayout layout, boolean first, HitOutput hits) {
    boolean csvHeader = first && layout.format == LogFormat.CSV;
    return new Tokenizer(
        index, new TimestampParser(clock), name, layout.format, layout.fieldNames, csvHeader, hits);
  }

  /**
   * Feeds a source through a tokenizer in line-aligned regions, calling the output's checkpoint
   * after each; {@code position[0]} tracks the absolute offset of the first byte not yet handed
   * over, for error messages.
   */
  private static void drive(
      Source source, Tokenizer tokenizer, HitOutput hits, long start, long[] position)
      throws IOException {
    byte[] buf = new byte[BUFFER];
    int length = 0;
    long offset = start;
    position[0] = start;
    while (true) {
      int read;
      try {
        read = source.read(buf, length, buf.length - length);
      } catch (IOException e) {
        tokenizer.process(buf, 0, length, offset);
        position[0] = offset + length;
        throw e;
      }
      if (read < 0) {
        tokenizer.process(buf, 0, length, offset);
        position[0] = offset + length;
        return;
      }
      length += read;
      if (length < buf.length) {
        continue;
      }
      int cut = length;
      while (cut > 0 && buf[cut - 1] != '\n') {
        cut--;
      }
      if (cut == 0) {
        cut = length;
        while (cut > 0 && !Tokenizer.isCutPoint(buf[cut - 1])) {
          cut--;
        }
      }
      if (cut == 0) {
        tokenizer.skipGiantToken();
        offset += length;
        position[0] = offset;
        length = 0;
        hits.checkpoint();
        continue;
      }
      tokenizer.process(buf, 0, cut, offset);
      System.arraycopy(buf, cut, buf, 0, length - cut);
      offset += cut;
      position[0] = offset;
      length -= cut;
      hits.checkpoint();
    }
  }

  // ------------------------------------------------------------------ chunking

  private static List<Long> chunkBounds(String name, Path file, long size) {
    List<Long> bounds = new ArrayList<>();
    bounds.add(0L);
    long parts = Math.max(1, (size + MAX_CHUNK - 1) / MAX_CHUNK);
    if (parts > 1) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        ByteBuffer probe = ByteBuffer.allocate(64 * 1024);
        for (long k = 1; k < parts; k++) {
          long at = Math.max(bounds.get(bounds.size() - 1), size * k / parts);
          long next = nextLineStart(channel, probe, at, size);
          if (next >= size) {
            break;
          }
          if (next > bounds.get(bounds.size() - 1)) {
            bounds.add(next);
          }
        }
      } catch (IOException e) {
        throw new UnreadableLogException(name, 0, describe(e), e);
      }
    }
    bounds.add(size);
    return bounds;
  }

  private static long nextLineStart(FileChannel channel, ByteBuffer probe, long at, long size)
      throws IOException {
    long pos = at;
    while (pos < size) {
      probe.clear();
      int n = channel.read(probe, pos);
      if (n <= 0) {
        return size;
      }
      for (int i = 0; i < n; i++) {
        if (probe.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
    return size;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }

  // ------------------------------------------------------------------ byte sources

  private interface Source {
    int read(byte[] into, int off, int len) throws IOException;
  }

  private static final class StreamSource implements Source {
    private final InputStream in;

    StreamSource(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
      return len == 0 ? 0 : in.read(into, off, len);
    }
  }

  /** A fault while reading a mapping (the file shrank under it), as an {@link IOException}. */
  private static final class MappingFault extends IOException {
    MappingFault(Throwable cause) {
      super(cause);
    }
  }

  /**
   * Reads a file range through memory mappings of at most {@link #WINDOW} bytes. A fault while
   * touching the mapped pages surfaces as a {@link MappingFault}.
   */
  private static final class MappedSource implements Source {
    private final FileChannel channel;
    private final long end;
    private long windowStart;
    private MappedByteBuffer window;

    MappedSource(FileChannel channel, long start, long end) {
      this.channel = channel;
      this.end = end;
      this.windowStart = start;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
      try {
        if (window == null || !window.hasRemaining()) {
          if (window != null) {
            windowStart += window.capacity();
          }
          long remaining = end - windowStart;
          if (remaining <= 0) {
            return -1;
          }
          window =
              channel.map(FileChannel.MapMode.READ_ONLY, windowStart, Math.min(WINDOW, remaining));
        }
        int n = Math.min(len, window.remaining());
        window.get(into, off, n);
        return n;
      } catch (RuntimeException | InternalError e) {
        throw new MappingFault(e);
      }
    }
  }
}
