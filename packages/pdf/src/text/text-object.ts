// PDF draw pass: runs of text → one PDF text object (BT…ET) written into pdfkit's content stream
// as pdfkit's `_fragment` would. Borrows pdfkit internals through ../pdfkit-internals.ts.
import { type GlyphPosition, type PdfkitFont, useFontOnPage } from "../pdfkit-internals.js";

/** pdfkit's number format in content streams (PDFObject.number), so the output reads the same. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * One PDF text object (`q … BT … ET Q`) showing several runs of text at explicit positions.
 * Drawing each run with `doc.text()` costs a graphics-state save, a flip, BT/ET, the font
 * and the colour again per word of a justified line, and pdfkit's option handling and
 * re-measuring; a line is one text object here. The glyphs and their positions are written
 * as pdfkit's `_fragment` writes them (same encoding, same TJ adjustments for kerning and
 * offset glyphs).
 */
export class TextObject {
  readonly #doc: PDFKit.PDFDocument;
  readonly #characterSpacing: number;
  #open = false;
  #font: PdfkitFont | undefined;
  #size = 0;

  constructor(doc: PDFKit.PDFDocument, characterSpacing: number) {
    this.#doc = doc;
    this.#characterSpacing = characterSpacing;
  }

  /** Shows `text` in `font` at `size` with its baseline at `baseline` (points from the page top). */
  show(font: PdfkitFont, size: number, x: number, baseline: number, text: string): void {
    if (text.length === 0) return;
    this.showGlyphs(font, size, x, baseline, ...font.encode(text));
  }

  /**
   * Shows glyphs already encoded (`font.encode`, or a run shaped in its direction, `shapeRun`)
   * at their positions (1/1000 em; an `xAdvance` beyond the glyph's width becomes a TJ gap).
   */
  showGlyphs(
    font: PdfkitFont,
    size: number,
    x: number,
    baseline: number,
    encoded: readonly string[],
    positions: readonly GlyphPosition[],
  ): void {
    const doc = this.#doc;
    if (encoded.length === 0) return;
    const height = doc.page.height;
    if (!this.#open) {
      // The page's coordinates run top-down; text is set in PDF's bottom-up ones, as pdfkit does.
      doc.addContent("q");
      doc.addContent(`1 0 0 -1 0 ${number(height)} cm`);
      doc.addContent("BT");
      this.#open = true;
      this.#font = undefined;
    }
    if (this.#font !== font || this.#size !== size) {
      useFontOnPage(doc, font);
      doc.addContent(`/${font.id} ${number(size)} Tf`);
      if (this.#font === undefined && this.#characterSpacing)
        doc.addContent(`${number(this.#characterSpacing)} Tc`);
      this.#font = font;
      this.#size = size;
    }
    const y = height - baseline;
    doc.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
    const scale = size / 1000;
    const commands: string[] = [];
    let last = 0;
    let hadOffset = false;
    const addSegment = (end: number) => {
      if (last < end) {
        const hex = encoded.slice(last, end).join("");
        const position = positions[end - 1];
        const advance = position ? position.xAdvance - position.advanceWidth : 0;
        commands.push(`<${hex}> ${number(-advance)}`);
      }
      last = end;
    };
    const flush = (end: number) => {
      addSegment(end);
      if (commands.length > 0) {
        doc.addContent(`[${commands.join(" ")}] TJ`);
        commands.length = 0;
      }
    };
    let at = x;
    let i = 0;
    for (; i < positions.length; i++) {
      const position = positions[i] as (typeof positions)[number];
      if (position.xOffset || position.yOffset) {
        flush(i);
        doc.addContent(
          `1 0 0 1 ${number(at + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`,
        );
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) {
          doc.addContent(`1 0 0 1 ${number(at)} ${number(y)} Tm`);
          hadOffset = false;
        }
        if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
      }
      at += position.xAdvance * scale;
    }
    flush(i);
  }

  /** Ends the text object, if one is open (before marked content closes or other drawing). */
  close(): void {
    if (!this.#open) return;
    this.#doc.addContent("ET");
    this.#doc.addContent("Q");
    this.#open = false;
  }
}
