import { describe, expect, it } from "vitest";
import { defaultLanguage, wordLanguageTag, wordRuns } from "../src/languages.js";

describe("Word language tags", () => {
  it.each([
    [undefined, "en-US"],
    ["en", "en-US"],
    ["en-GB", "en-GB"],
    ["fr", "fr-FR"],
    ["es", "es-ES"],
    ["ru", "ru-RU"],
    ["ar", "ar-SA"],
    ["zh", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hant", "zh-TW"],
    ["zh-Hant-HK", "zh-HK"],
    ["ja", "ja-JP"],
    ["ko", "ko-KR"],
    ["iw", "he-IL"],
    ["th", "th-TH"],
    ["hi", "hi-IN"],
    ["sw", "sw"],
  ])("%s → %s", (tag, word) => {
    expect(wordLanguageTag(tag)).toBe(word);
  });

  it("defaults: the document's language, its Han language, and w:bidi only for a complex script", () => {
    expect(defaultLanguage("ja")).toEqual({ value: "ja-JP", eastAsia: "ja-JP" });
    expect(defaultLanguage(undefined)).toEqual({ value: "en-US", eastAsia: "ja-JP" });
    expect(defaultLanguage("zh-Hant")).toEqual({ value: "zh-TW", eastAsia: "zh-TW" });
    expect(defaultLanguage("th")).toEqual({ value: "th-TH", eastAsia: "ja-JP", bidirectional: "th-TH" });
  });
});

describe("Word runs", () => {
  it("split by slot and language; neutrals join the run before, or the next at the start", () => {
    expect(
      wordRuns("« 2024 » تقرير Guterres 2025.", "ar").map((run) => [
        run.text,
        run.slot,
        run.lang,
        run.rightToLeft,
      ]),
    ).toEqual([
      ["« 2024 » تقرير ", "complex", "ar", true],
      ["Guterres 2025.", "latin", "en", false],
    ]);
  });

  it("CJK punctuation and full-width forms are East Asian, in the document's Han language", () => {
    expect(wordRuns("He said「你好」。", "zh-Hans").map((run) => [run.text, run.lang])).toEqual([
      ["He said", "en"],
      ["「你好」。", "zh-Hans"],
    ]);
  });

  it("takes characters beyond the BMP and lone surrogates whole; runs are slices of the text", () => {
    const runs = (text: string, language: string) =>
      wordRuns(text, language).map((run) => [run.text, run.slot, run.lang]);
    expect(runs("「𠮷野家」と Tokyo 😀 2024", "ja")).toEqual([
      ["「𠮷野家」と ", "eastAsia", "ja"],
      ["Tokyo 😀 2024", "latin", "en"],
    ]);
    expect(runs("Japan 日本 Japan.", "en")).toEqual([
      ["Japan ", "latin", "en"],
      ["日本 ", "eastAsia", "ja"],
      ["Japan.", "latin", "en"],
    ]);
    expect(runs("\ud800 lone surrogate", "en")).toEqual([["\ud800 lone surrogate", "latin", "en"]]);
    expect(wordRuns("", "en")).toEqual([]);
  });

  it("text of neutrals only is in the document's script", () => {
    expect(wordRuns("2025", "ar")).toEqual([
      { text: "2025", slot: "complex", lang: "ar", rightToLeft: true },
    ]);
    expect(wordRuns("2025", "hi")).toEqual([
      { text: "2025", slot: "complex", lang: "hi", rightToLeft: false },
    ]);
    expect(wordRuns("2025", "ja")).toEqual([{ text: "2025", slot: "latin", lang: "en", rightToLeft: false }]);
  });
});
