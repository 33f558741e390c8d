package dev.lantern.cli.serve;

import dev.lantern.server.LanternServer;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a started server running until the process is asked to stop (Ctrl-C, SIGTERM), then stops
 * it and runs the cleanup (closing the store, removing a demo folder) before the JVM exits.
 */
public final class Serving {
  private Serving() {}

  /** Blocks until the JVM shuts down; the shutdown hook stops the server, then runs cleanup. */
  public static void untilStopped(LanternServer server, PrintWriter out, Runnable cleanup) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    cleanup.run();
                    out.println("lantern: stopped");
                    out.flush();
                  } finally {
                    stopped.countDown();
                  }
                },
                "lantern-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
