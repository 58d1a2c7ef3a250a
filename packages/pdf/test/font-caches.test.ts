import { readFileSync } from "node:fs";
import type * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { sampleFonts } from "../../../tests/support/sample-document.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { fontCachesOf, registerFont } from "../src/fonts/pdfkit-font.js";
import { RecentCache } from "../src/fonts/recent-cache.js";
import { toUnicodeCmap } from "../src/fonts/to-unicode-cmap.js";
import { currentFont } from "../src/pdfkit-internals.js";

const serif = sampleFonts().serif?.files.regular as string;
const japanese = sampleFonts()["serif-jp"]?.files.regular as string;

describe("RecentCache", () => {
  test("computes a value once while it stays in use", () => {
    const cache = new RecentCache<number>(100, 0);
    let made = 0;
    const make = (key: string) => {
      made++;
      return key.length;
    };
    for (let i = 0; i < 50; i++) expect(cache.get("word", make)).toBe(4);
    expect(made).toBe(1);
  });

  test("stays within two generations of its budget however many keys pass through", () => {
    const cache = new RecentCache<number>(1_000, 10);
    for (let i = 0; i < 100_000; i++) cache.get(`key ${i}`, () => i);
    // Each entry costs at least 10 + 5 characters: at most 2 × 1000 / 15 entries.
    expect(cache.size).toBeLessThanOrEqual(Math.ceil((2 * 1_000) / 15));
    expect(cache.size).toBeGreaterThan(0);
  });

  test("keeps a key that every round uses while new keys stream past", () => {
    const cache = new RecentCache<number>(200, 0);
    let madeCommon = 0;
    for (let round = 0; round < 1_000; round++) {
      cache.get("common", () => ++madeCommon);
      cache.get(`unique ${round}`, () => round);
    }
    expect(madeCommon).toBe(1);
  });
});

/** A pdfkit document with `path` registered the way renderPdf registers fonts. */
function registered(path: string) {
  const doc = new PDFDocument({ autoFirstPage: false });
  const font = loadFont(path);
  const pdf = registerFont(doc, path, font);
  return { doc, font, pdf };
}

/** The same font embedded by pdfkit alone, with none of briefing's caches. */
function plainPdfkit(path: string) {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(readFileSync(path));
  return currentFont(doc);
}

describe("registerFont", () => {
  test("measures strings exactly as pdfkit does", () => {
    const { pdf } = registered(serif);
    const plain = plainPdfkit(serif);
    for (const text of ["Japan’s ", "well-known", "AVATAR fi ffl", " ", "The fight against trafficking"]) {
      for (const size of [11, 13.5, 7.15]) {
        expect(pdf.widthOfString(text, size)).toBe(plain.widthOfString(text, size));
        // Cached the second time, and still the same.
        expect(pdf.widthOfString(text, size)).toBe(plain.widthOfString(text, size));
      }
    }
  });

  test("bounds the per-font caches shared across documents", () => {
    const { pdf, font } = registered(serif);
    for (let i = 0; i < 20_000; i++) pdf.widthOfString(`No.${i} `, 11);
    const caches = fontCachesOf(font);
    expect(caches.runs.size).toBeLessThan(20_000);
    expect(caches.widths.size).toBeLessThan(20_000);
  });

  test("writes subset fonts byte for byte as fontkit does, composite glyphs included", () => {
    const { pdf, font } = registered(serif);
    const ours = (pdf as unknown as { subset: { includeGlyph(gid: number): number; encode(): Uint8Array } })
      .subset;
    // @types/fontkit has includeGlyph take a Glyph; fontkit takes an id too, and returns the new one.
    const theirs = font.createSubset() as unknown as typeof ours;
    const text = "Éé àç Ŵŷ ǅ — “Japan’s” 2017 fiﬂ";
    const glyphs = (font as fontkit.Font & { layout(text: string): { glyphs: { id: number }[] } }).layout(
      text,
    ).glyphs;
    const composite = glyphs.filter(
      (glyph) =>
        ((glyph as unknown as { _decode(): { numberOfContours: number } | null })._decode()
          ?.numberOfContours ?? 0) < 0,
    );
    expect(composite.length).toBeGreaterThan(0);
    // Twice, so the second subset is built from the records the first one read.
    for (let round = 0; round < 2; round++) {
      for (const glyph of glyphs) {
        ours.includeGlyph(glyph.id);
        theirs.includeGlyph(glyph.id);
      }
      expect(Buffer.from(ours.encode()).equals(Buffer.from(theirs.encode()))).toBe(true);
    }
  });
});

describe("toUnicodeCmap", () => {
  /** What `method` writes for `unicode`, called as pdfkit calls it: on the font, which has a document. */
  function written(method: (this: never) => unknown, unicode: readonly (readonly number[])[]): string {
    let text = "";
    const font = { unicode, document: { ref: () => ({ end: (data: string) => (text = data) }) } };
    method.call(font as never);
    return text;
  }

  test("is what registerFont gives each document's font", () => {
    const { pdf } = registered(serif);
    expect((pdf as unknown as { toUnicodeCmap: unknown }).toUnicodeCmap).toBe(toUnicodeCmap);
  });

  test("writes pdfkit's CMap byte for byte: ligatures, kanji, code points beyond the BMP, several bfranges", () => {
    const { pdf: latin } = registered(serif);
    const { pdf: kanji } = registered(japanese);
    const pdfkitOwn = (Object.getPrototypeOf(latin) as { toUnicodeCmap: (this: never) => unknown })
      .toUnicodeCmap;
    expect(pdfkitOwn).not.toBe(toUnicodeCmap);
    latin.encode("office ﬁle “Japan’s” Éé — 2017");
    let japaneseText = "";
    // Over 256 distinct glyphs, so the map needs more than one bfrange.
    for (let code = 0x4e00; code < 0x4e00 + 400; code++) japaneseText += String.fromCodePoint(code);
    kanji.encode(`人身取引に関する声明 ${japaneseText}`);
    for (const font of [latin, kanji]) {
      const unicode = (font as unknown as { unicode: number[][] }).unicode;
      expect(written(toUnicodeCmap as never, unicode)).toBe(written(pdfkitOwn, unicode));
    }
    const kanjiUnicode = (kanji as unknown as { unicode: number[][] }).unicode;
    expect(kanjiUnicode.length).toBeGreaterThan(256);
    expect(written(toUnicodeCmap as never, kanjiUnicode)).toContain("2 beginbfrange");
    // A glyph for U+1F600 and one with no character of its own (an empty entry).
    const extra = [[0], [0x1f600], [], [0x66, 0x69]];
    expect(written(toUnicodeCmap as never, extra)).toBe(written(pdfkitOwn, extra));
    expect(written(toUnicodeCmap as never, extra)).toContain("<d83d de00>");
  });
});
