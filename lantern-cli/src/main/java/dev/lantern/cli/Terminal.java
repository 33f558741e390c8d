package dev.lantern.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process is attached to, for progress output that only people should see. */
public final class Terminal {
  private Terminal() {}

  /** True when standard error is a terminal (Linux; elsewhere, when a console is attached). */
  public static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
