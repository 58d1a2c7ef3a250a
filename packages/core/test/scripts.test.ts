import { describe, expect, it } from "vitest";
import { detectLanguage, isRightToLeft, languageOf, scriptOf, scriptRuns } from "../src/text/scripts.js";

describe("scriptOf", () => {
  it("tells each script apart, with marks and the prolonged sound mark in their script", () => {
    const cases: [string, string][] = [
      ["a", "latin"],
      ["é", "latin"],
      ["Ж", "cyrillic"],
      ["Ω", "greek"],
      ["ب", "arabic"],
      ["\u064b", "arabic"],
      ["ש", "hebrew"],
      ["際", "han"],
      ["际", "han"],
      ["の", "kana"],
      ["ー", "kana"],
      ["한", "hangul"],
      ["ก", "thai"],
      ["क", "devanagari"],
      ["😀", "symbol"],
      ["★", "symbol"],
      ["3", "neutral"],
      [" ", "neutral"],
      ["،", "neutral"],
      ["(", "neutral"],
    ];
    expect(cases.map(([char]) => [char, scriptOf(char)])).toEqual(cases);
    expect(isRightToLeft("arabic")).toBe(true);
    expect(isRightToLeft("latin")).toBe(false);
  });
});

describe("languageOf", () => {
  it("sets Han by the document's language, Latin and Cyrillic by it where it fits", () => {
    expect(languageOf("han", "zh-Hans")).toBe("zh-Hans");
    expect(languageOf("han", "zh")).toBe("zh-Hans");
    expect(languageOf("han", "zh-TW")).toBe("zh-Hant");
    expect(languageOf("han", "zh-Hant")).toBe("zh-Hant");
    expect(languageOf("han", "ko")).toBe("ko");
    expect(languageOf("han", "ja")).toBe("ja");
    expect(languageOf("han", "en")).toBe("ja");
    expect(languageOf("latin", "fr")).toBe("fr");
    expect(languageOf("latin", "ja")).toBe("en");
    expect(languageOf("latin", "ar")).toBe("en");
    expect(languageOf("cyrillic", "en")).toBe("ru");
    expect(languageOf("arabic", "en")).toBe("ar");
    expect(languageOf("hangul", "en")).toBe("ko");
    expect(languageOf("neutral", "es")).toBe("es");
  });
});

describe("scriptRuns", () => {
  it("keeps neutral characters with the run before, Han and kana together", () => {
    expect(scriptRuns("令和3年、日本は (Japan) قال", "ja")).toEqual([
      { text: "令和3年、日本は (", script: "han", lang: "ja" },
      { text: "Japan) ", script: "latin", lang: "en" },
      { text: "قال", script: "arabic", lang: "ar" },
    ]);
    expect(scriptRuns("2024: 中国代表团", "zh-Hans")).toEqual([
      { text: "2024: 中国代表团", script: "han", lang: "zh-Hans" },
    ]);
    expect(scriptRuns("123", "fr")).toEqual([{ text: "123", script: "neutral", lang: "fr" }]);
  });
});

describe("detectLanguage", () => {
  it("finds the language of statements in each UN language, Japanese and Korean", () => {
    expect(
      detectLanguage(
        "Monsieur le Président, la France salue les efforts des États membres et du Secrétariat.",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "Señor Presidente, España agradece los esfuerzos de la Secretaría y del Consejo para la paz.",
      ),
    ).toBe("es");
    expect(
      detectLanguage(
        "Mr. President, the delegation of Japan welcomes the work of this Council and its members.",
      ),
    ).toBe("en");
    expect(detectLanguage("Господин Председатель, Российская Федерация приветствует работу Совета.")).toBe(
      "ru",
    );
    expect(detectLanguage("السيد الرئيس، يرحب وفد بلادي بعمل المجلس (UN) في عام 2024.")).toBe("ar");
    expect(detectLanguage("主席先生，中国代表团欢迎理事会的工作，这对国际社会很重要。")).toBe("zh-Hans");
    expect(detectLanguage("主席先生，中國代表團歡迎理事會的工作，這對國際社會很重要。")).toBe("zh-Hant");
    expect(detectLanguage("議長、日本政府は理事会の取組を歓迎します。UNODC との協力も重要です。")).toBe("ja");
    expect(detectLanguage("의장님, 대한민국 대표단은 이사회의 노력을 환영합니다.")).toBe("ko");
    expect(detectLanguage("2024 — 12")).toBeUndefined();
  });
});
