package dev.lantern.extract.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes the attribution reader looks for, each as a set of word forms: English words as
 * written (lower case), Ukrainian and Russian words as dictionary lemmas, so that one entry covers
 * every inflection ("звинуватила", "звинуватили" → звинуватити). Phrases are matched word by word
 * ({@link #phrases}).
 *
 * <p>Written by us for Lantern from the way news and advisories word attribution; see {@code
 * docs/accuracy.md} for what they reach on the labelled corpus.
 */
enum Cue {
  /** Verbs and nouns of saying, reporting and accusing: they introduce a claimant. */
  SAY(
      "said say says saying told tell tells claim claims claimed claiming stated states announced"
          + " announces reported reports wrote writes noted notes added adds emphasize emphasized"
          + " emphasizes emphasise emphasised stressed concluded assessed assesses believe believes"
          + " confirmed confirms warned warns alleged alleges accused accuse accuses accusing blamed"
          + " blame blames attributed attribute attributes named identified found according"
          + " suspects determined charged indicted denied deny denies rejected reject rejects"
          + " disputed dispute disputes dismissed questioned doubted doubts called argued insisted"
          + " concluding alleging blaming attributing asserting asserted asserts"
          + " declared explained published revealed disclosed tracks observed pointed statement assess"
          + " charging unsealed describes described describe"
          + " заявити заявляти сказати казати говорити повідомити повідомляти звинуватити"
          + " звинувачувати заперечити заперечувати відкинути відкидати спростувати спростовувати"
          + " назвати називати зазначити зазначати наголосити наголошувати підтвердити"
          + " підтверджувати вважати стверджувати попередити попереджати встановити приписати"
          + " приписувати оголосити оголошувати написати додати висловити сумніватися оскаржити"
          + " виявити опублікувати поінформувати пояснити розповісти вказати відзначити"
          + " підкреслити констатувати звинувачення заява словами оцінка оцінкою думка висновок"
          + " оцінити оцінювати пов'язати пов'язувати оценить оценивать связать связывать"
          + " заявить заявлять сказать сообщить сообщать обвинить обвинять опровергнуть"
          + " опровергать отрицать отвергнуть отвергать назвать называть отметить отмечать"
          + " подчеркнуть подчеркивать подтвердить подтверждать считать утверждать предупредить"
          + " предупреждать установить приписать приписывать объявить добавить выразить"
          + " усомниться сомневаться оспорить оспаривать выявить опубликовать пояснить рассказать"
          + " указать указывать констатировать обвинение заявление словам оценке мнению вывод"
          + " даними данным"),
  /** Words of denial. */
  DENY(
      "deny denies denied denying denial denials reject rejects rejected rejecting refute refuted"
          + " refutes dismissed dismisses opposes oppose opposed groundless baseless unfounded"
          + " slander smear fabricated заперечити заперечувати заперечення відкинути відкидати"
          + " спростувати спростовувати безпідставний вигадка наклеп непричетний опровергнуть"
          + " опровергать отрицать отвергнуть отвергать отрицание безосновательный голословный"
          + " клевета непричастный непричастность"),
  /** Words of doubt about someone else's attribution. */
  DISPUTE(
      "dispute disputes disputed disputing doubt doubts doubted doubtful questioned wrong"
          + " skeptical sceptical unconvinced contested challenged misattributed premature"
          + " сумнів сумніватися засумніватися оскаржити оскаржувати хибний помилковий"
          + " неправдивий сомнение сомневаться усомниться оспорить оспаривать ошибочный ложный"
          + " неверный неубедительный"),
  /** Words that qualify a claim. */
  HEDGE(
      "allegedly alleged reportedly likely probably possibly possible suspected suspect believed"
          + " appear appears appeared apparently may might could presumably purportedly linked"
          + " assessed assesses assess"
          + " tied perhaps seemingly ймовірно імовірно нібито можливо вірогідно мабуть напевно"
          + " підозрювати підозрюваний пов'язаний найімовірніше схоже предположительно якобы"
          + " вероятно возможно вероятность наверняка видимо подозревать подозреваемый"
          + " связанный скорее"),
  /** Words that show the claim rests on charges in court. */
  INDICTMENT(
      "indictment indictments indicted charged charges prosecutors prosecutor court warrant"
          + " обвинувальний суд прокуратура прокурор підозра обвинительный прокурор уголовный"),
  /** Words that show the claim rests on a technical report. */
  REPORT(
      "report reports advisory advisories analysis assessment investigation forensic forensics"
          + " findings bulletin technical звіт аналіз бюлетень розслідування висновок"
          + " рекомендація отчет доклад анализ бюллетень расследование исследование"),
  /** Nouns for attackers: a country word followed by one of them points at a culprit. */
  ATTACKER(
      "hacker hackers hacking spies spy cyberspies cyberspy group groups actor actors apt"
          + " operatives operators agents unit units intelligence military espionage nationals officers"
          + " cyberespionage cyberattack cyberattacks attacks attack campaign campaigns threat"
          + " gang crew criminals cybercriminals services backed sponsored owned affiliated"
          + " aligned хакер хакерський угруповання група шпигун кібершпигун кібершпигунство"
          + " шпигунство розвідка військовий спецслужба атака кібератака кампанія оператор"
          + " зловмисник кіберзлочинець загроза державний хакерский группировка группа шпион"
          + " кибершпион кибершпионаж шпионаж разведка военный спецслужба кибератака кампания"
          + " злоумышленник киберпреступник угроза государственный"),
  /** Nouns for what is attacked: they end a country word's attacker look-ahead. */
  VICTIM_NOUN(
      "network networks system systems company companies firm firms university universities"
          + " embassy ambassador facility facilities infrastructure ministry officials citizens"
          + " economy security targets victims organizations organisations institutions"
          + " parliament election elections email servers industry sector technology grid websites"
          + " sites орган сайт"
          + " мережа система компанія університет посольство посол об'єкт інфраструктура"
          + " міністерство посадовець громадянин економіка безпека сеть компания университет"
          + " посол объект инфраструктура министерство чиновник гражданин экономика"
          + " організація установа заклад підприємство организация учреждение госорган"
          + " ведомство предприятие сторінка страница клієнт клиент"),
  /** Words just before a country that make it the one held responsible. */
  BACKING(
      "linked tied backed sponsored affiliated aligned connected behind blamed accused accuses"
          + " accuse accusing attributed blame blames responsible behalf пов'язаний пов'язати"
          + " пов'язувати связывать"
          + " звинуватити звинувачувати приписати причетний підтримка замовлення стояти винний"
          + " боку связанный обвинить обвинять приписать причастный поддержка заказ стоять"
          + " виновный интерес стороны спонсируемый аффилированный связать"),
  /** Verbs and nouns of attack: the sentence is about an intrusion. */
  ATTACK(
      "hacked hack hacks hacking attacked attack attacks attacking breached breach breaches"
          + " compromised compromise targeted targets targeting target infiltrated penetrated"
          + " gained accessed stole steal stealing spied spying exfiltrated deployed placed"
          + " installed launched conducted orchestrated committed carried perpetrated tried posed intrusion intrusions espionage"
          + " cyberattack cyberattacks ddos infected disrupted wiped encrypted leaked broke"
          + " зламати зламувати атакувати атака кібератака напасти проникнути доступ викрасти"
          + " шпигувати шпигунство кібершпигунство уразити інфікувати здійснити провести"
          + " розгорнути зашифрувати знищити вторгнення злам збій взломать взламывать атаковать"
          + " атака кибератака напасть проникнуть похитить украсть шпионить шпионаж"
          + " кибершпионаж заразить осуществить провести развернуть зашифровать уничтожить"
          + " вторжение взлом сбой theft heist крадіжка кража ограбление пограбування"),
  /** Words after which a named organisation is a victim. */
  TARGET(
      "target targets targeted targeting hacked breached compromised attacked against into"
          + " victim victims hit infiltrated affected ціль мета жертва атакувати зламати проти"
          + " постраждати постраждалий цель жертва атаковать взломать против пострадать"
          + " пострадавший"),
  /**
   * Nouns for a kind of organisation, which a name follows ("the shipping giant Maersk", "компанії
   * «Прикарпаттяобленерго»", "биржи Bybit") or, in Ukrainian and Russian, ends ("Стенфордський
   * університет").
   */
  ORG_NOUN(
      "company firm giant operator carrier provider bank exchange airport university concern"
          + " institute інститут институт"
          + " manufacturer maker producer developer retailer insurer hospital utility corporation"
          + " компанія концерн гігант оператор провайдер банк біржа криптобіржа аеропорт"
          + " університет виробник розробник постачальник корпорація холдинг лікарня компания"
          + " гигант провайдер биржа криптобиржа аэропорт университет производитель"
          + " разработчик поставщик корпорация холдинг больница"),
  /** Words that open a background incident: another, earlier or separate one. */
  BACKGROUND(
      "separate separately another earlier previously previous recently окремий окремо інший"
          + " раніше нещодавно попередній отдельный отдельно другой ранее недавно прежде"
          + " предыдущий"),
  /** Words that stand for a claimant named earlier. */
  PRONOUN(
      "they it he she agencies agency company firm ministry embassy service officials"
          + " researchers він вона вони воно компанія відомство міністерство посольство він"
          + " они он она оно компания ведомство министерство посольство");

  private final Set<String> forms;

  Cue(String words) {
    Set<String> s = new HashSet<>();
    for (String w : words.split(" ")) {
      if (!w.isBlank()) {
        s.add(w);
      }
    }
    this.forms = Set.copyOf(s);
  }

  /** For each form of every class, the classes it belongs to as bits ({@code 1 << ordinal}). */
  private static final Map<String, Integer> CLASSES_OF_FORM;

  static {
    Map<String, Integer> m = new HashMap<>();
    for (Cue c : values()) {
      for (String f : c.forms) {
        m.merge(f, 1 << c.ordinal(), (a, b) -> a | b);
      }
    }
    CLASSES_OF_FORM = Map.copyOf(m);
  }

  /**
   * The classes any of a word's forms belongs to, as bits for {@link #in}: computed once per word,
   * so testing a word against every class costs one lookup per form, not one per form and class.
   */
  static int classesOf(String[] wordForms) {
    int bits = 0;
    for (String f : wordForms) {
      bits |= CLASSES_OF_FORM.getOrDefault(f, 0);
    }
    return bits;
  }

  /** Whether this class is among {@code classes} (from {@link #classesOf}). */
  boolean in(int classes) {
    return (classes >>> ordinal() & 1) != 0;
  }

  /** Multi-word cues, each as the role it plays and its words (forms as above). */
  static final List<Phrase> PHRASES =
      List.of(
          new Phrase(DENY, "ruled", "out"),
          new Phrase(DENY, "nothing", "to", "do"),
          new Phrase(DENY, "not", "involved"),
          new Phrase(DENY, "no", "involvement"),
          new Phrase(DENY, "не", "причетний"),
          new Phrase(DENY, "не", "причастный"),
          new Phrase(DENY, "не", "мати", "стосунку"),
          new Phrase(DENY, "не", "иметь", "отношения"),
          new Phrase(ATTACK, "вивести", "з", "лад"),
          new Phrase(ATTACK, "виведений", "з", "лад"),
          new Phrase(ATTACK, "вывести", "из", "строй"),
          new Phrase(ATTACK, "knocked", "offline"),
          new Phrase(ATTACK, "taken", "offline"),
          new Phrase(DISPUTE, "false", "flag"),
          new Phrase(DISPUTE, "никакой", "доказательство"),
          new Phrase(DISPUTE, "жодний", "доказ"),
          new Phrase(DISPUTE, "cast", "doubt"),
          new Phrase(DISPUTE, "no", "evidence"),
          new Phrase(DISPUTE, "not", "convinced"),
          new Phrase(DISPUTE, "ставити", "під", "сумнів"),
          new Phrase(DISPUTE, "поставити", "під", "сумнів"),
          new Phrase(DISPUTE, "ставить", "под", "сомнение"),
          new Phrase(DISPUTE, "поставить", "под", "сомнение"),
          new Phrase(DISPUTE, "ложный", "след"),
          new Phrase(DISPUTE, "хибний", "слід"),
          new Phrase(HEDGE, "almost", "certainly"),
          new Phrase(HEDGE, "high", "confidence"),
          new Phrase(HEDGE, "moderate", "confidence"),
          new Phrase(HEDGE, "thought", "to"),
          new Phrase(HEDGE, "degree", "of", "confidence"),
          new Phrase(HEDGE, "майже", "напевно"),
          new Phrase(HEDGE, "почти", "наверняка"));

  /** A multi-word cue. */
  /** {@link #PHRASES} by their first word, so a sentence is scanned once for all of them. */
  static final Map<String, Phrase[]> PHRASES_BY_FIRST_WORD;

  static {
    Map<String, List<Phrase>> m = new HashMap<>();
    for (Phrase p : PHRASES) {
      m.computeIfAbsent(p.words()[0], k -> new java.util.ArrayList<>()).add(p);
    }
    Map<String, Phrase[]> arrays = new HashMap<>();
    m.forEach((k, v) -> arrays.put(k, v.toArray(new Phrase[0])));
    PHRASES_BY_FIRST_WORD = Map.copyOf(arrays);
  }

  record Phrase(Cue role, String... words) {}
}
