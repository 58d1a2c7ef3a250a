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

  test("writes the same operators as showing the glyphs one by one (TJ segments at kerning)", () => {
    const contentOf = (draw: (text: TextObject, font: PdfkitFont) => void) => {
      const doc = new PDFDocument({ autoFirstPage: false });
      doc.addPage();
      const font = registerFont(doc, serif, loadFont(serif));
      const text = new TextObject(doc, 0.5);
      draw(text, font);
      text.close();
      const content = (doc.page as unknown as { content: { buffer: Uint8Array[] } }).content.buffer;
      return Buffer.concat(content).toString("latin1");
    };
    for (const sample of ["AVATAR WAVE Ty", ...TEXTS]) {
      const fast = contentOf((text, font) => text.show(font, 11, 72.5, 100, sample));
      const glyphs = contentOf((text, font) => text.showGlyphs(font, 11, 72.5, 100, ...font.encode(sample)));
      expect(fast).toBe(glyphs);
      expect(fast).toContain("TJ");
    }
  });

  test("writes the same operators word by word along lines, and for marks placed off the pen", () => {
    // A justified line shows its words one at a time on one baseline; a combining accent is
    // moved off its pen position, so its word is shown glyph by glyph.
    const shows: [number, number, string][] = [
      [72, 100, "The "],
      [96.25, 100, "fight "],
      [130, 100, "Cafe\u0301 "],
      [72, 113.5, "AVATAR "],
      [120, 113.5, "ffl"],
    ];
    const contentOf = (
      draw: (text: TextObject, font: PdfkitFont, x: number, y: number, s: string) => void,
    ) => {
      const doc = new PDFDocument({ autoFirstPage: false });
      doc.addPage();
      const font = registerFont(doc, serif, loadFont(serif));
      const text = new TextObject(doc, 0);
      for (const [x, y, sample] of shows) draw(text, font, x, y, sample);
      text.close();
      const content = (doc.page as unknown as { content: { buffer: Uint8Array[] } }).content.buffer;
      return Buffer.concat(content).toString("latin1");
    };
    const fast = contentOf((text, font, x, y, sample) => text.show(font, 11, x, y, sample));
    const glyphs = contentOf((text, font, x, y, sample) =>
      text.showGlyphs(font, 11, x, y, ...font.encode(sample)),
    );
    expect(fast).toBe(glyphs);
    expect(fast.match(/ Tm\n/g)?.length).toBeGreaterThan(shows.length);
  });
});

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
