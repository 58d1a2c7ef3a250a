// PDF draw pass: runs of text → one PDF text object (BT…ET) written into pdfkit's content stream
// as pdfkit's `_fragment` would. Borrows pdfkit internals through ../pdfkit-internals.ts.
import { type GlyphPosition, type PdfkitFont, useFontOnPage, writeContent } from "../pdfkit-internals.js";
import { codesOf, encodedWords, pdfNumber as number, tjRunOf } from "./encoded-words.js";

/**
 * One PDF text object (`q … BT … ET Q`) showing several runs of text at explicit positions.
 * Drawing each run with `doc.text()` costs a graphics-state save, a flip, BT/ET, the font
 * and the colour again per word of a justified line, and pdfkit's option handling and
 * re-measuring; a line is one text object here. The glyphs and their positions are written
 * as pdfkit's `_fragment` writes them (same encoding, same TJ adjustments for kerning and
 * offset glyphs). Runs shown one after another on one baseline in one font (the words of a
 * justified line) share one TJ array, the space between them a TJ adjustment, rather than a
 * text matrix each. Operators are collected and written to the content stream in one piece when
 * the object closes or `flush()` is called (before anything else writes to the page).
 */
export class TextObject {
  readonly #doc: PDFKit.PDFDocument;
  readonly #characterSpacing: number;
  #open = false;
  #font: PdfkitFont | undefined;
  #size = 0;
  /** Operators not yet written to the content stream, each ending in a newline. */
  #pending = "";
  /** The last baseline shown at, in PDF coordinates, and as written. */
  #y = Number.NaN;
  #yText = "";
  /**
   * Where the pen stands (points) after the TJ array `#pending` ends in, still open for the
   * next run on its baseline; undefined when no array is open.
   */
  #penX: number | undefined;

  constructor(doc: PDFKit.PDFDocument, characterSpacing: number) {
    this.#doc = doc;
    this.#characterSpacing = characterSpacing;
  }

  /** Shows `text` in `font` at `size` with its baseline at `baseline` (points from the page top). */
  show(font: PdfkitFont, size: number, x: number, baseline: number, text: string): void {
    if (text.length === 0) return;
    const run = tjRunOf(font, text);
    if (run === undefined) {
      const words = encodedWords(font, text);
      this.showGlyphs(
        font,
        size,
        x,
        baseline,
        words.flatMap(codesOf),
        words.flatMap((word) => word.positions),
      );
      return;
    }
    if (run.elements === "") return;
    const y = this.#doc.page.height - baseline;
    const scale = size / 1000;
    // Character spacing adds to every glyph's advance, which the run's advance leaves out.
    if (
      this.#penX !== undefined &&
      y === this.#y &&
      font === this.#font &&
      size === this.#size &&
      !this.#characterSpacing
    ) {
      this.#pending += ` ${number((this.#penX - x) / scale)} ${run.elements}`;
      this.#penX = x + run.advance * scale;
      return;
    }
    this.#closeArray();
    if (y !== this.#y) {
      this.#y = y;
      this.#yText = `${number(y)}`;
    }
    this.#pending += `${this.#start(font, size)}1 0 0 1 ${number(x)} ${this.#yText} Tm\n[${run.elements}`;
    this.#penX = x + run.advance * scale;
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
    if (encoded.length === 0) return;
    this.#closeArray();
    let out = this.#start(font, size);
    const y = this.#doc.page.height - baseline;
    out += `1 0 0 1 ${number(x)} ${number(y)} Tm\n`;
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
        out += `[${commands.join(" ")}] TJ\n`;
        commands.length = 0;
      }
    };
    let at = x;
    let i = 0;
    for (; i < positions.length; i++) {
      const position = positions[i] as (typeof positions)[number];
      if (position.xOffset || position.yOffset) {
        flush(i);
        out += `1 0 0 1 ${number(at + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm\n`;
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) {
          out += `1 0 0 1 ${number(at)} ${number(y)} Tm\n`;
          hadOffset = false;
        }
        if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
      }
      at += position.xAdvance * scale;
    }
    flush(i);
    this.#pending += out;
  }

  /** Writes the operators shown so far, before anything else writes to the page (a colour). */
  flush(): void {
    this.#closeArray();
    if (this.#pending === "") return;
    writeContent(this.#doc, this.#pending);
    this.#pending = "";
  }

  /** Ends the text object, if one is open (before marked content closes or other drawing). */
  close(): void {
    if (!this.#open) return;
    this.#closeArray();
    this.#pending += "ET\nQ\n";
    this.flush();
    this.#open = false;
  }

  /** Ends the TJ array left open for the next run, if there is one. */
  #closeArray(): void {
    if (this.#penX === undefined) return;
    this.#pending += "] TJ\n";
    this.#penX = undefined;
  }

  /** The operators that open the text object and select `font` at `size`, where needed. */
  #start(font: PdfkitFont, size: number): string {
    let out = "";
    if (!this.#open) {
      // The page's coordinates run top-down; text is set in PDF's bottom-up ones, as pdfkit does.
      out += `q\n1 0 0 -1 0 ${number(this.#doc.page.height)} cm\nBT\n`;
      this.#open = true;
      this.#font = undefined;
    }
    if (this.#font !== font || this.#size !== size) {
      useFontOnPage(this.#doc, font);
      out += `/${font.id} ${number(size)} Tf\n`;
      if (this.#font === undefined && this.#characterSpacing) out += `${number(this.#characterSpacing)} Tc\n`;
      this.#font = font;
      this.#size = size;
    }
    return out;
  }
}
