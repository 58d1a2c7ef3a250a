import { describe, expect, it } from "vitest";
import { analyzeStatement } from "../src/analyze/analyze-statement.js";
import type { Statement } from "../src/statement/statement-schema.js";

const paragraph = (text: string): Statement["body"][number] => ({
  type: "paragraph",
  role: "body",
  runs: [{ text }],
});

describe("analyzeStatement", () => {
  it("counts English words at 130 a minute", () => {
    const words = Array.from({ length: 130 }, (_, i) => `word${i}`).join(" ");
    const stats = analyzeStatement({ body: [paragraph(words)] });
    expect(stats).toEqual({
      words: 130,
      characters: words.replace(/ /g, "").length,
      speakingSeconds: 60,
      languages: ["en"],
    });
  });

  it("counts Japanese characters at 300 a minute", () => {
    const text = "日本".repeat(150);
    const stats = analyzeStatement({ body: [paragraph(text)] });
    expect(stats.characters).toBe(300);
    expect(stats.speakingSeconds).toBe(60);
    expect(stats.languages).toEqual(["ja"]);
    expect(stats.words).toBeGreaterThan(0);
  });

  it("takes other rates, and counts headings and list items", () => {
    const statement: Statement = {
      body: [
        { type: "heading", level: 2, runs: [{ text: "Two words" }] },
        { type: "list", ordered: false, items: [[{ text: "three more words" }], [{ text: "議長" }]] },
      ],
    };
    const stats = analyzeStatement(statement, { englishWordsPerMinute: 60, japaneseCharsPerMinute: 120 });
    expect(stats.speakingSeconds).toBe(5 + 1);
    expect(stats.languages).toEqual(["en", "ja"]);
  });

  it("times Korean by the syllable, at the Japanese rate, and names the statement's language", () => {
    const text = "대한민국".repeat(75);
    const stats = analyzeStatement({ language: "ko", body: [paragraph(text)] });
    expect(stats.speakingSeconds).toBe(60);
    expect(stats.languages).toEqual(["ko"]);
  });

  it("names the shares by the statement's language: Chinese Han, French words", () => {
    expect(
      analyzeStatement({ language: "zh-Hans", body: [paragraph("中国代表团欢迎 UNODC 的报告")] }).languages,
    ).toEqual(["zh-Hans", "en"]);
    expect(
      analyzeStatement({ language: "fr", body: [paragraph("La France salue le rapport.")] }).languages,
    ).toEqual(["fr"]);
    expect(analyzeStatement({ language: "en", body: [paragraph("Japan 日本")] }).languages).toEqual([
      "ja",
      "en",
    ]);
  });

  it("counts words as Unicode word segmentation does: an apostrophe joins, a hyphen splits", () => {
    expect(analyzeStatement({ body: [paragraph("Japan's well-known anti-personnel mines.")] }).words).toBe(6);
  });
});

/** The counts as Intl.Segmenter gives them over the whole text: the definition analyzeStatement keeps. */
function segmenterStats(text: string) {
  const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
  const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff60]/gu;
  const wordLike = (t: string) => [...segmenter.segment(t)].filter((s) => s.isWordLike).length;
  const japaneseChars = text.match(japanese)?.length ?? 0;
  // Korean syllables are timed like Japanese characters, not as the words they make.
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const otherWords = wordLike(text.replace(japanese, " ").replace(/\p{Script=Hangul}+/gu, " "));
  return {
    words: wordLike(text),
    characters: [...text.replace(/\s+/gu, "")].length,
    speakingSeconds: Math.round((otherWords / 130) * 60 + ((japaneseChars + hangul) / 300) * 60),
    languages: (
      [
        ["en", otherWords],
        ["ja", japaneseChars],
        ["ko", hangul],
      ] as [string, number][]
    )
      .filter(([, share]) => share > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([language]) => language),
  };
}

/** mulberry32, so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("analyzeStatement against Intl.Segmenter", () => {
  // Characters the fast path knows, and many it must hand to Intl.Segmenter: Japanese, full-width
  // forms, marks, format characters, other scripts, emoji sequences, other spaces.
  const known = [
    ..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_.:,;'‘’-\"“”–—…()/@#$%&*+=?!<>[]{}|~`^§°×÷©«»éüßÀÿāǅƻɏ",
    " ",
    " ",
    "\n",
    "\t",
  ];
  const other = [
    ..."日本語の議長令和年月ー、。「」（）ｶﾅＡＢ１２　々〆ヶ",
    "\u0301",
    "\u00ad",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "·",
    "ª",
    "²",
    "ÅÉ",
    "Ωπ",
    "Жд",
    "אב",
    "ไทย",
    "한국",
    "😀",
    "👍🏽",
    "👩‍💻",
    "\u2024",
    "\u2019\u0301",
    "\u3000",
  ];

  it("counts exactly as segmenting the whole text does, on random text", () => {
    const rand = random(20211123);
    for (let i = 0; i < 3000; i++) {
      const pool = i % 3 === 0 ? [...known, ...other] : known;
      const length = 1 + Math.floor(rand() * 60);
      let text = "";
      for (let j = 0; j < length; j++) text += pool[Math.floor(rand() * pool.length)];
      expect(analyzeStatement({ body: [paragraph(text)] }), JSON.stringify(text)).toEqual(
        segmenterStats(text),
      );
    }
  });

  it("counts the seed statements exactly as segmenting the whole text does", () => {
    const texts = [
      "Japan's well-known anti-personnel mines: 1,000.5 U.S. dollars, FY2016 (e.g. “Plan”) — 20th.",
      "令和3年11月23日、木村大使は「人身取引」についてステートメントを行った。Thank you, Mr. President.",
      "ＡＢＣdef ｶﾀｶﾅabc 日本Japan 2021年 Ａ'b",
    ];
    for (const text of texts)
      expect(analyzeStatement({ body: [paragraph(text)] })).toEqual(segmenterStats(text));
  });
});
