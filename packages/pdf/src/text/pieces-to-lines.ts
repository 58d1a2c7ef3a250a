import { breakOpportunities } from "./line-breaking.js";
import type { Piece } from "./piece.js";

/** Part of a piece on one line. */
export interface Fragment {
  piece: Piece;
  text: string;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  /** Width of the text without the spaces at its end. */
  width: number;
  /** Left offset of the line inside the paragraph's box (indents). */
  offset: number;
  /** Width available to the line. */
  available: number;
  /** The paragraph's last line, or one ended by a newline: never justified. */
  last: boolean;
}

export interface LineBox {
  width: number;
  indent: number;
  firstLineIndent: number;
}

interface Word {
  fragments: Fragment[];
  width: number;
  /** Width of the white space the word ends with (it hangs at a line end). */
  trailing: number;
  required: boolean;
}

const EPSILON = 0.01;

function measure(piece: Piece, text: string): number {
  return piece.face.pdf.widthOfString(text, piece.size);
}

function fragment(piece: Piece, text: string): Fragment {
  return { piece, text, width: measure(piece, text) };
}

/** Breaks pieces into lines that fit `box`, at Unicode line-break opportunities (kinsoku applied). */
export function piecesToLines(pieces: readonly Piece[], box: LineBox): Line[] {
  const words = toWords(pieces);
  const lines: Line[] = [];
  let current: Word[] = [];
  let used = 0;
  const available = () =>
    Math.max(1, box.width - box.indent - (lines.length === 0 ? box.firstLineIndent : 0));
  const flush = (last: boolean) => {
    lines.push(
      toLine(current, box.indent + (lines.length === 0 ? box.firstLineIndent : 0), available(), last),
    );
    current = [];
    used = 0;
  };
  const place = (word: Word) => {
    if (current.length > 0 && used + word.width - word.trailing > available() + EPSILON) flush(false);
    if (current.length === 0 && word.width - word.trailing > available() + EPSILON && isSplittable(word)) {
      for (const part of splitWord(word)) place(part);
      return;
    }
    current.push(word);
    used += word.width;
    if (word.required) flush(true);
  };
  for (const word of words) place(word);
  if (current.length > 0 || lines.length === 0) flush(true);
  else {
    const previous = lines.at(-1);
    if (previous) previous.last = true;
  }
  return lines;
}

function toWords(pieces: readonly Piece[]): Word[] {
  const text = pieces.map((piece) => piece.text).join("");
  const words: Word[] = [];
  let pieceIndex = 0;
  let pieceStart = 0;
  let start = 0;
  for (const opportunity of breakOpportunities(text)) {
    const end = opportunity.position;
    const fragments: Fragment[] = [];
    let at = start;
    while (at < end && pieceIndex < pieces.length) {
      const piece = pieces[pieceIndex] as Piece;
      const pieceEnd = pieceStart + piece.text.length;
      const sliceEnd = Math.min(end, pieceEnd);
      const slice = piece.text
        .slice(at - pieceStart, sliceEnd - pieceStart)
        .replace(/[\r\n\u2028\u2029]/g, "");
      if (slice.length > 0) fragments.push(fragment(piece, slice));
      at = sliceEnd;
      if (sliceEnd === pieceEnd) {
        pieceIndex++;
        pieceStart = pieceEnd;
      }
    }
    start = end;
    if (fragments.length === 0 && !opportunity.required) continue;
    const width = fragments.reduce((sum, part) => sum + part.width, 0);
    const lastFragment = fragments.at(-1);
    let trailing = 0;
    if (lastFragment) {
      const trimmed = lastFragment.text.replace(/\s+$/u, "");
      if (trimmed.length < lastFragment.text.length)
        trailing = lastFragment.width - measure(lastFragment.piece, trimmed);
    }
    words.push({ fragments, width, trailing, required: opportunity.required && end < text.length });
  }
  return words;
}

function isSplittable(word: Word): boolean {
  return word.fragments.reduce((count, part) => count + Array.from(part.text).length, 0) > 1;
}

/** A word wider than the line, as one word per character (an emergency break). */
function splitWord(word: Word): Word[] {
  const parts: Word[] = [];
  for (const part of word.fragments) {
    for (const char of Array.from(part.text)) {
      const piece = fragment(part.piece, char);
      const space = /\s/u.test(char);
      parts.push({
        fragments: [piece],
        width: piece.width,
        trailing: space ? piece.width : 0,
        required: false,
      });
    }
  }
  const last = parts.at(-1);
  if (last) last.required = word.required;
  return parts;
}

function toLine(words: readonly Word[], offset: number, available: number, last: boolean): Line {
  const fragments: Fragment[] = [];
  for (const word of words) {
    for (const part of word.fragments) {
      const previous = fragments.at(-1);
      if (previous && previous.piece === part.piece) {
        previous.text += part.text;
        previous.width += part.width;
      } else fragments.push({ ...part });
    }
  }
  const width = words.reduce((sum, word) => sum + word.width, 0) - (words.at(-1)?.trailing ?? 0);
  return { fragments, width, offset, available, last };
}
