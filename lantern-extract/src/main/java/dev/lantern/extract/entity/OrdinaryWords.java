package dev.lantern.extract.entity;

import java.util.Set;

/**
 * English ordinary words that are also names in the knowledge base ("Equation", "Silence",
 * "Royal"), and the cue words that make such a name safe to take ("the Equation group", "Royal
 * ransomware"). The first list holds the words the knowledge base flags in its comments, plus
 * common words among its one-word names; extend it when a new one-word name is also a word.
 */
final class OrdinaryWords {

  private static final Set<String> ENGLISH =
      Set.of(
          "will",
          "may",
          "equation",
          "epic",
          "carbon",
          "flame",
          "predator",
          "royal",
          "play",
          "hive",
          "empire",
          "havoc",
          "mythic",
          "covenant",
          "sliver",
          "responder",
          "chisel",
          "silence",
          "machete",
          "platinum",
          "gallium",
          "tor",
          "solar",
          "meta",
          "sea",
          "snake",
          "mercury",
          "zinc",
          "nickel",
          "tick",
          "reaper",
          "cicada",
          "mirage",
          "flea",
          "armageddon",
          "krypton",
          "agenda",
          "alien",
          "apostle",
          "axiom",
          "beacon",
          "cannon",
          "chimera",
          "cleaver",
          "crimson",
          "emissary",
          "gazer",
          "guardian",
          "inception",
          "maze",
          "meteor",
          "mosquito",
          "raccoon",
          "raindrop",
          "rancor",
          "scorpion",
          "strider",
          "stowaway",
          "wired",
          "prestige",
          "longhorn",
          "calypso",
          "elfin",
          "vermin",
          "menorah",
          "mailto",
          "lamberts",
          "vedalia",
          "helminth",
          "pentagon",
          "kremlin",
          "washington",
          "moscow",
          "beijing",
          "berlin",
          "tehran");

  private static final Set<String> CUES =
      Set.of(
          "group",
          "groups",
          "apt",
          "actor",
          "actors",
          "hackers",
          "hacker",
          "gang",
          "crew",
          "malware",
          "backdoor",
          "ransomware",
          "trojan",
          "implant",
          "tool",
          "toolkit",
          "framework",
          "c2",
          "loader",
          "wiper",
          "spyware",
          "rootkit",
          "botnet",
          "campaign",
          "operators",
          "family",
          "variant",
          "payload",
          "угруповання",
          "група",
          "хакери",
          "хакерів",
          "програма",
          "вірус",
          "группировка",
          "группа",
          "хакеры",
          "хакеров",
          "вирус",
          "программа");

  private OrdinaryWords() {}

  /** Whether a normalised Latin word is an ordinary English word that is also a name. */
  static boolean isOrdinaryEnglish(String key) {
    return ENGLISH.contains(key);
  }

  /** Whether a normalised word signals that a nearby ordinary word is used as a name. */
  static boolean isCue(String key) {
    return CUES.contains(key);
  }
}
