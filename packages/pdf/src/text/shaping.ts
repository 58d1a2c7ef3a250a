// PDF draw pass: one run of a bidi line shaped by fontkit in its direction (Arabic joining,
// lam-alef, marks; glyphs in visual order), encoded into pdfkit's subset so text extracts logically.
// Reads PRIVATE EmbeddedFont fields (font, layoutCached, subset, unicode, widths, scale), checked.
import { DocumentSlot } from "../document-slot.js";
import type { GlyphPosition, PdfkitFont } from "../pdfkit-internals.js";
import { mirror } from "./bidi.js";

/** The fontkit glyph fields shaping reads. */
interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** The parts of pdfkit's EmbeddedFont (not exported, untyped) a shaped run is encoded with. */
export interface EncodingFont {
  font: {
    layout(
      text: string,
      features: string[],
      script: string | undefined,
      language: string | undefined,
      direction: "ltr" | "rtl",
    ): { glyphs: ShapedGlyph[]; positions: GlyphPosition[] };
    getGlyph(id: number): ShapedGlyph;
  };
  /** pdfkit's shaping of one word (with its trailing space), cached; positions in 1/1000 em. */
  layoutCached(text: string): { glyphs: ShapedGlyph[]; positions: GlyphPosition[]; direction: string };
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  unicode: number[][];
  widths: number[];
  scale: number;
}

export function encodingFont(font: PdfkitFont): EncodingFont {
  const internals = font as unknown as Partial<EncodingFont>;
  if (
    typeof internals.font?.layout !== "function" ||
    typeof internals.layoutCached !== "function" ||
    typeof internals.subset?.includeGlyph !== "function" ||
    !Array.isArray(internals.subset.glyphs) ||
    !Array.isArray(internals.unicode) ||
    !Array.isArray(internals.widths) ||
    typeof internals.scale !== "number"
  )
    throw new Error(
      "pdfkit: EmbeddedFont#font, #layoutCached, #subset, #unicode, #widths or #scale is gone — see shaping.ts",
    );
  return internals as EncodingFont;
}

/** A glyph of a shaped run: the code points are those of the logical text it stands for. */
export interface RunGlyph {
  id: number;
  codePoints: number[];
  /** The glyph's own advance, in 1/1000 em. */
  advanceWidth: number;
}

/** A shaped run: glyphs and positions in 1/1000 em, left to right. */
export interface ShapedRun {
  glyphs: RunGlyph[];
  positions: GlyphPosition[];
  /** Which glyphs are word spaces (justification widens them). */
  spaces: boolean[];
  /** Advance of the whole run in 1/1000 em. */
  width: number;
}

const WORD_SPACE = /^[^\S\u3000]$/u;

/**
 * Shapes `text` (logical order; `rtl`: its brackets already mirrored) in its direction, so an
 * Arabic run comes back joined and in visual order. Each glyph keeps the logical text it stands
 * for: a mirrored bracket the bracket the source has, and a ligature its characters in reverse,
 * because extractors (pdf.js, pdftotext) read a right-to-left line by reversing it character by
 * character.
 *
 * Shaping Arabic is slow (Amiri: ~9 ms a line), so the run is shaped a word at a time as pdfkit
 * measures it (each word with its trailing space, fontkit finding its script and direction),
 * from the same cache that line breaking filled; Arabic joins and ligatures never cross a
 * space. A right-to-left run takes its words in reverse; a word of one that fontkit sets left to
 * right (no right-to-left letter: a bracket, an Arabic comma, and a space) is shaped again right
 * to left.
 */
export function shapeRun(font: PdfkitFont, text: string, rtl: boolean): ShapedRun {
  const internals = encodingFont(font);
  const words = text.match(WORDS) ?? [];
  const shapedWords = words.map((word) => {
    const shaped = internals.layoutCached(word);
    return rtl && shaped.direction !== "rtl" ? layoutDirected(internals, word) : shaped;
  });
  if (rtl) shapedWords.reverse();
  const glyphs: RunGlyph[] = [];
  const positions: GlyphPosition[] = [];
  const spaces: boolean[] = [];
  let width = 0;
  for (const shaped of shapedWords) {
    shaped.glyphs.forEach((glyph, i) => {
      let codePoints = glyph.codePoints;
      if (rtl) {
        codePoints = Array.from(
          mirror(String.fromCodePoint(...codePoints)),
          (char) => char.codePointAt(0) as number,
        );
        if (codePoints.length > 1) codePoints.reverse();
      }
      // A copy: the cached run is shared, and justification widens spaces in place.
      const position = { ...(shaped.positions[i] as GlyphPosition) };
      glyphs.push({ id: glyph.id, codePoints, advanceWidth: position.advanceWidth });
      positions.push(position);
      spaces.push(
        glyph.codePoints.length === 1 && WORD_SPACE.test(String.fromCodePoint(glyph.codePoints[0] as number)),
      );
      width += position.xAdvance;
    });
  }
  return { glyphs, positions, spaces, width };
}

/** pdfkit's words: each up to and with a space or tab. */
const WORDS = /[^ \t]+[ \t]?|[ \t]/gu;

/** fontkit's shaping of `text` right to left, scaled as pdfkit scales its runs (1/1000 em). */
function layoutDirected(
  internals: EncodingFont,
  text: string,
): { glyphs: ShapedGlyph[]; positions: GlyphPosition[] } {
  const run = internals.font.layout(text, [], undefined, undefined, "rtl");
  return {
    glyphs: run.glyphs,
    positions: run.positions.map((position, i) => ({
      xAdvance: position.xAdvance * internals.scale,
      yAdvance: position.yAdvance * internals.scale,
      xOffset: position.xOffset * internals.scale,
      yOffset: position.yOffset * internals.scale,
      advanceWidth: (run.glyphs[i]?.advanceWidth ?? 0) * internals.scale,
    })),
  };
}

/**
 * pdf.js ends a text item where a glyph starts more than 0.2 em left of the previous glyph's end
 * (its width in the font's W array), and then reads the pieces of a right-to-left line in the
 * wrong order. Arabic fonts tuck letters under their neighbours by more than that (Amiri's ؤ:
 * 0.29 em), so such a previous glyph is given a CID whose width ends where the next glyph starts.
 */
const TUCK = 100;

/**
 * Encodes shaped glyphs into `font`'s subset: the glyph codes for the content stream and the
 * positions to show them at (`advanceWidth`: the width of the CID used). A glyph drawn for other
 * text than the font's cmap gives it (a mirrored bracket, a ligature read backwards), or with
 * another width, gets a CID of its own: ToUnicode maps each CID to one text.
 */
export function encodeGlyphs(
  font: PdfkitFont,
  glyphs: readonly RunGlyph[],
  positions: readonly GlyphPosition[],
): { encoded: string[]; positions: GlyphPosition[] } {
  const internals = encodingFont(font);
  const encoded: string[] = [];
  const shown: GlyphPosition[] = [];
  glyphs.forEach((glyph, i) => {
    const position = positions[i] as GlyphPosition;
    let width = glyph.advanceWidth;
    if (!isMark(glyph)) {
      // Where the next glyph pdf.js compares positions with (not a combining mark) starts.
      let nextStart = position.xAdvance;
      let j = i + 1;
      for (; j < glyphs.length && isMark(glyphs[j] as RunGlyph); j++)
        nextStart += (positions[j] as GlyphPosition).xAdvance;
      const next = positions[j];
      if (next !== undefined) {
        const gap = nextStart + next.xOffset - (position.xOffset + width);
        if (gap < -TUCK && width + gap >= 0) width += gap;
      }
    }
    // A glyph the font's required ligatures insert with no character of its own (Amiri's
    // connecting stroke between kaf and lam in المملكة) reads as U+200D ZERO WIDTH JOINER: pdf.js
    // drops it and the word reads whole; an empty mapping made pdf.js show the CID as a digit.
    const text = glyph.codePoints.length > 0 ? glyph.codePoints : JOINER;
    const natural = internals.font.getGlyph(glyph.id).codePoints;
    let cid: number;
    if (width === glyph.advanceWidth && sameCodePoints(text, natural)) {
      cid = internals.subset.includeGlyph(glyph.id);
      internals.unicode[cid] ??= text;
      internals.widths[cid] ??= width;
    } else {
      const cids = extraCids.of(internals);
      const key = `${glyph.id}:${text.join(",")}:${width}`;
      const known = cids.get(key);
      if (known === undefined) {
        // The same outline again under a new CID (fontkit's subset writes each entry it lists).
        internals.subset.glyphs.push(glyph.id);
        cid = internals.subset.glyphs.length - 1;
        internals.unicode[cid] = text;
        internals.widths[cid] = width;
        cids.set(key, cid);
      } else cid = known;
    }
    encoded.push(`0000${cid.toString(16)}`.slice(-4));
    shown.push({ ...position, advanceWidth: width });
  });
  return { encoded, positions: shown };
}

const JOINER = [0x200d];

// Glyphs drawn for other text than the font's cmap gives them, or with another width, get a CID
// of their own per font and (glyph, text, width).
const extraCids = new DocumentSlot<EncodingFont, string, number>("briefing CIDs");

const MARK = /^\p{M}$/u;

/** A combining mark: pdf.js gives it no width and does not compare its position. */
function isMark(glyph: RunGlyph): boolean {
  return glyph.codePoints.length === 1 && MARK.test(String.fromCodePoint(glyph.codePoints[0] as number));
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((codePoint, i) => codePoint === b[i]);
}
