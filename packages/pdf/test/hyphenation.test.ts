import { describe, expect, test } from "vitest";
import { hyphenationPoints, hyphenWord } from "../src/text/hyphenation.js";
import type { Piece } from "../src/text/piece.js";
import { type Line, piecesToLines } from "../src/text/pieces-to-lines.js";
import { fixedPiece, fixedWidthFace } from "./support/fixed-pieces.js";

/** Every character (space included) half an em wide: widths are character counts × 5 pt. */
const face = fixedWidthFace("fixed", 0.5);

const piece = (text: string, extra: Partial<Piece> = {}): Piece => fixedPiece(face, text, extra);

/** A line's text, with "-" where a hyphen is drawn after it. */
const lineText = (line: Line) =>
  line.fragments.map((fragment) => fragment.text).join("") + (line.hyphen ? "-" : "");
// 25 characters a line.
const box = { width: 125, indent: 0, firstLineIndent: 0 };

describe("hyphenation opportunities", () => {
  test("English words of six letters or more, two letters before and three after a break", () => {
    expect(hyphenWord("negotiations,", undefined)).toEqual({
      lead: "",
      letters: "negotiations",
      tail: ",",
      patterns: "en-us",
    });
    const points = hyphenationPoints("negotiations");
    expect(points.length).toBeGreaterThan(1);
    for (const at of points) {
      expect(at).toBeGreaterThanOrEqual(2);
      expect("negotiations".length - at).toBeGreaterThanOrEqual(3);
    }
    // "in|ter|na|tion|al": the break before "al" leaves only two letters after it.
    expect(hyphenationPoints("international")).toEqual([2, 5, 7]);
  });

  test("never URLs, acronyms, words with digits, short words or languages without patterns", () => {
    expect(hyphenWord("www.example.org/", undefined)).toBeUndefined();
    expect(hyphenWord("https://", undefined)).toBeUndefined();
    expect(hyphenWord("UNESCO ", undefined)).toBeUndefined();
    expect(hyphenWord("COVID19 ", undefined)).toBeUndefined();
    expect(hyphenWord("agenda2030 ", undefined)).toBeUndefined();
    expect(hyphenWord("votes ", undefined)).toBeUndefined();
    expect(hyphenWord("negotiations ", "ka")).toBeUndefined();
    expect(hyphenWord("negotiations ", "en-GB")).toBeDefined();
  });
});

describe("hyphenating at a loose line end", () => {
  // "We welcome the " (15) + "negotiations" (12) do not fit 25: without a hyphen the line has
  // 11 characters to spread over 2 spaces (6.5× their width).
  const text = "We welcome the negotiations and the agreement";

  test("justified lines take the longest hyphenated start that fits; a hyphen ends the line", () => {
    const lines = piecesToLines([piece(text)], box, Infinity, { hyphenate: true });
    expect(lines.map(lineText)).toEqual(["We welcome the negotia-", "tions and the agreement"]);
    // The hyphen counts in the line's width: "We welcome the negotia-" is 23 characters.
    expect(lines[0]?.width).toBeCloseTo(23 * 5);
  });

  test("not without the option, nor for a URL, an acronym, a digit, a link or a language without patterns", () => {
    expect(piecesToLines([piece(text)], box).map(lineText)[0]).toBe("We welcome the ");
    for (const word of ["UNCTADUNCTAD", "negotiations2030", "ex.negotiations"]) {
      const lines = piecesToLines([piece(`We welcome the ${word} and`)], box, Infinity, { hyphenate: true });
      expect(lineText(lines[0] as Line)).toBe("We welcome the ");
    }
    const linked = piecesToLines(
      [piece("We welcome the "), piece("negotiations", { href: "https://example.org" }), piece(" and")],
      box,
      Infinity,
      { hyphenate: true },
    );
    expect(linked.map(lineText)[0]).toBe("We welcome the ");
    const georgian = piecesToLines([piece(text)], box, Infinity, { hyphenate: true, language: "ka" });
    expect(georgian.map(lineText)[0]).toBe("We welcome the ");
  });

  test("the first part of a hyphenated compound, split after its hyphen, may be hyphenated", () => {
    expect(hyphenWord("Secretary-", undefined)).toEqual({
      lead: "",
      letters: "Secretary",
      tail: "-",
      patterns: "en-us",
    });
    // "We thank the " (13) + "Secretary-" (10) do not fit 20: "Secre-" does, so the line is not
    // left with 7 characters to spread over 3 spaces.
    const lines = piecesToLines(
      [piece("We thank the Secretary-General for his report")],
      { ...box, width: 100 },
      Infinity,
      {
        hyphenate: true,
      },
    );
    expect(lineText(lines[0] as Line)).toMatch(/^We thank the Sec/);
    expect(lines[0]?.hyphen).toBeDefined();
  });

  test("a tight line is left alone", () => {
    // 28 of 32 characters and 8 spaces: each would stretch to 1.5× (not beyond), though "ne-" fits.
    const wide = { ...box, width: 160 };
    const lines = piecesToLines([piece("We do so as we all do in the negotiations")], wide, Infinity, {
      hyphenate: true,
    });
    expect(lineText(lines[0] as Line)).toBe("We do so as we all do in the ");
    const looser = piecesToLines(
      [piece("We do so as we all do in the negotiations")],
      { ...wide, width: 165 },
      Infinity,
      {
        hyphenate: true,
      },
    );
    expect(lineText(looser[0] as Line)).toBe("We do so as we all do in the ne-");
  });
});

describe("hyphenation in the other languages statements are tagged with", () => {
  test("uses each language's own patterns", () => {
    const italian = hyphenWord("ringraziare", "it");
    expect(italian?.patterns).toBe("it");
    expect(hyphenationPoints("ringraziare", "it")).toContain(6);
    expect(hyphenWord("convicção", "pt")?.patterns).toBe("pt");
    expect(hyphenWord("Menschenrechtsrat", "de")?.patterns).toBe("de-1996");
    expect(hyphenationPoints("Menschenrechtsrat", "de-1996")).toContain(8);
    expect(hyphenationPoints("coopération", "fr").length).toBeGreaterThan(0);
    expect(hyphenWord("desarrollo", "es")?.patterns).toBe("es");
  });

  test("leaves a language without patterns unhyphenated", () => {
    expect(hyphenWord("Sakartvelo", "ka")).toBeUndefined();
    expect(hyphenWord("negotiations", "ja")).toBeUndefined();
  });
});
