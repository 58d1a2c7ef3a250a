import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { sampleDocument, sampleStyle } from "../../../tests/support/sample-document.js";
import { DocumentFonts } from "../src/fonts/document-fonts.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { inlinesToPieces } from "../src/text/inlines-to-pieces.js";

function context() {
  const doc = new PDFDocument({ autoFirstPage: false });
  const missing: string[] = [];
  const fonts = new DocumentFonts(doc, sampleDocument([]), "test.json");
  return { fonts, missing, missingGlyph: (char: string) => missing.push(char) };
}

const style = sampleStyle("body");
const summary = (pieces: ReturnType<typeof inlinesToPieces>) =>
  pieces.map((p) => [p.text, p.face.family, p.lang ?? ""]);

describe("inlinesToPieces", () => {
  test("Japanese inside English goes to the Japanese family, digits between kanji with it", () => {
    const pieces = inlinesToPieces([{ kind: "text", text: "On 令和3年11月23日 we met." }], style, context());
    expect(summary(pieces)).toEqual([
      ["On ", "serif", ""],
      ["令和3年11月23日 ", "serif-jp", "ja"],
      ["we met.", "serif", ""],
    ]);
  });

  test("a Japanese title is one Japanese piece tagged ja", () => {
    const pieces = inlinesToPieces([{ kind: "text", text: "「人身取引」に係る声明" }], style, context());
    expect(summary(pieces)).toEqual([["「人身取引」に係る声明", "serif-jp", "ja"]]);
  });

  test("marks choose the face and superscript shrinks and rises", () => {
    const pieces = inlinesToPieces(
      [
        { kind: "text", text: "20" },
        { kind: "text", text: "th", marks: ["sup"] },
        { kind: "text", text: " bold", marks: ["strong", "em"] },
      ],
      style,
      context(),
    );
    expect(pieces.map((p) => p.face.variant)).toEqual(["regular", "regular", "boldItalic"]);
    expect(pieces[1]?.size).toBeLessThan(style.size);
    expect(pieces[1]?.rise).toBeGreaterThan(0);
    expect(pieces[0]?.rise).toBe(0);
  });

  test("a character no family covers is reported and set in the primary family", () => {
    const ctx = context();
    const pieces = inlinesToPieces([{ kind: "text", text: "a \u{1F600}\u{1F600} b" }], style, ctx);
    expect(ctx.missing).toEqual(["\u{1F600}", "\u{1F600}"]);
    expect(new Set(pieces.map((p) => p.face.family))).toEqual(new Set(["serif"]));
  });

  test("fields become placeholders filled in when drawn", () => {
    const pieces = inlinesToPieces([{ kind: "field", field: "pages" }], style, context());
    expect(pieces[0]?.field).toBe("pages");
  });

  test("a font file is parsed once per process", () => {
    const path = sampleDocument([]).fonts["serif-jp"]?.files.regular as string;
    expect(loadFont(path)).toBe(loadFont(path));
  });
});

test("tabs and format characters no font draws never become boxes", () => {
  const ctx = context();
  const pieces = inlinesToPieces([{ kind: "text", text: "a\tb\u200bc\u2063d\u3000e\u000bf" }], style, ctx);
  expect(pieces.map((p) => p.text).join("")).toMatch(/^a b\u200b?c\u2063?d\u3000e ?f$/u);
  for (const piece of pieces) {
    for (const char of piece.text)
      expect(piece.face.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), char).toBe(true);
  }
  expect(ctx.missing).toEqual([]);
});

test("for PDF/A a character no family covers is left out", () => {
  const ctx = { ...context(), omitMissing: true };
  const pieces = inlinesToPieces([{ kind: "text", text: "a \u{1F600} b" }], style, ctx);
  expect(pieces.map((p) => p.text).join("")).toBe("a  b");
  expect(ctx.missing).toEqual(["\u{1F600}"]);
});

test("Latin text with typographic punctuation is one piece of the Latin family, as per character", () => {
  const simple = "“Japan’s” 20th – 1997… ×÷ café\u00a0£ ‘x’ — •";
  // "ā" is outside the quick path's set, so this goes character by character.
  for (const text of [simple, `${simple}ā`]) {
    const ctx = context();
    const pieces = inlinesToPieces([{ kind: "text", text }], style, ctx);
    expect(summary(pieces)).toEqual([[text, "serif", ""]]);
    expect(ctx.missing).toEqual([]);
  }
  const mixed = inlinesToPieces([{ kind: "text", text: `${simple}日本` }], style, context());
  expect(summary(mixed)).toEqual([
    [simple, "serif", ""],
    ["日本", "serif-jp", "ja"],
  ]);
});
