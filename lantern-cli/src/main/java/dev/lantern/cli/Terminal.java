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

  /**
   * {@code text} with control characters (terminal escape sequences from a hostile report, stray
   * line breaks) replaced by spaces, so that one value prints as one line and cannot drive the
   * terminal.
   */
  public static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT && c != 0x200D) {
                sb.append(' ');
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }
}
