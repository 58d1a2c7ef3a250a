import { describe, expect, test } from "vitest";
import type { FontFace } from "../src/fonts/document-fonts.js";
import { type Line, piecesToLines } from "../src/text/pieces-to-lines.js";
import { fixedPiece, fixedWidthFace } from "./support/fixed-pieces.js";

/** A face where every character is half an em wide, counting how often it is asked to measure. */
function countingFace(): { face: FontFace; calls: () => number; measured: () => number } {
  let calls = 0;
  let measured = 0;
  const face = fixedWidthFace("counting", 0.5, (text) => {
    calls++;
    measured += text.length;
  });
  return { face, calls: () => calls, measured: () => measured };
}

const piece = fixedPiece;

const lineText = (line: Line) => line.fragments.map((fragment) => fragment.text).join("");
const box = { width: 500, indent: 0, firstLineIndent: 0 };

describe("breaking huge words", () => {
  test("a 200,000-character word fills lines by the width of each character, measured once", () => {
    const { face, calls, measured } = countingFace();
    const word = "x".repeat(200_000);
    const lines = piecesToLines([piece(face, word)], box);
    // 5 pt a character, 500 pt a line.
    expect(lines).toHaveLength(2_000);
    expect(lines.every((line) => lineText(line).length === 100 && line.width <= 500 + 0.01)).toBe(true);
    expect(lines.map(lineText).join("")).toBe(word);
    expect(lines.at(-1)?.last).toBe(true);
    // Linear: the word is never shaped whole, nor are its growing prefixes measured.
    expect(calls()).toBeLessThan(10);
    expect(measured()).toBeLessThan(10);
  });

  test("a huge word between ordinary words, split across faces, loses nothing", () => {
    const { face } = countingFace();
    const bold = { ...face, variant: "bold" } as FontFace;
    const pieces = [
      piece(face, "Before the word "),
      piece(face, "y".repeat(30_050)),
      piece(bold, "z".repeat(30_000)),
      piece(face, " and after it."),
    ];
    const lines = piecesToLines(pieces, box);
    expect(lines.map(lineText).join("")).toBe(pieces.map((p) => p.text).join(""));
    expect(lineText(lines[0] as Line)).toBe("Before the word ");
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(500 + 0.01);
    // The word starts a line of its own; a line holds both faces where the word changes face.
    expect(lineText(lines[1] as Line)).toBe("y".repeat(100));
    expect(lines.some((line) => line.fragments.length === 2 && /y+z+/.test(lineText(line)))).toBe(true);
  });

  test("a long paragraph of ordinary words measures each word once", () => {
    const { face, measured } = countingFace();
    const text = "the delegation of Japan thanks the Chair ".repeat(20_000).trim();
    const lines = piecesToLines([piece(face, text)], box);
    expect(lines.map(lineText).join("")).toBe(text);
    expect(lines.every((line) => line.width <= 500 + 0.01)).toBe(true);
    // Each word and its trailing space once, and the word without the space: about twice the text.
    expect(measured()).toBeLessThan(text.length * 2.5);
  });

  test("stops after maxLines", () => {
    const { face } = countingFace();
    const lines = piecesToLines([piece(face, "x".repeat(1_000_000))], box, 2);
    expect(lines.map(lineText)).toEqual(["x".repeat(100), "x".repeat(100)]);
  });
});
