package dev.lantern.cli.interop;

import dev.lantern.cli.KnowledgeStore;
import dev.lantern.cli.Main;
import dev.lantern.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The knowledge store of commands that use it, as a picocli mixin ({@code @Mixin StoreOption
 * store;}). It declares no option of its own: the location is the global {@code --db} of {@link
 * Main} (given before or after the command name), else {@code LANTERN_DB}, else {@code
 * ./lantern-data/lantern.db} — see {@link KnowledgeStore}.
 */
@Command // a mixin with no option of its own; picocli needs an annotation to accept it
public final class StoreOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** The location, for messages. */
  public String location() {
    return KnowledgeStore.location(Main.db(mixee));
  }

  /** Opens (creating and migrating on first use) the store. */
  public Store open() {
    return KnowledgeStore.open(Main.db(mixee));
  }
}
