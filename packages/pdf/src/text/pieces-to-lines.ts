// PDF measure pass: Pieces → Lines that fit a LineBox, broken at linebreak opportunities with
// kinsoku, widths from pdfkit fonts (PdfkitFont type from ../pdfkit-internals.ts).
import { phraseBoundaries } from "@briefing/core";
import { DocumentSlot } from "../document-slot.js";
import { fontCachesOf } from "../fonts/pdfkit-font.js";
import type { PdfkitFont } from "../pdfkit-internals.js";
import { hyphenationPoints, hyphenWord } from "./hyphenation.js";
import { eachBreakOpportunity } from "./line-breaking.js";
import type { Piece } from "./piece.js";
import { endsSentence } from "./sentence-ends.js";
import { isWhiteSpace, trimmedLength } from "./word-spaces.js";

/** Part of a piece on one line. */
export interface Fragment {
  piece: Piece;
  text: string;
  width: number;
  /**
   * The width of `text` without its trailing white space, where `text` is one word's part
   * shaped alone, as the draw pass measures a justified line's words (draw-lines.ts takes both
   * widths from here); NaN where `width` is not that (characters added up, several words joined)
   * or the trimmed width was not measured.
   */
  trimmedWidth: number;
}

export interface Line {
  fragments: Fragment[];
  /**
   * The words' parts the fragments join, in order (a fragment joins the consecutive parts in
   * its piece): justification draws a line word by word, and finds their widths here.
   */
  parts?: readonly Fragment[];
  /** Width of the text without the spaces at its end. */
  width: number;
  /** Left offset of the line inside the paragraph's box (indents). */
  offset: number;
  /** Width available to the line. */
  available: number;
  /** The paragraph's last line, or one ended by a newline: never justified. */
  last: boolean;
  /**
   * The line ends inside a hyphenated word: a hyphen in this piece's face follows the last
   * fragment (counted in `width`, drawn as an artifact, not part of the text).
   */
  hyphen?: Piece;
}

export interface LineBox {
  width: number;
  indent: number;
  firstLineIndent: number;
}

export interface LineOptions {
  /**
   * The lines are justified: a word that does not fit after a loose line (its spaces would
   * stretch beyond LOOSE_SPACE_STRETCH) is hyphenated when it is English (`language`: the
   * document's, for text without a `lang`).
   */
  hyphenate?: boolean;
  language?: string;
  /**
   * Japanese text (pieces with `lang` ja) breaks only between BudouX phrases; a phrase wider
   * than the line is still broken between characters. For titles and headings.
   */
  keepPhrases?: boolean;
  /**
   * A line that would end past this share of its width ends at its last sentence end instead,
   * so a page can turn there (reading copies, `breakAt: sentence`).
   */
  sentenceLineFill?: number;
}

/** A justified line whose word spaces would stretch beyond this multiple is loose. */
export const LOOSE_SPACE_STRETCH = 1.5;

interface Word {
  fragments: Fragment[];
  width: number;
  /** Width of the white space the word ends with (it hangs at a line end). */
  trailing: number;
  required: boolean;
  /** The start of a hyphenated word: a hyphen (counted in `width`) follows it. */
  hyphen?: Piece;
}

const EPSILON = 0.01;

/**
 * Texts longer than this many UTF-16 units are first measured by adding up their characters'
 * widths (see `measureText`); shorter ones, every ordinary word, are always shaped.
 */
const SHAPE_WHOLE_LIMIT = 256;

function measure(piece: Piece, text: string): number {
  return piece.face.pdf.widthOfString(text, piece.size);
}

// Advance widths of single characters at 1000 pt, per font: a word broken between characters
// measures each character once per font, not once per line or per growing prefix.
const characterWidths = new DocumentSlot<PdfkitFont, number, number>("briefing widths");

function characterWidth(piece: Piece, codePoint: number): number {
  const font = piece.face.pdf;
  const widths = characterWidths.of(font);
  let width = widths.get(codePoint);
  if (width === undefined) {
    width = font.widthOfString(String.fromCodePoint(codePoint), 1000);
    widths.set(codePoint, width);
  }
  return width * (piece.size / 1000);
}

/** The sum of the widths of `text`'s characters, each measured alone (no kerning, no ligatures). */
function characterSum(piece: Piece, text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) as number;
    sum += characterWidth(piece, codePoint);
    i += codePoint > 0xffff ? 2 : 1;
  }
  return sum;
}

/**
 * The width of `text`, shaped as drawn — unless it is long and its characters alone add up to
 * more than `wider`. Shaping a text costs time and memory in proportion to it (a one-megabyte
 * "word" took seconds and gigabytes), and such a text is wider than any line whatever kerning
 * and ligatures do (they change a width by a few per cent, never by half), so it is broken
 * between characters, with the characters' own widths, and its whole width is never drawn.
 */
function measureText(piece: Piece, text: string, wider: number): number {
  if (text.length > SHAPE_WHOLE_LIMIT) {
    const sum = characterSum(piece, text);
    if (sum > wider) return sum;
  }
  return measure(piece, text);
}

/**
 * `measureText` of `text` without its trailing white space (`kept` characters). An ordinary word
 * is looked up by `text`, just measured whole, instead of by a new string of its start: a
 * string's hash is computed once, and a word's two lookups were a large part of measuring.
 */
function measureTrimmed(piece: Piece, text: string, kept: number, wider: number): number {
  if (text.length > SHAPE_WHOLE_LIMIT) return measureText(piece, text.slice(0, kept), wider);
  const width = fontCachesOf(piece.face.font).trimmedWidths.get(text, trimmedWidthAt1000, piece.face.pdf);
  // As the font's widthOfString scales its width at 1000 pt (fonts/pdfkit-font.ts).
  return width * (piece.size / 1000);
}

// A module function, not a closure made per word: see docs/pdf.md, "No closures made per
// document on the hot path".
function trimmedWidthAt1000(word: string, font: PdfkitFont): number {
  return font.widthOfString(word.slice(0, trimmedLength(word)), 1000);
}

/**
 * Breaks pieces into lines that fit `box`, at Unicode line-break opportunities (kinsoku
 * applied). A word wider than the line is broken between characters. Time and memory grow in
 * proportion to the text: words are made one at a time, each measured once, and a word
 * broken between characters is filled into lines by adding up its characters' widths.
 * With `maxLines`, stops once that many lines are full (the rest of the text is left out).
 */
export function piecesToLines(
  pieces: readonly Piece[],
  box: LineBox,
  maxLines = Infinity,
  options: LineOptions = {},
): Line[] {
  const filler = new LineFiller(box, maxLines, options);
  // The widest a line can be (a negative first-line indent widens the first): twice that is
  // wider than any line whatever shaping does.
  const widest = Math.max(1, box.width - box.indent - Math.min(0, box.firstLineIndent));
  const inside = options.keepPhrases ? insidePhrases(pieces) : undefined;
  const { lines } = filler;
  for (const word of toWords(pieces, 2 * widest, inside)) {
    filler.place(word);
    if (lines.length >= maxLines) return lines.slice(0, maxLines);
  }
  if (filler.current.length > 0 || lines.length === 0) filler.flush(true);
  else {
    const previous = lines.at(-1);
    if (previous) previous.last = true;
  }
  return lines;
}

/**
 * The lines being filled, one word at a time. A class rather than closures inside
 * piecesToLines: see docs/pdf.md, "No closures made per document on the hot path".
 */
class LineFiller {
  readonly lines: Line[] = [];
  current: Word[] = [];
  used = 0;

  constructor(
    private readonly box: LineBox,
    private readonly maxLines: number,
    private readonly options: LineOptions,
  ) {}

  available(): number {
    const { box } = this;
    return Math.max(1, box.width - box.indent - (this.lines.length === 0 ? box.firstLineIndent : 0));
  }

  flush(last: boolean): void {
    const { box } = this;
    this.lines.push(
      toLine(
        this.current,
        box.indent + (this.lines.length === 0 ? box.firstLineIndent : 0),
        this.available(),
        last,
      ),
    );
    this.current = [];
    this.used = 0;
  }

  // `current` ends its line at its last sentence end, past `sentenceLineFill` of the line.
  endAtSentence(): boolean {
    const fill = this.options.sentenceLineFill;
    if (fill === undefined) return false;
    const { current } = this;
    let width = this.used;
    for (let j = current.length - 2; j >= 0; j--) {
      width -= (current[j + 1] as Word).width;
      const word = current[j] as Word;
      if (width - word.trailing < fill * this.available()) return false;
      if (word.hyphen || !endsSentence(wordText(word), wordText(current[j + 1] as Word))) continue;
      const rest = current.slice(j + 1);
      this.current = current.slice(0, j + 1);
      this.used = width;
      this.flush(false);
      for (const next of rest) this.place(next);
      return true;
    }
    return false;
  }

  place(word: Word): void {
    if (this.current.length > 0 && this.overflows(word) && this.endAtSentence()) {
      this.place(word);
      return;
    }
    if (this.current.length > 0 && this.overflows(word)) {
      const rest = this.options.hyphenate ? this.hyphenateAtLineEnd(word) : undefined;
      this.flush(false);
      if (rest) {
        if (this.lines.length < this.maxLines) this.place(rest);
        return;
      }
    }
    if (
      this.current.length === 0 &&
      word.width - word.trailing > this.available() + EPSILON &&
      isSplittable(word)
    ) {
      this.placeByCharacters(word);
      return;
    }
    this.current.push(word);
    this.used += word.width;
    if (word.required) this.flush(true);
  }

  private overflows(word: Word): boolean {
    return this.used + word.width - word.trailing > this.available() + EPSILON;
  }

  // The line so far is loose (its spaces would stretch beyond LOOSE_SPACE_STRETCH) and `word`,
  // an English word after a space, does not fit: the longest hyphenated start of it that fits
  // ends the line (a hyphen drawn after it); the rest of the word is returned.
  private hyphenateAtLineEnd(word: Word): Word | undefined {
    const { current } = this;
    const last = current.at(-1);
    const fragment = word.fragments[0];
    if (!last || last.trailing <= 0 || word.fragments.length !== 1 || !fragment) return undefined;
    const { piece } = fragment;
    if (piece.field || piece.href || piece.rise !== 0) return undefined;
    let gaps = 0;
    let narrowest = Infinity;
    for (let i = 0; i < current.length - 1; i++) {
      const trailing = (current[i] as Word).trailing;
      if (trailing > 0) {
        gaps++;
        narrowest = Math.min(narrowest, trailing);
      }
    }
    const extra = this.available() - (this.used - last.trailing);
    if (gaps > 0 && extra / gaps <= (LOOSE_SPACE_STRETCH - 1) * narrowest) return undefined;
    const parts = hyphenWord(fragment.text, piece.lang ?? this.options.language);
    if (!parts) return undefined;
    const points = hyphenationPoints(parts.letters, parts.patterns);
    for (let i = points.length - 1; i >= 0; i--) {
      const at = points[i] as number;
      const head = `${parts.lead}${parts.letters.slice(0, at)}`;
      const headWidth = measure(piece, head);
      const width = headWidth + measure(piece, "-");
      if (this.used + width > this.available() + EPSILON) continue;
      current.push({
        fragments: [{ piece, text: head, width: headWidth, trimmedWidth: headWidth }],
        width,
        trailing: 0,
        required: false,
        hyphen: piece,
      });
      this.used += width;
      const tail = `${parts.letters.slice(at)}${parts.tail}`;
      const tailWidth = measure(piece, tail);
      return {
        fragments: [{ piece, text: tail, width: tailWidth, trimmedWidth: NaN }],
        width: tailWidth,
        trailing: word.trailing,
        required: word.required,
      };
    }
    return undefined;
  }

  // An emergency break: the word fills lines character by character, a character going to the
  // next line when it does not fit (white space always fits: it hangs). The characters of a
  // line stay one fragment per piece, so the rest of the word is never re-measured.
  private placeByCharacters(word: Word): void {
    let fragments: Fragment[] = [];
    let width = 0;
    let trailing = 0;
    for (const part of word.fragments) {
      const { piece, text } = part;
      let from = 0;
      let fromWidth = 0;
      for (let i = 0; i < text.length; ) {
        const codePoint = text.codePointAt(i) as number;
        const advance = characterWidth(piece, codePoint);
        const space = isWhiteSpace(codePoint);
        const lineHasText = this.current.length > 0 || fragments.length > 0 || i > from;
        if (!space && lineHasText && this.used + advance > this.available() + EPSILON) {
          if (i > from)
            fragments.push({ piece, text: text.slice(from, i), width: fromWidth, trimmedWidth: NaN });
          if (fragments.length > 0) this.current.push({ fragments, width, trailing, required: false });
          this.flush(false);
          if (this.lines.length >= this.maxLines) return;
          fragments = [];
          width = 0;
          trailing = 0;
          from = i;
          fromWidth = 0;
        }
        fromWidth += advance;
        width += advance;
        this.used += advance;
        trailing = space ? trailing + advance : 0;
        i += codePoint > 0xffff ? 2 : 1;
      }
      if (from < text.length)
        fragments.push({ piece, text: text.slice(from), width: fromWidth, trimmedWidth: NaN });
    }
    this.current.push({ fragments, width, trailing, required: word.required });
    if (word.required) this.flush(true);
  }
}

/** Positions (in the pieces' joined text) inside a Japanese phrase: no line breaks there. */
function insidePhrases(pieces: readonly Piece[]): Set<number> {
  const inside = new Set<number>();
  let at = 0;
  for (let i = 0; i < pieces.length; ) {
    if (!(pieces[i] as Piece).lang?.startsWith("ja")) {
      at += (pieces[i] as Piece).text.length;
      i++;
      continue;
    }
    // A run of Japanese pieces is split into phrases as one text.
    let text = "";
    for (; i < pieces.length && (pieces[i] as Piece).lang?.startsWith("ja"); i++)
      text += (pieces[i] as Piece).text;
    const boundaries = new Set(phraseBoundaries(text));
    for (let position = 1; position < text.length; position++) {
      if (!boundaries.has(position)) inside.add(at + position);
    }
    at += text.length;
  }
  return inside;
}

function* toWords(pieces: readonly Piece[], wider: number, inside?: ReadonlySet<number>): Generator<Word> {
  const text = pieces.map(pieceText).join("");
  let pieceIndex = 0;
  let pieceStart = 0;
  let start = 0;
  for (const opportunity of eachBreakOpportunity(text)) {
    const end = opportunity.position;
    if (inside?.has(end) && !opportunity.required) continue;
    // Most words are one fragment: an array literal of one holds it in a fifth of the memory
    // of an empty array grown by push (see docs/pdf.md, "Fewer objects per word").
    let first: Fragment | undefined;
    let more: Fragment[] | undefined;
    let width = 0;
    let at = start;
    while (at < end && pieceIndex < pieces.length) {
      const piece = pieces[pieceIndex] as Piece;
      const pieceEnd = pieceStart + piece.text.length;
      const sliceEnd = Math.min(end, pieceEnd);
      const slice = piece.text.slice(at - pieceStart, sliceEnd - pieceStart).replace(LINE_BREAKS, "");
      if (slice.length > 0) {
        const fragment = { piece, text: slice, width: measureText(piece, slice, wider), trimmedWidth: NaN };
        // Shaped alone (see measureText) and ending in no white space: its own trimmed width.
        if (slice.length <= SHAPE_WHOLE_LIMIT && !isWhiteSpace(slice.charCodeAt(slice.length - 1)))
          fragment.trimmedWidth = fragment.width;
        width += fragment.width;
        if (first === undefined) first = fragment;
        else if (more === undefined) more = [first, fragment];
        else more.push(fragment);
      }
      at = sliceEnd;
      if (sliceEnd === pieceEnd) {
        pieceIndex++;
        pieceStart = pieceEnd;
      }
    }
    start = end;
    if (first === undefined && !opportunity.required) continue;
    const fragments = more ?? (first === undefined ? [] : [first]);
    const lastFragment = fragments.at(-1);
    let trailing = 0;
    if (lastFragment) {
      const kept = trimmedLength(lastFragment.text);
      if (kept < lastFragment.text.length) {
        const trimmedWidth = measureTrimmed(lastFragment.piece, lastFragment.text, kept, wider);
        trailing = lastFragment.width - trimmedWidth;
        if (lastFragment.text.length <= SHAPE_WHOLE_LIMIT) lastFragment.trimmedWidth = trimmedWidth;
      }
    }
    yield { fragments, width, trailing, required: opportunity.required && end < text.length };
  }
}

/** Line breaks inside a word's text: the break is the word's, the characters are not drawn. */
const LINE_BREAKS = /[\r\n\u2028\u2029]/g;

/** More than one character (a single one cannot be broken). */
function isSplittable(word: Word): boolean {
  let characters = 0;
  for (const part of word.fragments) {
    for (let i = 0; i < part.text.length; i += (part.text.codePointAt(i) as number) > 0xffff ? 2 : 1) {
      if (++characters > 1) return true;
    }
  }
  return false;
}

function pieceText(piece: Piece): string {
  return piece.text;
}

function wordText(word: Word): string {
  return word.fragments.map((fragment) => fragment.text).join("");
}

function toLine(words: readonly Word[], offset: number, available: number, last: boolean): Line {
  const fragments: Fragment[] = [];
  const parts: Fragment[] = [];
  for (const word of words) {
    for (const part of word.fragments) {
      parts.push(part);
      const previous = fragments.at(-1);
      if (previous && previous.piece === part.piece) {
        previous.text += part.text;
        previous.width += part.width;
        previous.trimmedWidth = NaN;
      } else fragments.push({ ...part });
    }
  }
  const width = words.reduce((sum, word) => sum + word.width, 0) - (words.at(-1)?.trailing ?? 0);
  const hyphen = words.at(-1)?.hyphen;
  return hyphen
    ? { fragments, parts, width, offset, available, last, hyphen }
    : { fragments, parts, width, offset, available, last };
}
