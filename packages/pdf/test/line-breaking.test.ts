import { describe, expect, test } from "vitest";
import { breakOpportunities } from "../src/text/line-breaking.js";
import type { Piece } from "../src/text/piece.js";
import { piecesToLines } from "../src/text/pieces-to-lines.js";
import { fixedPiece, fixedWidthFace } from "./support/fixed-pieces.js";

const NO_START = "、。，．・：；？！ー）」』】〕ぁぃぅぇぉっゃゅょァィゥェォッャュョ";
const NO_END = "（「『【〔";

/** A face where every character is 1 em wide (10 pt at size 10). */
const monospace = fixedWidthFace("mono", 1);

const piece = (text: string): Piece => fixedPiece(monospace, text);

const lineText = (line: { fragments: { text: string }[] }) => line.fragments.map((f) => f.text).join("");

const JAPANESE =
  "「人身取引」は、重大な人権侵害です。コーヒー（珈琲）を飲みましょう。ちょっと待ってください、ソフトウェアのアップデートがあります。";

describe("line breaking", () => {
  test("has no break opportunity before closing punctuation or after opening brackets", () => {
    const positions = breakOpportunities(JAPANESE).map((b) => b.position);
    for (const position of positions) {
      if (position === JAPANESE.length) continue;
      expect(NO_START).not.toContain(JAPANESE[position]);
      expect(NO_END).not.toContain(JAPANESE[position - 1]);
    }
    expect(positions.length).toBeGreaterThan(20);
  });

  test.each([5, 6, 7, 8, 9, 11, 13])(
    "Japanese at %i characters a line obeys kinsoku on every line",
    (chars) => {
      const lines = piecesToLines([piece(JAPANESE)], { width: chars * 10, indent: 0, firstLineIndent: 0 });
      expect(lines.map(lineText).join("")).toBe(JAPANESE);
      lines.forEach((line, index) => {
        const text = lineText(line);
        expect(line.width).toBeLessThanOrEqual(chars * 10 + 0.01);
        if (index > 0) expect(NO_START, text).not.toContain(text[0]);
        if (index < lines.length - 1) expect(NO_END, text).not.toContain(text.at(-1));
      });
    },
  );

  test("English breaks after spaces, which hang at the line end", () => {
    const lines = piecesToLines([piece("Thank you, Mr. President, for convening this meeting.")], {
      width: 200,
      indent: 0,
      firstLineIndent: 0,
    });
    expect(lines.map(lineText)).toEqual([
      "Thank you, Mr. ",
      "President, for ",
      "convening this ",
      "meeting.",
    ]);
    expect(lines[0]?.width).toBe(140);
    expect(lines.map((line) => line.last)).toEqual([false, false, false, true]);
  });

  test("a newline forces a break and marks the line as last (never justified)", () => {
    const lines = piecesToLines([piece("one two\nthree")], { width: 500, indent: 0, firstLineIndent: 0 });
    expect(lines.map(lineText)).toEqual(["one two", "three"]);
    expect(lines[0]?.last).toBe(true);
  });

  test("a word wider than the line is broken between characters", () => {
    const lines = piecesToLines([piece("abcdefghij")], { width: 40, indent: 0, firstLineIndent: 0 });
    expect(lines.map(lineText)).toEqual(["abcd", "efgh", "ij"]);
  });

  test("the first-line indent narrows only the first line", () => {
    const lines = piecesToLines([piece("aaa bbb ccc ddd")], { width: 80, indent: 0, firstLineIndent: 20 });
    expect(lines.map(lineText)).toEqual(["aaa ", "bbb ccc ", "ddd"]);
    expect(lines[0]?.offset).toBe(20);
  });

  test("a word split over pieces (20 + superscript th) stays together", () => {
    const lines = piecesToLines([piece("the 20"), piece("th"), piece(" anniversary")], {
      width: 120,
      indent: 0,
      firstLineIndent: 0,
    });
    expect(lines.map(lineText)).toEqual(["the 20th ", "anniversary"]);
  });
});

// Justification draws a line word by word and takes a word's widths from the line's parts
// (draw-lines.ts) instead of measuring it again: they must be what measuring gives.
describe("a line's parts", () => {
  const bold = fixedWidthFace("bold", 1.2);
  const pieces = [
    piece("Thank you, "),
    fixedPiece(bold, "Mr. President"),
    piece(", for convening\u3000this meeting on the Convention's implementation  and "),
    piece("Antidisestablishmentarianismwithoutspaces and more words."),
  ];
  const lines = piecesToLines(pieces, { width: 160, indent: 0, firstLineIndent: 0 }, Infinity, {
    hyphenate: true,
    language: "en",
  });

  test("join into the line's fragments, piece by piece", () => {
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      const parts = line.parts ?? [];
      const joined: { piece: Piece; text: string }[] = [];
      for (const part of parts) {
        const last = joined.at(-1);
        if (last && last.piece === part.piece) last.text += part.text;
        else joined.push({ piece: part.piece, text: part.text });
      }
      expect(joined).toEqual(line.fragments.map(({ piece, text }) => ({ piece, text })));
    }
  });

  test("carry the widths measuring their text gives, where they carry any", () => {
    let carried = 0;
    for (const part of lines.flatMap((line) => line.parts ?? [])) {
      if (Number.isNaN(part.trimmedWidth)) continue;
      carried++;
      const measure = (text: string) => part.piece.face.pdf.widthOfString(text, part.piece.size);
      expect(part.width, part.text).toBe(measure(part.text));
      expect(part.trimmedWidth, part.text).toBe(measure(part.text.replace(/\s+$/u, "")));
    }
    expect(carried).toBeGreaterThan(10);
    // A word broken between characters carries none: its widths are its characters' added up.
    const broken = piecesToLines([piece(`${"x".repeat(40)} end`)], {
      width: 160,
      indent: 0,
      firstLineIndent: 0,
    });
    const parts = broken.flatMap((line) => line.parts ?? []).filter((part) => part.text.startsWith("x"));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.trimmedWidth).toBeNaN();
  });
});
