// Bidi ordering, Arabic shaping and encoding (text/bidi.ts, text/shaping.ts), and line breaking
// in Thai and Chinese (text/line-breaking.ts).
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { loadFont } from "../src/fonts/font-cache.js";
import { registerFont } from "../src/fonts/pdfkit-font.js";
import { NO_DEFAULT_FONT } from "../src/pdfkit-internals.js";
import { mirror, visualRuns } from "../src/text/bidi.js";
import { breakOpportunities } from "../src/text/line-breaking.js";
import { encodeGlyphs, shapeRun } from "../src/text/shaping.js";

const fromCore = createRequire(createRequire(import.meta.url).resolve("@briefing/core"));
const AMIRI = fromCore.resolve("@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf");

/** The visual order of `text` as one item: each run's text, right-to-left runs reversed. */
function visual(text: string, rtl: boolean): string {
  return visualRuns([{ text }], rtl)
    .map((run) => (run.rtl ? Array.from(run.mirrored).reverse().join("") : run.text))
    .join("");
}

describe("visualRuns", () => {
  test("Arabic in a right-to-left paragraph: words right to left, numbers and English left to right", () => {
    // Logical: ARABIC-1 (UN) 2021 ARABIC-2; letters stand in for Arabic words below.
    expect(visual("قال (UN) عام 2021 كان", true)).toBe("ناك 2021 ماع (UN) لاق");
  });

  test("an Arabic name in an English sentence keeps the sentence's order", () => {
    expect(visual("The head, محمد علي, said", false)).toBe("The head, يلع دمحم, said");
  });

  test("runs keep their items, in visual order", () => {
    const runs = visualRuns([{ text: "كلمة " }, { text: "word" }, { text: " أخرى" }], true);
    expect(runs.map((run) => [run.index, run.text])).toEqual([
      [2, " أخرى"],
      [1, "word"],
      [0, "كلمة "],
    ]);
  });

  test("white space at a line's end takes the paragraph's direction (it hangs at the end)", () => {
    const runs = visualRuns([{ text: "word " }], true);
    expect(runs.map((run) => [run.text, run.rtl])).toEqual([
      [" ", true],
      ["word", false],
    ]);
  });

  test("brackets are mirrored in right-to-left runs only", () => {
    expect(mirror("(a) [b] «c»")).toBe(")a( ]b[ »c«");
    const runs = visualRuns([{ text: "(كلمة)" }], true);
    expect(runs.map((run) => run.mirrored)).toEqual([")كلمة("]);
  });
});

describe("shaping and encoding", () => {
  const doc = new PDFDocument({ font: NO_DEFAULT_FONT });
  const amiri = loadFont(AMIRI);
  const font = registerFont(doc, "amiri", amiri);

  test("lam-alef and joining: contextual forms, never the isolated letters, in visual order", () => {
    const run = shapeRun(font, "لا", true);
    const isolated = [0x644, 0x627].map((codePoint) => amiri.glyphForCodePoint(codePoint).id);
    expect(run.glyphs.map((glyph) => glyph.id).some((id) => isolated.includes(id))).toBe(false);
    // Visual order: alef (the logical second letter) first.
    expect(run.glyphs.map((glyph) => glyph.codePoints)).toEqual([[0x627], [0x644]]);
  });

  test("a mirrored bracket shows the other bracket's glyph but stands for the source's", () => {
    // Logical "(UN-free)": a right-to-left run gets ")…(" to shape, fontkit reverses it.
    const run = shapeRun(font, mirror("(الأمم)"), true);
    const first = run.glyphs[0];
    const last = run.glyphs.at(-1);
    // Leftmost: the glyph of "(" (it closes the parenthesis), standing for ")".
    expect(first?.id).toBe(amiri.glyphForCodePoint(0x28).id);
    expect(first?.codePoints).toEqual([0x29]);
    expect(last?.id).toBe(amiri.glyphForCodePoint(0x29).id);
    expect(last?.codePoints).toEqual([0x28]);
    // Encoded, it takes a CID of its own, not the one "(" maps to.
    const plain = encodeGlyphs(font, shapeRun(font, "(", false).glyphs, shapeRun(font, "(", false).positions);
    const mirrored = encodeGlyphs(font, run.glyphs, run.positions);
    expect(mirrored.encoded[0]).not.toBe(plain.encoded[0]);
  });

  test("an Arabic comma after a number stays beside it, the space after the comma to its left", () => {
    // Logical "عام 2021، وأن": the run after the number is "، وأن", shaped a word at a time;
    // fontkit sets the word "، " left to right (no letter), so it is shaped again right to left.
    const [after] = visualRuns([{ text: "عام 2021، وأن" }], true);
    expect(after?.text).toBe("، وأن");
    const run = shapeRun(font, after?.mirrored ?? "", true);
    expect(run.glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints)).slice(-2)).toEqual([
      " ",
      "،",
    ]);
  });

  test("a letter tucked under its neighbour by more than 0.1 em: the neighbour's CID ends there", () => {
    // Amiri kerns ؤ 0.29 em under the letter before it: pdf.js would end its text item there.
    const run = shapeRun(font, "تؤكد", true);
    const encoded = encodeGlyphs(font, run.glyphs, run.positions);
    const tuck = run.positions.findIndex((position) => position.xOffset < -100);
    expect(tuck).toBeGreaterThan(0);
    const before = encoded.positions[tuck - 1];
    expect(before?.advanceWidth).toBeLessThan(run.glyphs[tuck - 1]?.advanceWidth ?? 0);
  });
});

describe("line breaking in Thai and Chinese", () => {
  const THAI = "ประเทศไทยสนับสนุนแผนปฏิบัติการระดับโลกเพื่อต่อต้านการค้ามนุษย์";

  test("Thai breaks at Intl.Segmenter word boundaries, never inside a word", () => {
    const words = new Set(
      Array.from(new Intl.Segmenter("th", { granularity: "word" }).segment(THAI), (s) => s.index),
    );
    const positions = breakOpportunities(THAI).map((o) => o.position);
    expect(positions.length).toBeGreaterThan(5);
    for (const position of positions.slice(0, -1)) expect(words).toContain(position);
    expect(positions.at(-1)).toBe(THAI.length);
  });

  test("Chinese breaks between any two Han characters, never before ，。 or after （「", () => {
    const text = "我们欢迎（联合国）的报告，并感谢秘书长「古特雷斯」先生。";
    const positions = new Set(breakOpportunities(text).map((o) => o.position));
    expect(positions).toContain(1); // 我|们
    for (const [i, char] of Array.from(text).entries()) {
      if ("，。）」".includes(char)) expect(positions.has(i)).toBe(false);
      if ("（「".includes(char)) expect(positions.has(i + 1)).toBe(false);
    }
  });
});
