import { describe, expect, test } from "vitest";
import { japanesePhrases, keepsPhrases, phraseBoundaries } from "../src/text/phrases.js";

describe("Japanese phrases (BudouX)", () => {
  test("a minister's title is one phrase, never 上川外務大 / 臣", () => {
    expect(japanesePhrases("上川外務大臣の談話")).toEqual(["上川外務大臣の", "談話"]);
    expect(phraseBoundaries("上川外務大臣の談話")).toEqual([7]);
  });

  test("the phrases rebuild the text; text without Japanese is one phrase", () => {
    const title = "国連ハイレベル総会における木村大使ステートメント";
    expect(japanesePhrases(title).join("")).toBe(title);
    expect(japanesePhrases(title).length).toBeGreaterThan(1);
    expect(japanesePhrases("Statement by Japan")).toEqual(["Statement by Japan"]);
    expect(phraseBoundaries("Statement by Japan")).toEqual([]);
  });

  test("titles and headings keep phrases, body text does not", () => {
    for (const name of [
      "title",
      "title-ja",
      "subtitle",
      "section-title",
      "cover-title",
      "heading-1",
      "heading-3",
    ])
      expect(keepsPhrases({ name })).toBe(true);
    expect(keepsPhrases({ name: "book-title", basedOn: "title" })).toBe(true);
    expect(keepsPhrases({ name: "body" })).toBe(false);
    expect(keepsPhrases({ name: "salutation", basedOn: "body" })).toBe(false);
  });
});
