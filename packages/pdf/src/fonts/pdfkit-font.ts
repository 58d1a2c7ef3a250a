// PDF fonts: a fontkit Font → a pdfkit EmbeddedFont with run, width and glyph caches shared by
// documents. Borrows PRIVATE internals through ../pdfkit-internals.ts and ../fontkit-internals.ts.
import type * as fontkit from "fontkit";
import { DocumentSlot } from "../document-slot.js";
import {
  copyGlyphsFromRecords,
  encodeSubsetFromTemplate,
  type GlyphRecord,
  type SubsetTemplate,
  subsetTemplate,
} from "../fontkit-internals.js";
import { type EmbeddedFont, embedFont, type PdfkitFont } from "../pdfkit-internals.js";
import { RecentCache } from "./recent-cache.js";
import { hasToUnicodeFields, toUnicodeCmap } from "./to-unicode-cmap.js";

/** Per parsed font: shaped runs, string widths and glyph records, shared by every document. */
interface FontCaches {
  runs: RecentCache<unknown>;
  widths: RecentCache<number>;
  /**
   * Line breaking's widths (1000 pt) of words without their trailing white space, by the word
   * with it: the key is the string just measured whole, whose hash is computed already.
   */
  trimmedWidths: RecentCache<number>;
  glyphs: Map<number, GlyphRecord>;
  /** What every subset of the font shares, read on first use; null where fontkit keeps writing. */
  subset: SubsetTemplate | null | undefined;
}

/**
 * Characters of runs per generation and parsed font (a shaped run takes ~100 bytes a
 * character). A statement's ~1,000 distinct words take ~15,000 with their entries' cost, so the
 * words of the statement before are still found in the older generation, and words every
 * statement uses never leave; new words (numbers, names, lines of Japanese, which has no spaces
 * to split at) no longer pile up for the life of the process. These budgets are what hold a
 * render thread's memory through a long export without replacing the thread; twice as much
 * held about 20 MB more at 10,000 statements for under 1 % less CPU (bench/results.md, step 23).
 */
export const WORD_LAYOUT_BUDGET = 12_000;
/** The same for measured widths (a number per string, so more of them). */
const WIDTH_BUDGET = 32_000;
const fontCaches = new WeakMap<fontkit.Font, FontCaches>();

/** The caches of `font`, created on first use. */
export function fontCachesOf(font: fontkit.Font): FontCaches {
  let caches = fontCaches.get(font);
  if (caches === undefined) {
    caches = {
      runs: new RecentCache(WORD_LAYOUT_BUDGET, 8),
      widths: new RecentCache(WIDTH_BUDGET, 4),
      trimmedWidths: new RecentCache(WIDTH_BUDGET, 4),
      glyphs: new Map(),
      subset: undefined,
    };
    fontCaches.set(font, caches);
  }
  return caches;
}

// Per document, so a key registered twice (one file for several variants) is set up once.
const registered = new DocumentSlot<PDFKit.PDFDocument, string, PdfkitFont>("briefing fonts");

/**
 * Registers a parsed font with `doc` under `key`, so `doc.font(key)` selects it and
 * `doc.end()` embeds (subsets) it if any text used it. pdfkit builds its font from the parsed
 * one, so every document shares the fonts parsed once per process, and their caches.
 */
export function registerFont(doc: PDFKit.PDFDocument, key: string, font: fontkit.Font): PdfkitFont {
  const fonts = registered.of(doc);
  const existing = fonts.get(key);
  if (existing) return existing;
  const embedded = embedFont(doc, key, font);
  fonts.set(key, embedded);
  // pdfkit gives the font it already has for an equal font file under another key: set up once.
  if ((embedded as Partial<CachedFont>).briefingCaches !== undefined) return embedded;
  const caches = fontCachesOf(font);
  const cached = embedded as CachedFont;
  cached.briefingCaches = caches;
  cached.briefingWidthOfString = embedded.widthOfString;
  cached.layoutCached = layoutCached;
  cached.widthOfString = widthOfString;
  if (!hasToUnicodeFields(embedded))
    throw new Error(
      "pdfkit: EmbeddedFont#toUnicodeCmap, #unicode or #document is gone — see fonts/to-unicode-cmap.ts",
    );
  (cached as unknown as { toUnicodeCmap: typeof toUnicodeCmap }).toUnicodeCmap = toUnicodeCmap;
  copyGlyphsFromRecords(embedded.subset, font, caches.glyphs);
  // fontkit re-encodes every table of the font file field by field per document; most are the
  // same each time, so they are copied from bytes fontkit wrote once (checked to be identical).
  if (caches.subset === undefined) caches.subset = subsetTemplate(font) ?? null;
  if (caches.subset !== null) encodeSubsetFromTemplate(embedded.subset, caches.subset);
  return embedded;
}

/** An EmbeddedFont set up by `registerFont`: its font's caches and pdfkit's own widthOfString. */
interface CachedFont extends EmbeddedFont {
  briefingCaches: FontCaches;
  briefingWidthOfString: EmbeddedFont["widthOfString"];
}

// The same functions on every document's font, their state on the font: see docs/pdf.md, "No
// closures made per document on the hot path". pdfkit calls them as methods of the font.
function layoutCached(this: CachedFont, text: string): unknown {
  return this.briefingCaches.runs.get(text, layoutRun, this);
}

function layoutRun(text: string, font: CachedFont): unknown {
  return font.layoutRun(text);
}

// Line breaking and drawing measure the same words again and again; pdfkit re-splits and
// re-sums them each time. Same arithmetic as pdfkit's widthOfString, so the same widths.
function widthOfString(this: CachedFont, text: string, size: number, features?: unknown): number {
  return features
    ? this.briefingWidthOfString(text, size, features)
    : this.briefingCaches.widths.get(text, advance, this) * (size / 1000);
}

function advance(text: string, font: CachedFont): number {
  return font.layout(text, undefined, true).advanceWidth;
}
