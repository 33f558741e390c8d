package dev.lantern.sweep;

import dev.lantern.sweep.scan.ChunkResult;
import dev.lantern.sweep.scan.HitOutput;
import dev.lantern.sweep.scan.InputScanner;
import java.util.ArrayDeque;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * One chunk of a sweep and the bounded hand-off of its hits, from the thread that scans it to the
 * thread that drains the sweep (the caller of {@link Sweeper#sweep}).
 *
 * <h2>Design note</h2>
 *
 * <p><b>Batches.</b> The scanning thread fills a batch of {@value #BATCH} hits without locking and
 * publishes it when it is full or at a checkpoint (after each scanned MiB, so sparse hits do not
 * linger). At most {@value #QUEUED} published batches wait; when they are all full the scanner
 * waits for the drainer. A chunk therefore holds at most {@link #MAX_HELD} hits (the queued
 * batches, the one being filled and the one being delivered) however long or dense it is, and a
 * chunk that is not at the head of the sweep pauses once it has that many.
 *
 * <p><b>Who runs the chunk.</b> {@link #run} is submitted to the sweep's executor. It runs the scan
 * unless the executor called it on the draining thread (a direct or caller-runs executor) or
 * rejected it: then the chunk is <em>handed back</em> and the drainer scans it itself when it
 * reaches it, delivering every hit straight to the sink and holding none. Otherwise the drainer
 * waits for batches. Chunks are submitted in order, so on a first-in-first-out executor the head
 * has started before any chunk that waits for the drainer, and the wait ends. Waits are {@link
 * ForkJoinPool#managedBlock managed blocks}, so a {@link ForkJoinPool} adds a thread rather than
 * starve.
 *
 * <p><b>Stopping.</b> {@link #close} (the sink threw, or the sweep ended early) drops what is held,
 * keeps a chunk that has not started from ever running, and wakes a waiting scanner. The scanner's
 * next publish or checkpoint then throws {@link Abandoned}, which the scan lets through and {@link
 * #run} swallows, so its thread returns to the executor within one MiB of scanning. A scanner
 * interrupted while waiting stops too, and the drainer is told.
 *
 * <p>Thread-safety: one scanning thread (the filling batch is its alone), one draining thread; the
 * queue and the outcome are guarded by {@link #lock}.
 */
final class HitHandoff implements Runnable {
  /** Hits per batch. */
  static final int BATCH = 512;

  /** Published batches that may wait for the drainer before the scanner pauses. */
  static final int QUEUED = 4;

  /** The most hits one chunk holds at any time (3,072, as {@link Sweeper#sweep} promises). */
  static final int MAX_HELD = (QUEUED + 2) * BATCH;

  private static final int NEW = 0;
  private static final int STARTED = 1;
  private static final int HANDED_BACK = 2;

  private final InputScanner.Chunk chunk;
  private final Thread drainer;
  private final AtomicInteger state = new AtomicInteger(NEW);
  private final HitOutput producer = new Producer();

  // Scanning thread only.
  private Hit[] filling;
  private int filled;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition published = lock.newCondition();
  private final Condition taken = lock.newCondition();
  // Guarded by lock; closed is also read without it at checkpoints.
  private final ArrayDeque<Hit[]> queue = new ArrayDeque<>(QUEUED);
  private volatile boolean closed;
  private boolean done;
  private ChunkResult result;
  private Throwable failure;

  /**
   * @param chunk the scan to run
   * @param drainer the thread that will call {@link #drainTo}
   */
  HitHandoff(InputScanner.Chunk chunk, Thread drainer) {
    this.chunk = chunk;
    this.drainer = drainer;
  }

  /** Marks the chunk for the drainer to scan itself: its executor would not run it. */
  void handBack() {
    state.compareAndSet(NEW, HANDED_BACK);
  }

  // ------------------------------------------------------------------ scanning side

  /** Scans the chunk on an executor thread, publishing its hits for the drainer. */
  @Override
  public void run() {
    if (Thread.currentThread() == drainer) {
      handBack();
      return;
    }
    if (!state.compareAndSet(NEW, STARTED)) {
      return;
    }
    ChunkResult r;
    try {
      r = chunk.scan(producer);
      publish();
    } catch (Abandoned a) {
      return;
    } catch (Throwable t) {
      finish(null, t);
      return;
    }
    finish(r, null);
  }

  private final class Producer implements HitOutput {
    @Override
    public void hit(Hit hit) {
      if (filling == null) {
        filling = new Hit[BATCH];
      }
      filling[filled++] = hit;
      if (filled == BATCH) {
        publish();
      }
    }

    @Override
    public void checkpoint() {
      publish();
    }
  }

  /** Queues the batch being filled (waiting for room); throws {@link Abandoned} once closed. */
  private void publish() {
    if (closed) {
      throw Abandoned.INSTANCE;
    }
    if (filled == 0) {
      return;
    }
    Hit[] batch = filling;
    filling = null;
    filled = 0;
    lock.lock();
    try {
      await(taken, () -> closed || queue.size() < QUEUED);
      if (closed) {
        throw Abandoned.INSTANCE;
      }
      queue.add(batch);
      published.signal();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SweepException(
          "a chunk scan was interrupted while its hits waited to be delivered; the sweep stopped",
          e);
    } finally {
      lock.unlock();
    }
  }

  private void finish(ChunkResult r, Throwable t) {
    lock.lock();
    try {
      done = true;
      result = r;
      failure = t;
      published.signal();
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------ draining side

  /**
   * Hands every hit of the chunk to {@code out}, in order, as the scan finds them, and returns how
   * the scan ended. Called once, on the draining thread.
   *
   * @throws RuntimeException what the scan or {@code out} threw
   */
  ChunkResult drainTo(HitOutput out) {
    if (state.compareAndSet(HANDED_BACK, STARTED)) {
      return chunk.scan(out);
    }
    while (true) {
      Hit[] batch;
      lock.lock();
      try {
        awaitUninterruptibly(published, () -> done || !queue.isEmpty());
        batch = queue.poll();
        if (batch == null) {
          return outcome();
        }
        taken.signal();
      } finally {
        lock.unlock();
      }
      for (Hit h : batch) {
        if (h == null) {
          break;
        }
        out.hit(h);
      }
    }
  }

  private ChunkResult outcome() {
    if (failure == null) {
      return result;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw new SweepException("internal error while sweeping: " + failure, failure);
  }

  /**
   * Stops the chunk: it never starts if it has not, its scanner stops at its next publish or
   * checkpoint, and the hits it holds are dropped. Idempotent; any thread.
   */
  void close() {
    state.compareAndSet(NEW, STARTED);
    state.compareAndSet(HANDED_BACK, STARTED);
    lock.lock();
    try {
      closed = true;
      queue.clear();
      taken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------ waiting

  /** Waits on {@code condition}, with {@link #lock} held, until {@code ready}. */
  private static void await(Condition condition, BooleanSupplier ready)
      throws InterruptedException {
    if (ready.getAsBoolean()) {
      return;
    }
    ForkJoinPool.managedBlock(
        new ForkJoinPool.ManagedBlocker() {
          @Override
          public boolean block() throws InterruptedException {
            if (!ready.getAsBoolean()) {
              condition.await();
            }
            return ready.getAsBoolean();
          }

          @Override
          public boolean isReleasable() {
            return ready.getAsBoolean();
          }
        });
  }

  /** As {@link #await}, but an interrupt only sets the thread's flag again on the way out. */
  private static void awaitUninterruptibly(Condition condition, BooleanSupplier ready) {
    boolean interrupted = false;
    while (true) {
      try {
        await(condition, ready);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Thrown through a scan that nobody waits for any more; never escapes {@link #run}. */
  private static final class Abandoned extends RuntimeException {
    static final Abandoned INSTANCE = new Abandoned();

    private Abandoned() {
      super("the sweep no longer waits for this chunk", null, false, false);
    }
  }
}
