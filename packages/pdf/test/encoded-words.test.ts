// The draw pass's shortcuts past pdfkit, checked against pdfkit itself: words encoded from the
// caches as `font.encode` encodes them, and a document's output passed on in larger chunks.
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { sampleFonts } from "../../../tests/support/sample-document.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { fontCachesOf, registerFont } from "../src/fonts/pdfkit-font.js";
import { batchOutput, currentFont, type PdfkitFont } from "../src/pdfkit-internals.js";
import { codesOf, encodedWords } from "../src/text/encoded-words.js";
import { TextObject } from "../src/text/text-object.js";

const serif = sampleFonts().serif?.files.regular as string;
const TEXTS = ["The fight against  trafficking", "AVATAR fi ffl\tWAVE ", "Japan’s ", " ", "Éé àç — 2017"];

/** The fields of pdfkit's EmbeddedFont a subset and its ToUnicode and widths are written from. */
interface Encoded {
  subset: { glyphs: number[] };
  unicode: number[][];
  widths: number[];
}

describe("encodedWords", () => {
  test("gives each word's glyph codes and positions as pdfkit's encode, and fills the subset alike", () => {
    const ours = registerFont(new PDFDocument({ autoFirstPage: false }), serif, loadFont(serif));
    const plain = new PDFDocument({ autoFirstPage: false });
    plain.font(readFileSync(serif));
    const theirs = currentFont(plain);
    // Twice: the second round is served from the document's words.
    for (let round = 0; round < 2; round++) {
      for (const text of TEXTS) {
        const words = encodedWords(ours, text);
        const [codes, positions] = theirs.encode(text);
        expect(words.flatMap(codesOf)).toEqual(codes);
        expect(words.flatMap((word) => word.positions)).toEqual(positions);
      }
    }
    const a = ours as unknown as Encoded;
    const b = theirs as unknown as Encoded;
    expect(a.subset.glyphs).toEqual(b.subset.glyphs);
    expect(a.unicode).toEqual(b.unicode);
    expect(a.widths).toEqual(b.widths);
  });

  test("places every glyph where showing the glyphs one by one does (TJ segments at kerning)", () => {
    for (const sample of ["AVATAR WAVE Ty", ...TEXTS]) {
      const fast = contentOf(0.5, (text, font) => text.show(font, 11, 72.5, 100, sample));
      const glyphs = contentOf(0.5, (text, font) =>
        text.showGlyphs(font, 11, 72.5, 100, ...font.encode(sample)),
      );
      expectSamePlacements(fast, glyphs);
      if (sample.trim()) expect(fast.content).toContain("TJ");
    }
  });

  test("places the words of a line in one TJ array, and marks placed off the pen each by a Tm", () => {
    // A justified line shows its words one at a time on one baseline; a combining accent is
    // moved off its pen position, so its word is shown glyph by glyph.
    const shows: [number, number, string][] = [
      [72, 100, "The "],
      [96.25, 100, "fight "],
      [130, 100, "Cafe\u0301 "],
      [161.5, 100, "agenda "],
      [72, 113.5, "AVATAR "],
      [120, 113.5, "ffl "],
      [141.125, 113.5, "WAVE"],
    ];
    const draw =
      (fast: boolean) =>
      (text: TextObject, font: PdfkitFont): void => {
        for (const [x, y, sample] of shows) {
          if (fast) text.show(font, 11, x, y, sample);
          else text.showGlyphs(font, 11, x, y, ...font.encode(sample));
        }
      };
    const fast = contentOf(0, draw(true));
    const glyphs = contentOf(0, draw(false));
    expectSamePlacements(fast, glyphs);
    const count = (content: string, pattern: RegExp) => content.match(pattern)?.length ?? 0;
    // "The fight", "agenda" after the accented word, and the second line: three arrays.
    expect(count(fast.content, / TJ\n/g)).toBeLessThan(count(glyphs.content, / TJ\n/g));
    expect(count(fast.content, /\] TJ\n/g)).toBeGreaterThanOrEqual(3);
    // The accent's own text matrix, and the one that puts the pen back after it.
    expect(count(fast.content, / Tm\n/g)).toBeGreaterThan(3);
  });
});

/** A page's content stream as TextObject writes it, and the widths of the font it used. */
interface Drawn {
  content: string;
  widths: number[];
}

function contentOf(characterSpacing: number, draw: (text: TextObject, font: PdfkitFont) => void): Drawn {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.addPage();
  const font = registerFont(doc, serif, loadFont(serif));
  const text = new TextObject(doc, characterSpacing);
  draw(text, font);
  text.close();
  const content = (doc.page as unknown as { content: { buffer: Uint8Array[] } }).content.buffer;
  return { content: Buffer.concat(content).toString("latin1"), widths: (font as unknown as Encoded).widths };
}

/**
 * Each glyph the content shows and where its origin lands, read the way a viewer reads it: a
 * small reader of Tf, Tc, Tm and TJ (the operators TextObject writes for text), which moves the
 * pen by each glyph's width from the font's widths plus character spacing, and by each TJ
 * adjustment.
 */
function placements({ content, widths }: Drawn): { gid: number; x: number; y: number }[] {
  let size = 0;
  let spacing = 0;
  let x = 0;
  let y = 0;
  const placed: { gid: number; x: number; y: number }[] = [];
  for (const line of content.split("\n")) {
    const font = /^\/\S+ ([\d.]+) Tf$/.exec(line);
    const tc = /^(-?[\d.]+) Tc$/.exec(line);
    const tm = /^1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm$/.exec(line);
    if (font) size = Number(font[1]);
    else if (tc) spacing = Number(tc[1]);
    else if (tm) [x, y] = [Number(tm[1]), Number(tm[2])];
    else if (line.endsWith("] TJ")) {
      for (const [, hex, adjustment] of line.slice(1, -4).matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/g)) {
        if (hex === undefined) {
          x -= (Number(adjustment) / 1000) * size;
          continue;
        }
        for (let i = 0; i < hex.length; i += 4) {
          const gid = Number.parseInt(hex.slice(i, i + 4), 16);
          placed.push({ gid, x, y });
          x += ((widths[gid] as number) / 1000) * size + spacing;
        }
      }
    }
  }
  return placed;
}

function expectSamePlacements(fast: Drawn, glyphs: Drawn): void {
  const ours = placements(fast);
  const theirs = placements(glyphs);
  expect(ours.map((glyph) => glyph.gid)).toEqual(theirs.map((glyph) => glyph.gid));
  for (const [i, glyph] of ours.entries()) {
    const other = theirs[i] as (typeof theirs)[number];
    expect(glyph.y).toBe(other.y);
    // Positions written to six decimals, as pdfkit writes numbers.
    expect(Math.abs(glyph.x - other.x)).toBeLessThan(1e-5);
  }
}

describe("subset template", () => {
  test("is in use for the sample fonts (fontkit's encode is not)", () => {
    for (const family of Object.values(sampleFonts())) {
      const font = loadFont(family.files.regular);
      registerFont(new PDFDocument({ autoFirstPage: false }), family.files.regular, font);
      expect(fontCachesOf(font).subset, family.files.regular).not.toBeNull();
    }
  });
});

describe("batchOutput", () => {
  test("passes on the same bytes as pdfkit's own output, in fewer chunks", async () => {
    const render = async (batched: boolean) => {
      const doc = new PDFDocument({ info: { CreationDate: new Date(0) }, compress: false });
      // Counts what reaches the stream (the reader may join chunks it had not read yet).
      let pushed = 0;
      const internals = doc as unknown as { push(chunk: unknown): boolean };
      const push = internals.push.bind(doc);
      internals.push = (chunk) => {
        pushed++;
        return push(chunk);
      };
      if (batched) batchOutput(doc);
      for (let page = 0; page < 30; page++) {
        if (page > 0) doc.addPage();
        doc.addContent(`0 0 m ${page} ${page} l S`);
      }
      doc.end();
      const chunks: Buffer[] = [];
      for await (const chunk of doc) chunks.push(chunk as Buffer);
      return { bytes: Buffer.concat(chunks), pushed };
    };
    const plain = await render(false);
    const batched = await render(true);
    // pdfkit's file ID comes from the clock: compare all but the trailer's ID.
    const withoutId = (bytes: Buffer) => bytes.toString("latin1").replace(/\/ID \[[^\]]*\]/, "");
    expect(withoutId(batched.bytes)).toBe(withoutId(plain.bytes));
    expect(batched.pushed).toBeLessThan(plain.pushed / 10);
  });
});
