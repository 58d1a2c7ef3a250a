// PDF draw pass: text → the glyph codes and positions pdfkit's `encode` gives it, a word at a time
// from a per-document cache; each word's shaping and TJ segment ends are shared by documents.
// Reads pdfkit's EmbeddedFont internals through ./shaping.ts (`encodingFont`, checked).

import { DocumentSlot } from "../document-slot.js";
import type { GlyphPosition, PdfkitFont } from "../pdfkit-internals.js";
import { type EncodingFont, encodingFont } from "./shaping.js";

/** pdfkit's number format in content streams (PDFObject.number), so the output reads the same. */
export function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * One word (pdfkit's unit of shaping: up to and with a space or tab) as `font.encode` gives it,
 * and its part of a TJ array: `segments` are its glyph codes up to each glyph whose advance
 * differs from its width (kerning), with that difference as TJ writes it; `tail` the codes
 * after the last such glyph, which the next word's first segment continues.
 */
export interface EncodedWord {
  positions: readonly GlyphPosition[];
  /** A glyph is moved off its pen position (marks): the word needs a Tm per such glyph. */
  offset: boolean;
  segments: readonly { hex: string; adjustment: string }[];
  tail: string;
  /** How far it moves the pen: its glyphs' advances with kerning, in 1/1000 em. */
  advance: number;
  /** Its TJ run when shown alone (as each word of a justified line is), once asked for. */
  alone: TjRun | undefined;
}

/**
 * A TJ array's elements (without the brackets; glyph codes in segments ending at each kerned
 * glyph, with its adjustment) and how far showing them moves the pen, in 1/1000 em.
 */
export interface TjRun {
  elements: string;
  advance: number;
}

/**
 * Words per font and document. A word's codes name glyphs of the document's own subset, so
 * the cache lives as long as that pdfkit font (one document); past this many words (a book
 * of tens of thousands of distinct words) further words are encoded each time they are shown.
 */
const WORDS_PER_DOCUMENT = 50_000;
const documentWords = new DocumentSlot<PdfkitFont, string, EncodedWord>("briefing words");

/**
 * `text`'s words as `font` encodes them. Encoding adds the glyphs to the document's subset in
 * the order of first use, so a word is encoded the first time it is shown, as
 * `font.encode(text)` would encode it there; later it only repeats what the subset has.
 * The words are pdfkit's (EmbeddedFont#layout): each up to and with a space or tab.
 */
export function encodedWords(font: PdfkitFont, text: string): EncodedWord[] {
  const words = wordCacheOf(font);
  const found: EncodedWord[] = [];
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = wordEnd(text, start);
    found.push(encodedWord(font, words, text.slice(start, end)));
  }
  return found;
}

/**
 * The TJ run of `text`'s words as TextObject#show writes it, or undefined when a glyph of a
 * word is moved off its pen position (the text is then shown glyph by glyph). The words are
 * encoded in the same order as `encodedWords` does, without an array of them: a justified line
 * shows each of its words alone.
 */
export function tjRunOf(font: PdfkitFont, text: string): TjRun | undefined {
  const words = wordCacheOf(font);
  const run = new TjRunBuilder();
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = wordEnd(text, start);
    const word = encodedWord(font, words, text.slice(start, end));
    if (word.offset) return undefined;
    if (start === 0 && end === text.length) {
      word.alone ??= new TjRunBuilder().add(word).finish();
      return word.alone;
    }
    run.add(word);
  }
  return run.finish();
}

/** Where the word starting at `start` ends: after the next space or tab, or at the text's end. */
function wordEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB) return i + 1;
  }
  return text.length;
}

/**
 * A TJ run built word by word: a segment's codes continue the codes left open before it. No
 * adjustment follows the last codes, as nothing after them in the array needs moving.
 */
class TjRunBuilder {
  #elements = "";
  #open = "";
  #advance = 0;

  add(word: EncodedWord): this {
    for (const segment of word.segments) {
      this.#elements += `${this.#elements ? " " : ""}<${this.#open}${segment.hex}> ${segment.adjustment}`;
      this.#open = "";
    }
    this.#open += word.tail;
    this.#advance += word.advance;
    return this;
  }

  finish(): TjRun {
    const elements = this.#open
      ? `${this.#elements}${this.#elements ? " " : ""}<${this.#open}>`
      : this.#elements;
    return { elements, advance: this.#advance };
  }
}

/** The words `font` has encoded in its document, by text. */
function wordCacheOf(font: PdfkitFont): Map<string, EncodedWord> {
  return documentWords.of(font);
}

function encodedWord(font: PdfkitFont, words: Map<string, EncodedWord>, word: string): EncodedWord {
  let encoded = words.get(word);
  if (encoded === undefined) {
    encoded = encodeWord(font, word);
    if (words.size < WORDS_PER_DOCUMENT) words.set(word, encoded);
  }
  return encoded;
}

const SPACE = 0x20;
const TAB = 0x09;

/**
 * What a shaped word gives every document alike: where its TJ segments end (glyphs whose
 * advance differs from their width) with the adjustment written there, and whether a glyph is
 * moved off its pen position. Kept beside pdfkit's run of the word, which the font's run cache
 * (fonts/pdfkit-font.ts) bounds: the shape goes when the run does.
 */
interface WordShape {
  ends: Map<number, string>;
  offset: boolean;
}
const shapes = new WeakMap<object, WordShape>();

function shapeOf(run: { positions: readonly GlyphPosition[] }): WordShape {
  let shape = shapes.get(run);
  if (shape === undefined) {
    shape = { ends: new Map(), offset: false };
    // A loop, not a callback made per call: see docs/pdf.md, "No closures made per document on
    // the hot path".
    for (const [i, position] of run.positions.entries()) {
      if (position.xOffset || position.yOffset) shape.offset = true;
      const advance = position.xAdvance - position.advanceWidth;
      if (advance !== 0) shape.ends.set(i, `${pdfNumber(-advance)}`);
    }
    shapes.set(run, shape);
  }
  return shape;
}

/** Glyph codes by subset glyph id, 4 hex digits as pdfkit writes them: one per id a subset used. */
const hexCodes: string[] = [];

function hexCode(gid: number): string {
  let code = hexCodes[gid];
  if (code === undefined) {
    code = `0000${gid.toString(16)}`.slice(-4);
    hexCodes[gid] = code;
  }
  return code;
}

/** `word` as pdfkit's `font.encode(word)` encodes it: its glyphs added to the subset in order. */
function encodeWord(font: PdfkitFont, word: string): EncodedWord {
  const internals: EncodingFont = encodingFont(font);
  const run = internals.layoutCached(word);
  const shape = shapeOf(run);
  const segments: { hex: string; adjustment: string }[] = [];
  let tail = "";
  let advance = 0;
  for (const position of run.positions) advance += position.xAdvance;
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i] as (typeof run.glyphs)[number];
    const gid = internals.subset.includeGlyph(glyph.id);
    internals.widths[gid] ??= glyph.advanceWidth * internals.scale;
    internals.unicode[gid] ??= glyph.codePoints;
    tail += hexCode(gid);
    const adjustment = shape.ends.get(i);
    if (adjustment !== undefined) {
      segments.push({ hex: tail, adjustment });
      tail = "";
    }
  }
  return { positions: run.positions, offset: shape.offset, segments, tail, advance, alone: undefined };
}

/** A word's glyph codes, as `font.encode` gives them: its segments' and tail's, 4 hex digits each. */
export function codesOf(word: EncodedWord): string[] {
  let hex = "";
  for (const segment of word.segments) hex += segment.hex;
  hex += word.tail;
  const codes: string[] = [];
  for (let i = 0; i < hex.length; i += 4) codes.push(hex.slice(i, i + 4));
  return codes;
}
