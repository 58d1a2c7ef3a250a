// The shortcuts taken for speed give the answers of the rules they stand in for, at their edges:
// ſ and the Kelvin sign under `iu`, surrogate pairs, digits of other scripts, curled quotes in a row.
import { describe, expect, it } from "vitest";
import { countWords } from "../src/analyze/count-words.js";
import { findDate } from "../src/dates/parse-date-text.js";
import { readDateVenue } from "../src/import/extract-metadata.js";
import { allMatches, nativeOnFirstUse } from "../src/text/native-regexps.js";
import { countJapanese, isMostlyJapanese } from "../src/text/script.js";
import { detectLanguage } from "../src/text/scripts.js";
import { smartQuotesWith } from "../src/text/smart-quotes.js";

describe("detectLanguage's stopword count", () => {
  it("counts whole words in any case, digits and _ joining a word", () => {
    expect(detectLanguage("Les LES les the")).toBe("fr");
    expect(detectLanguage("les_ les2 les3 the")).toBe("en");
    expect(detectLanguage("les-les-les the and")).toBe("fr");
    expect(detectLanguage("élés the")).toBe("en");
  });

  it("reads ſ as s, as the `iu` rules do (deſ is des)", () => {
    expect(detectLanguage("deſ deſ deſ the the")).toBe("fr");
  });
});

describe("isMostlyJapanese and countJapanese", () => {
  it("count a supplementary ideograph once and a lone surrogate not at all", () => {
    expect(countJapanese("\u{20BB7}野家")).toBe(3);
    expect(countJapanese("\uD842ab\uDFB7")).toBe(0);
    expect(isMostlyJapanese("\u{20BB7}野 ab")).toBe(true);
    expect(isMostlyJapanese("\u{20BB7} abc")).toBe(false);
    expect(isMostlyJapanese("123 !?")).toBe(false);
  });
});

describe("findDate's digit and year checks", () => {
  it("still reads full-width and Arabic-Indic digits", () => {
    expect(findDate("令和５年１０月２４日")?.date.start).toBe("2023-10-24");
    expect(findDate("٢٥ أكتوبر ٢٠٢٣")?.date.start).toBe("2023-10-25");
  });

  it("finds nothing, and warns nothing, without a year", () => {
    const warnings: string[] = [];
    expect(findDate("Agenda item 3, 75th session", warnings)).toBeUndefined();
    expect(readDateVenue("Geneva, Switzerland", warnings)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("still warns of an impossible date", () => {
    const warnings: string[] = [];
    expect(findDate("31 June 2023", warnings)).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});

describe("smartQuotesWith", () => {
  it("judges a quote by the one before it as already curled", () => {
    expect(smartQuotesWith('""x"')).toBe("\u201C\u201Cx\u201D");
    expect(smartQuotesWith("'90s and 'x'")).toBe("\u201990s and \u2018x\u2019");
  });

  it("leaves quotes where `eligible` says no, and judges the next by them", () => {
    expect(smartQuotesWith('a "b" "c"', (index) => index !== 2)).toBe('a "b\u201D \u201Cc\u201D');
  });
});

describe("nativeOnFirstUse", () => {
  it("runs each rule once, leaving lastIndex as it was", () => {
    const rule = /\s+/g;
    rule.lastIndex = 3;
    const compile = nativeOnFirstUse([rule]);
    compile();
    expect(rule.lastIndex).toBe(3);
    rule.lastIndex = 5;
    compile();
    expect(rule.lastIndex).toBe(5);
  });
});

describe("allMatches", () => {
  const cases: [RegExp, string][] = [
    [/(?<d>\d{1,2}) (?<m>May|June)/gu, "1 May and 22 June, not 333 May"],
    [/x*/g, "axxb"],
    [/(?:)/gu, "a\u{1F600}b"],
    [/\p{L}*/gu, "\u{20BB7}\u{1F600}野 ab"],
    [/(?:)/g, "a\u{1F600}b"],
    [/Q/g, "no match here"],
  ];

  it("gives the matches matchAll gives, groups and positions included, empty ones too", () => {
    for (const [rule, text] of cases) {
      const expected = [...text.matchAll(rule)].map((m) => ({
        index: m.index,
        text: m[0],
        groups: m.groups,
      }));
      const got = allMatches(rule, text).map((m) => ({ index: m.index, text: m[0], groups: m.groups }));
      expect(got, String(rule)).toEqual(expected);
      expect(rule.lastIndex).toBe(0);
    }
  });

  it("starts from the beginning whatever lastIndex an earlier use left", () => {
    const rule = /a/g;
    rule.lastIndex = 2;
    expect(allMatches(rule, "aaa").map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it("refuses a rule without the g flag, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});

describe("countWords on its module's rule", () => {
  it("goes on after a Japanese token, which is counted again with the same rule", () => {
    // The counts the per-call copy of the rule gave before (a copy per call, no shared state).
    expect(countWords("a 日本のUN代表 b ☃ c 国連x d")).toEqual({
      words: 11,
      otherWords: 6,
      japaneseChars: 7,
    });
    expect(countWords("x ☃☃ y 日本 z")).toEqual({ words: 4, otherWords: 3, japaneseChars: 2 });
  });
});
