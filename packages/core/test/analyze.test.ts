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

  it("counts words as Unicode word segmentation does: an apostrophe joins, a hyphen splits", () => {
    expect(analyzeStatement({ body: [paragraph("Japan's well-known anti-personnel mines.")] }).words).toBe(6);
  });
});
