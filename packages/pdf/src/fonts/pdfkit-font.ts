import type * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { RecentCache } from "./recent-cache.js";

/** The part of pdfkit's (untyped) embedded font that layout reads. */
export interface PdfkitFont {
  readonly name: string;
  /** In 1/1000 em. */
  readonly ascender: number;
  /** In 1/1000 em, negative below the baseline. */
  readonly descender: number;
  widthOfString(text: string, size: number): number;
  /** The resource name pages use for it (`F1`, …). */
  readonly id: string;
  /** Glyph ids (4 hex digits each, added to the subset) and positions (1/1000 em) of `text`. */
  encode(text: string): [string[], GlyphPosition[]];
  /** The font's dictionary; referencing it is what makes `doc.end()` embed the font. */
  ref(): unknown;
}

/** Where fontkit places a glyph, in 1/1000 em. */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: fontkit.Font, id: string) => PdfkitFont;

interface FontRegistry {
  _fontFamilies: Record<string, PdfkitFont>;
  _fontCount: number;
}

let embeddedFontClass: EmbeddedFontClass | undefined;

/** The parts of pdfkit's EmbeddedFont that `registerFont` replaces. */
interface EmbeddedInternals {
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
  layout(text: string, features: unknown, onlyWidth: boolean): { advanceWidth: number };
  widthOfString(text: string, size: number, features?: unknown): number;
  subset: SubsetInternals;
}

/** fontkit's TTFSubset, as far as `registerFont` replaces its glyph copying. */
interface SubsetInternals {
  _addGlyph?: (gid: number) => number;
  includeGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

/** fontkit's parsed TrueType font internals read to copy a glyph. */
interface FontInternals {
  _variationProcessor?: unknown;
  loca?: { offsets: number[] };
  getGlyph(gid: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
}

/** What a subset needs of one glyph: its bytes in the glyf table, its components and metrics. */
interface GlyphRecord {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}

/** Per parsed font: shaped runs, string widths and glyph records, shared by every document. */
interface FontCaches {
  runs: RecentCache<unknown>;
  widths: RecentCache<number>;
  glyphs: Map<number, GlyphRecord>;
}

/**
 * Characters of runs per generation and parsed font (a shaped run takes ~100 bytes a
 * character): the ~1,000 distinct words of a statement take ~15,000, so they stay cached from
 * one document to the next, while new words (numbers, names, lines of Japanese, which has no
 * spaces to split at) no longer pile up for the life of the process.
 */
export const WORD_LAYOUT_BUDGET = 24_000;
/** The same for measured widths (a number per string, so more of them). */
const WIDTH_BUDGET = 64_000;
const fontCaches = new WeakMap<fontkit.Font, FontCaches>();

/** The caches of `font`, created on first use. */
export function fontCachesOf(font: fontkit.Font): FontCaches {
  let caches = fontCaches.get(font);
  if (caches === undefined) {
    caches = {
      runs: new RecentCache(WORD_LAYOUT_BUDGET, 8),
      widths: new RecentCache(WIDTH_BUDGET, 4),
      glyphs: new Map(),
    };
    fontCaches.set(font, caches);
  }
  return caches;
}

/**
 * fontkit's TTFSubset copies each glyph a document uses into the subset, decoding its whole
 * outline (every point) each time only to learn whether it is composite — per document and
 * glyph. This does the same from a record read once per glyph and process; the bytes written
 * are identical. Fonts with variations keep fontkit's own code (it re-encodes outlines).
 */
function copyGlyphsFromRecords(
  subset: SubsetInternals,
  font: FontInternals,
  glyphs: Map<number, GlyphRecord>,
) {
  if (typeof subset._addGlyph !== "function" || font._variationProcessor || !font.loca) return;
  const loca = font.loca;
  subset._addGlyph = (gid: number) => {
    let record = glyphs.get(gid);
    if (record === undefined) {
      const glyph = font.getGlyph(gid);
      const glyf = glyph._decode();
      const stream = font._getTableStream("glyf");
      const start = loca.offsets[gid] ?? 0;
      stream.pos += start;
      const bytes = stream.readBuffer((loca.offsets[gid + 1] ?? start) - start);
      record = {
        bytes,
        components: glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []) : undefined,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      glyphs.set(gid, record);
    }
    let buffer = record.bytes;
    if (record.components) {
      buffer = new Uint8Array(record.bytes);
      const view = new DataView(buffer.buffer);
      for (const component of record.components)
        view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
    }
    subset.glyf.push(buffer);
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    subset.offset += buffer.length;
    return subset.glyf.length - 1;
  };
}

/**
 * pdfkit 0.17's `doc.font()` accepts only a path or bytes and re-parses the font every time,
 * while its EmbeddedFont class (not exported) works on any parsed fontkit font. The class is
 * taken once from a throwaway document, so every later document shares the parsed fonts.
 */
function embeddedFont(sample: Uint8Array): EmbeddedFontClass {
  if (embeddedFontClass === undefined) {
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.font(Buffer.from(sample));
    const font = (probe as unknown as { _font: object })._font;
    embeddedFontClass = font.constructor as EmbeddedFontClass;
  }
  return embeddedFontClass;
}

/**
 * Registers a parsed font with `doc` under `key`, so `doc.font(key)` selects it and
 * `doc.end()` embeds (subsets) it if any text used it.
 */
export function registerFont(
  doc: PDFKit.PDFDocument,
  key: string,
  font: fontkit.Font,
  sample: () => Uint8Array,
): PdfkitFont {
  const registry = doc as unknown as FontRegistry;
  const existing = registry._fontFamilies[key];
  if (existing) return existing;
  const Embedded = embeddedFontClass ?? embeddedFont(sample());
  const embedded = new Embedded(doc, font, `F${++registry._fontCount}`);
  const caches = fontCachesOf(font);
  const internals = embedded as unknown as EmbeddedInternals;
  const layoutRun = (text: string) => internals.layoutRun(text);
  internals.layoutCached = (text) => caches.runs.get(text, layoutRun);
  // Line breaking and drawing measure the same words again and again; pdfkit re-splits and
  // re-sums them each time. Same arithmetic as pdfkit's widthOfString, so the same widths.
  const advance = (text: string) => internals.layout(text, undefined, true).advanceWidth;
  const widthOfString = internals.widthOfString.bind(internals);
  internals.widthOfString = (text, size, features) =>
    features ? widthOfString(text, size, features) : caches.widths.get(text, advance) * (size / 1000);
  copyGlyphsFromRecords(internals.subset, font as unknown as FontInternals, caches.glyphs);
  registry._fontFamilies[key] = embedded;
  return embedded;
}
