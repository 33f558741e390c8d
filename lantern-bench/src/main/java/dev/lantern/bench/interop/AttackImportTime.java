package dev.lantern.bench.interop;

import dev.lantern.store.Store;
import dev.lantern.store.interop.ImportFormat;
import dev.lantern.store.interop.ImportResult;
import dev.lantern.store.interop.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the import of a MITRE ATT&CK bundle into a fresh SQLite store (read, 2.0 → 2.1 upgrade,
 * validation of every object, reference check, upsert in transactions of 1,000), then the re-import
 * of the same file (which writes nothing).
 *
 * <p>Command: {@code ./mvnw -B -q -pl lantern-bench -am package -DskipTests && java -cp
 * lantern-bench/target/lantern-bench.jar dev.lantern.bench.interop.AttackImportTime
 * ../shared/conformance/kb/attack/enterprise-attack-stix20-assembled.json [runs]}
 */
public final class AttackImportTime {
  private AttackImportTime() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int run = 1; run <= runs; run++) {
      Path dir = Files.createTempDirectory("lantern-attack-bench");
      try (Store store = Store.open(dir.resolve("lantern.db").toString())) {
        Importer importer = new Importer(store);
        long t0 = System.nanoTime();
        ImportResult first = importer.importFile(file, ImportFormat.AUTO);
        long t1 = System.nanoTime();
        ImportResult again = importer.importFile(file, ImportFormat.AUTO);
        long t2 = System.nanoTime();
        double s1 = (t1 - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "run %d: import %d objects (%d created) in %.1f s = %.0f objects/s;"
                + " re-import (%d unchanged) in %.1f s; store %d MB%n",
            run,
            first.objects(),
            first.created(),
            s1,
            first.objects() / s1,
            again.unchanged(),
            (t2 - t1) / 1e9,
            Files.size(dir.resolve("lantern.db")) >> 20);
      }
    }
  }
}
