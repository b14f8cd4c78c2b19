import { describe, expect, it } from "vitest";
import { declaredLanguage, detectLanguage, languageName } from "./language.js";

const ENGLISH =
  "The two delegations met for several hours on Tuesday and agreed to keep talking, " +
  "according to a statement released after the session. Officials from both sides said " +
  "the discussion had been useful, although no date was set for the next round.";

describe("detectLanguage", () => {
  it("reads a paragraph of English as English, whatever the input declared", () => {
    expect(detectLanguage(ENGLISH).tag).toBe("en");
    expect(detectLanguage(ENGLISH, "fr").tag).toBe("en");
  });

  it("keeps English with many foreign names in it", () => {
    const names =
      "Olena Hrytsenko, Bohdan Kovalchuk and Mykola Savchenko arrived in Zaporizhzhia on " +
      "Monday, where Governor Ivan Fedorov told reporters that the shelling of Vasylivka and " +
      "Polohy had eased since the weekend and that schools would reopen next week.";
    expect(detectLanguage(names).tag).toBe("en");
  });

  it("tells Latin-script languages apart once the text is long enough", () => {
    const french =
      "Les deux délégations se sont réunies pendant plusieurs heures mardi et ont convenu " +
      "de poursuivre les discussions, selon un communiqué publié après la séance. Les " +
      "responsables ont jugé l'échange utile, sans fixer de date pour la prochaine réunion.";
    const german =
      "Die beiden Delegationen trafen sich am Dienstag mehrere Stunden lang und vereinbarten, " +
      "die Gespräche fortzusetzen, wie es in einer Erklärung nach der Sitzung hieß. Ein " +
      "Termin für die nächste Runde wurde allerdings noch nicht festgelegt.";
    expect(detectLanguage(french)).toMatchObject({ tag: "fr", name: "French", by: "trigrams" });
    expect(detectLanguage(german).tag).toBe("de");
  });

  it("decides by script for Cyrillic text, however short, and tells Ukrainian from Russian", () => {
    const ukrainian =
      "Делегації зустрілися у вівторок і домовилися продовжити переговори наступного тижня.";
    const russian = "Делегации встретились во вторник и договорились продолжить переговоры.";
    expect(detectLanguage(ukrainian)).toMatchObject({ tag: "uk", by: "script" });
    expect(detectLanguage(russian).tag).toBe("ru");
    expect(detectLanguage("Переговори тривають").by).toBe("script");
  });

  it("leaves a short Latin headline to what the input declared, else English", () => {
    expect(detectLanguage("Envoy says deal 95% done").tag).toBe("en");
    expect(detectLanguage("Accord conclu à 95 %", "fr-FR")).toMatchObject({
      tag: "fr",
      by: "declared",
    });
    expect(detectLanguage("Talks resume", "und").tag).toBe("en");
  });

  it("reads a declared language written as a three-letter code or a name, and ignores one that names none", () => {
    expect(declaredLanguage("en-GB")).toBe("en");
    expect(declaredLanguage("deu")).toBe("de");
    expect(declaredLanguage("English")).toBe("en");
    expect(declaredLanguage("French")).toBe("fr");
    expect(declaredLanguage("xx")).toBeNull();
    expect(declaredLanguage("n/a")).toBeNull();
    expect(detectLanguage("Talks resume in Geneva", "English").tag).toBe("en");
    expect(detectLanguage("Talks resume in Geneva", "zz-unknown").tag).toBe("en");
  });

  it("names languages by their tag", () => {
    expect(languageName("uk")).toBe("Ukrainian");
    expect(languageName("xx-not-a-tag")).toBe("xx-not-a-tag");
  });
});

describe("language tags", () => {
  it("gives an individual language its macrolanguage's two-letter tag", () => {
    const mandarin = "双方代表团周二举行了会谈，并同意下周继续谈判。";
    expect(detectLanguage(mandarin)).toMatchObject({ tag: "zh", name: "Chinese" });
    const arabic = "اجتمع الوفدان يوم الثلاثاء واتفقا على مواصلة المحادثات الأسبوع المقبل في جنيف.";
    expect(detectLanguage(arabic).tag).toBe("ar");
  });
});
