package dev.lantern.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

  private final LanguageIdentifier identifier = LanguageIdentifier.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The Minister of Defense of the Netherlands claims that Chinese spies gained access.|en",
        "Нідерланди звинуватили Китай у кібератаці на мережу міністерства оборони.|uk",
        "Нидерланды обвинили Китай в кибератаке на сеть министерства обороны.|ru",
        "Хакери отримали доступ до мережі|uk",
        "Хакеры получили доступ к сети|ru",
        "Служба безпеки України повідомила про атаку|uk",
        "Служба безопасности сообщила об атаке|ru"
      })
  void identify_tellsTheThreeLanguagesApart(String text, String code) {
    assertThat(identifier.identify(text)).contains(Language.ofCode(code));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "185.220.101.47 1f3a9c4be26d77e8",
        "Die Angreifer nutzten eine Schwachstelle in der Firewall aus, sagte die Behörde."
      })
  void identify_leavesOtherTextUnidentified(String text) {
    assertThat(identifier.identify(text)).isEqualTo(Optional.empty());
  }
}
