import type * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

/** The part of pdfkit's (untyped) embedded font that layout reads. */
export interface PdfkitFont {
  readonly name: string;
  /** In 1/1000 em. */
  readonly ascender: number;
  /** In 1/1000 em, negative below the baseline. */
  readonly descender: number;
  widthOfString(text: string, size: number): number;
}

type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: fontkit.Font, id: string) => PdfkitFont;

interface FontRegistry {
  _fontFamilies: Record<string, PdfkitFont>;
  _fontCount: number;
}

let embeddedFontClass: EmbeddedFontClass | undefined;

// pdfkit caches the shaped glyph run of each word per embedded font, that is per document;
// shaping (GSUB/GPOS) is most of the layout time, so the cache is kept per parsed font.
const layoutCaches = new WeakMap<fontkit.Font, Record<string, unknown>>();

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
  let cache = layoutCaches.get(font);
  if (cache === undefined) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(font, cache);
  }
  (embedded as unknown as { layoutCache: Record<string, unknown> }).layoutCache = cache;
  registry._fontFamilies[key] = embedded;
  return embedded;
}
