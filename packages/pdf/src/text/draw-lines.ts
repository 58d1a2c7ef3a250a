// PDF draw pass: a measured Line → text on the page (alignment, justification, bidi order,
// Span/Link tags, link annotations). Borrows pdfkit link options through ../pdfkit-internals.ts.
import { allowedHref, isRightToLeft, isRightToLeftLanguage, languageOf, scriptOf } from "@briefing/core";
import type { DrawContext } from "../draw/draw-context.js";
import { type GlyphPosition, linkAnnotation } from "../pdfkit-internals.js";
import { type BidiRun, hasRightToLeft, visualRuns } from "./bidi.js";
import type { Piece } from "./piece.js";
import type { Fragment, Line } from "./pieces-to-lines.js";
import { encodeGlyphs, type RunGlyph, shapeRun } from "./shaping.js";
import { TextObject } from "./text-object.js";
import { codePointCount, isWhiteSpace, isWordSpace, nextWordStart, trimmedLength } from "./word-spaces.js";

export type Align = "left" | "center" | "right" | "justify";

/** Where drawn text goes in the structure tree: marked content of `tag` added to `element`. */
export interface StructTarget {
  element: PDFKit.PDFStructureElement;
  tag: string;
}

/**
 * A justified line whose word spaces would grow beyond this multiple of their natural width
 * (the narrowest space of the line counts) is set flush left instead of opening rivers.
 */
export const MAX_SPACE_STRETCH = 2;
/** The same for the space added between characters of a line without spaces (Japanese). */
const MAX_CHARACTER_STRETCH_EM = 0.25;
const COMBINING_MARK = /\p{M}/u;

/**
 * Draws one line with its baseline at `baseline`, the paragraph box starting at `left`.
 * Text in another language than the document's (Japanese) becomes a `Span` with `Lang`.
 * A line of a right-to-left document, or with right-to-left text in it, is set by the bidi
 * algorithm (`drawBidiLine`); other lines never pay for it.
 */
export function drawLine(
  context: DrawContext,
  line: Line,
  left: number,
  baseline: number,
  lineHeight: number,
  align: Align,
  target: StructTarget | undefined,
): void {
  const rtl = isRightToLeftLanguage(context.document.meta.language);
  if (rtl || line.fragments.some((fragment) => hasRightToLeft(fragment.text))) {
    drawBidiLine(context, line, left, baseline, lineHeight, align, target, rtl);
    return;
  }
  let chunks = chunksOf(line.fragments, context);
  const hyphen = line.hyphen;
  const hyphenWidth = hyphen ? hyphen.face.pdf.widthOfString("-", hyphen.size) : 0;
  const extra = line.available - widthOf(chunks, context) - hyphenWidth;
  let x = left + line.offset;
  let gapExtra = 0;
  let characterSpacing = 0;
  if (align === "center") x += extra / 2;
  else if (align === "right") x += extra;
  else if (align === "justify" && !line.last && extra > 0) {
    const words = chunksOf(line.fragments, context, line.parts ?? []);
    let gaps = 0;
    for (let i = 0; i < words.length - 1; i++) if (words[i]?.gap) gaps++;
    if (gaps > 0 && extra / gaps <= (MAX_SPACE_STRETCH - 1) * narrowestSpace(words) + 1e-6) {
      gapExtra = extra / gaps;
      chunks = words;
    } else if (gaps === 0) {
      // Japanese has no spaces to stretch: justify by spacing every character a little. Not
      // Thai: the spacing would move the vowel and tone marks off the letters they sit on.
      const size = line.fragments[0]?.piece.size ?? 12;
      let lineText = "";
      for (const fragment of line.fragments) lineText += fragment.text;
      lineText = lineText.trimEnd();
      const characters = codePointCount(lineText);
      if (
        characters > 1 &&
        extra / (characters - 1) <= MAX_CHARACTER_STRETCH_EM * size &&
        !COMBINING_MARK.test(lineText)
      )
        characterSpacing = extra / (characters - 1);
    }
  }
  const placed: Placed[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const text = chunkText(chunk, context);
    const width = chunk.width + (characterSpacing ? characterSpacing * codePointCount(text) : 0);
    placed.push({ piece: chunk.piece, text, x, width });
    x += width + (chunk.gap && index < chunks.length - 1 ? gapExtra : 0);
  }
  const color = drawPlaced(context, placed, baseline, lineHeight, characterSpacing, target);
  if (hyphen) drawHyphen(context, hyphen, x, baseline, color);
}

/**
 * Draws a line by the Unicode bidirectional algorithm, the paragraph right to left when `rtl`
 * (a right-to-left document: the indents are on the right, `left` alignment is the start, so
 * the right). Runs of one level are placed left to right in visual order, each shaped whole in
 * its direction (Arabic joined, glyphs in visual order, brackets mirrored); runs side by side in
 * one face make a segment, and segments are written to the content stream in logical order, so
 * extractors and assistive technology read the text in the order it was written.
 */
function drawBidiLine(
  context: DrawContext,
  line: Line,
  left: number,
  baseline: number,
  lineHeight: number,
  align: Align,
  target: StructTarget | undefined,
  rtl: boolean,
): void {
  const docLang = context.document.meta.language;
  const items = chunksOf(line.fragments, context).map((chunk) => ({
    piece: chunk.piece,
    text: chunkText(chunk, context),
  }));
  // White space at the line's end hangs; not drawn, as it would stand at the start of a
  // right-to-left line.
  while (items.length > 0) {
    const last = items.at(-1) as (typeof items)[number];
    const kept = last.text.replace(/\s+$/u, "");
    if (kept.length > 0) {
      items[items.length - 1] = { ...last, text: kept };
      break;
    }
    items.pop();
  }
  const runs = visualRuns(items, rtl).map((run) => {
    const { piece } = run.item;
    const shaped = shapeRun(piece.face.pdf, run.mirrored, run.rtl);
    return { run, shaped, width: (shaped.width * piece.size) / 1000 };
  });
  const hyphen = line.hyphen;
  const hyphenWidth = hyphen ? hyphen.face.pdf.widthOfString("-", hyphen.size) : 0;
  const extra = line.available - runs.reduce((sum, run) => sum + run.width, 0) - hyphenWidth;
  let x = rtl ? left : left + line.offset;
  // Where a line that is not stretched starts: flush with the paragraph's start side.
  let offset = rtl ? extra : 0;
  if (align === "center") offset = extra / 2;
  else if (align === "right") offset = rtl ? 0 : extra;
  else if (align === "justify" && !line.last && extra > 0) {
    let gaps = 0;
    let narrowest = Infinity;
    for (const { run, shaped } of runs) {
      shaped.spaces.forEach((space, i) => {
        if (!space) return;
        gaps++;
        const advance = (shaped.positions[i]?.xAdvance ?? 0) * (run.item.piece.size / 1000);
        narrowest = Math.min(narrowest, advance);
      });
    }
    if (gaps > 0 && extra / gaps <= (MAX_SPACE_STRETCH - 1) * narrowest + 1e-6) {
      // Word spaces widen by TJ adjustments inside the shaped runs.
      const gapExtra = extra / gaps;
      for (const shapedRun of runs) {
        const { shaped } = shapedRun;
        shaped.spaces.forEach((space, i) => {
          const position = shaped.positions[i];
          if (!space || !position) return;
          position.xAdvance += (gapExtra * 1000) / shapedRun.run.item.piece.size;
          shapedRun.width += gapExtra;
        });
      }
      offset = 0;
    }
  }
  x += offset;
  // A hyphen ends the line on its end side: the left in a right-to-left paragraph.
  const hyphenX = x;
  if (rtl) x += hyphenWidth;
  // Visually adjacent runs in one face, size, colour, link and language are one segment, shown
  // left to right as one stretch of glyphs: pdf.js reads such a stretch as one text item and
  // orders it by its own bidi pass. Segments are written in logical order, so a line of several
  // still reads back in order.
  const segments: (Placed & {
    index: number;
    start: number;
    glyphs: RunGlyph[];
    at: GlyphPosition[];
    parts: BidiRun<unknown>[];
  })[] = [];
  for (const { run, shaped, width } of runs) {
    const { piece } = run.item;
    let lang: string | undefined;
    if (piece.lang === undefined && run.rtl && !rtl) {
      // Right-to-left letters in a left-to-right document are tagged with their language.
      const letter = Array.from(run.text).find((char) => isRightToLeft(scriptOf(char)));
      if (letter !== undefined) lang = languageOf(scriptOf(letter), docLang);
    }
    const last = segments.at(-1);
    // pdf.js orders each text item by its own bidi pass, its base direction guessed from the
    // item's share of right-to-left characters: runs share a segment (an item) only while
    // that guess is the line's direction; a lone run reads back right either way.
    if (
      last &&
      sameSegment(last.piece, piece) &&
      last.lang === lang &&
      readsRightToLeft(last.parts.map((part) => part.text).join("") + run.text) === rtl
    ) {
      last.glyphs.push(...shaped.glyphs);
      last.at.push(...shaped.positions);
      last.width += width;
      if (run.index < last.index || (run.index === last.index && run.start < last.start)) {
        last.index = run.index;
        last.start = run.start;
      }
      last.parts.push(run);
    } else {
      segments.push({
        piece,
        text: "",
        x,
        width,
        index: run.index,
        start: run.start,
        glyphs: [...shaped.glyphs],
        at: [...shaped.positions],
        parts: [run],
        ...(lang !== undefined ? { lang } : {}),
      });
    }
    x += width;
  }
  const placed: Placed[] = segments
    .sort((a, b) => a.index - b.index || a.start - b.start)
    .map(({ index: _index, start: _start, glyphs, at, parts, ...segment }) => ({
      ...segment,
      // The segment's text in logical order (a link's description).
      text: [...parts]
        .sort((a, b) => a.index - b.index || a.start - b.start)
        .map((part) => part.text)
        .join(""),
      shaped: encodeGlyphs(segment.piece.face.pdf, glyphs, at),
      ownSequence: true,
    }));
  const color = drawPlaced(context, placed, baseline, lineHeight, 0, target);
  if (hyphen) drawHyphen(context, hyphen, rtl ? hyphenX : x, baseline, color);
}

/** How pdf.js guesses an item's direction: right to left from 30 % right-to-left characters. */
function readsRightToLeft(text: string): boolean {
  let count = 0;
  for (const char of text) if (hasRightToLeft(char)) count++;
  return count > 0 && (count / text.length >= 0.3 || text.length <= 4);
}

/** Two pieces drawn alike: one face, size, rise, colour and link. */
function sameSegment(a: Piece, b: Piece): boolean {
  return (
    a.face.pdf === b.face.pdf &&
    a.size === b.size &&
    a.rise === b.rise &&
    a.color === b.color &&
    a.href === b.href &&
    a.lang === b.lang
  );
}

/** A run of text at its place on the line; `shaped`: glyphs already shaped (bidi lines). */
interface Placed {
  piece: Piece;
  text: string;
  x: number;
  width: number;
  shaped?: { encoded: string[]; positions: GlyphPosition[] };
  /** The language to tag the run with, when it is not the piece's (a right-to-left run). */
  lang?: string;
  /**
   * A marked-content sequence of its own even in the same language and link, so pdf.js ends
   * its text item there (a bidi segment: its item is ordered on its own).
   */
  ownSequence?: boolean;
}

/**
 * Draws placed runs in the order given, which is the text's logical order: consecutive runs of
 * one language and one link share a marked-content sequence (a `Span` with `Lang`, a `Link`).
 */
function drawPlaced(
  context: DrawContext,
  placed: readonly Placed[],
  baseline: number,
  lineHeight: number,
  characterSpacing: number,
  target: StructTarget | undefined,
): string | undefined {
  const { doc } = context;
  const top = baseline - lineHeight * 0.75;
  // Consecutive chunks of one language and one link share a marked-content sequence.
  let group: { lang: string | undefined; href: string | undefined; open: boolean } = {
    lang: undefined,
    href: undefined,
    open: false,
  };
  let element: PDFKit.PDFStructureElement | undefined;
  const docLang = context.document.meta.language;
  const textObject = new TextObject(doc, characterSpacing);
  let color: string | undefined;
  const close = () => {
    textObject.close();
    if (group.open) doc.endMarkedContent();
    element?.end();
    element = undefined;
    group = { lang: undefined, href: undefined, open: false };
  };
  for (const run of placed) {
    const { piece, text, x, width } = run;
    const own = run.lang ?? piece.lang;
    const lang = own !== undefined && own !== docLang ? own : undefined;
    if (target && (!group.open || group.lang !== lang || group.href !== piece.href || run.ownSequence)) {
      close();
      if (piece.href || lang) {
        const tag = piece.href ? "Link" : "Span";
        element = doc.struct(tag, lang ? { lang } : {});
        target.element.add(element);
        element.add(doc.markStructureContent(tag, lang ? { lang } : {}));
      } else {
        target.element.add(doc.markStructureContent(target.tag));
      }
      group = { lang, href: piece.href, open: true };
    }
    if (piece.color !== color) {
      // Inside the text object: what it collected goes first.
      textObject.flush();
      doc.fillColor(piece.color);
      color = piece.color;
    }
    if (run.shaped)
      textObject.showGlyphs(
        piece.face.pdf,
        piece.size,
        x,
        baseline - piece.rise,
        run.shaped.encoded,
        run.shaped.positions,
      );
    else textObject.show(piece.face.pdf, piece.size, x, baseline - piece.rise, text);
    if (piece.href)
      link(context, piece.href, text, target ? element : undefined, [x, top, width, lineHeight]);
  }
  textObject.close();
  if (target) close();
  return color;
}

/**
 * A hyphen that only breaks the word across lines is layout, not text: an artifact, so the
 * word reads whole ("negotiations", not "negoti-ations") to screen readers and extraction.
 */
function drawHyphen(
  context: DrawContext,
  hyphen: Piece,
  x: number,
  baseline: number,
  color: string | undefined,
): void {
  const { doc } = context;
  doc.markContent("Artifact", { type: "Layout" });
  if (hyphen.color !== color) doc.fillColor(hyphen.color);
  const hyphenObject = new TextObject(doc, 0);
  hyphenObject.show(hyphen.face.pdf, hyphen.size, x, baseline - hyphen.rise, "-");
  hyphenObject.close();
  doc.endMarkedContent();
}

interface Chunk {
  piece: Piece;
  text: string;
  width: number;
  /**
   * Ends with a word space, which justification may stretch: white space but the ideographic
   * space (U+3000), which is a character-wide 字下げ or a Japanese separator, never a gap.
   */
  gap: boolean;
  /** The width of `text` without its trailing word spaces where line breaking measured it; else NaN. */
  trimmedWidth: number;
}

/**
 * The fragments to draw; with `parts` (the line's words' parts, see `Line.parts`), cut after
 * each run of word spaces so the gaps can be stretched.
 */
function chunksOf(
  fragments: readonly Fragment[],
  context: DrawContext,
  parts?: readonly Fragment[],
): Chunk[] {
  const chunks: Chunk[] = [];
  // Fragment by fragment, the parts each one joins: the next parts in its piece.
  let partIndex = 0;
  for (const fragment of fragments) {
    const { piece } = fragment;
    const firstPart = partIndex;
    if (parts !== undefined)
      while (partIndex < parts.length && (parts[partIndex] as Fragment).piece === piece) partIndex++;
    if (piece.field) {
      const text = String(context.fields[piece.field]);
      chunks.push({
        piece,
        text,
        width: piece.face.pdf.widthOfString(text, piece.size),
        gap: false,
        trimmedWidth: NaN,
      });
    } else if (parts === undefined || nextWordStart(fragment.text, 0) === fragment.text.length) {
      chunks.push({
        piece,
        text: fragment.text,
        width: fragment.width,
        gap: endsWithWordSpace(fragment.text),
        trimmedWidth: NaN,
      });
    } else pushWords(chunks, fragment, parts, firstPart, partIndex);
  }
  return chunks;
}

/**
 * `fragment`'s words (its text cut after each run of word spaces, see `nextWordStart`) as chunks.
 * A word that is one of the parts the fragment joins (`parts[from..to)`) takes the part's string
 * and widths, measured when the line was broken: the same strings measured the same way, so the
 * same widths, without cutting and measuring each word of every justified line again.
 */
function pushWords(
  chunks: Chunk[],
  fragment: Fragment,
  parts: readonly Fragment[],
  from: number,
  to: number,
): void {
  const { piece, text } = fragment;
  let index = from;
  let partStart = 0;
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = nextWordStart(text, start);
    while (index < to && partStart < start) partStart += (parts[index++] as Fragment).text.length;
    const part = index < to && partStart === start ? (parts[index] as Fragment) : undefined;
    if (part !== undefined && start + part.text.length === end && !Number.isNaN(part.trimmedWidth)) {
      chunks.push({
        piece,
        text: part.text,
        width: part.width,
        gap: endsWithWordSpace(part.text),
        trimmedWidth: trimsAlike(part.text) ? part.trimmedWidth : NaN,
      });
    } else {
      const word = text.slice(start, end);
      chunks.push({
        piece,
        text: word,
        width: piece.face.pdf.widthOfString(word, piece.size),
        gap: endsWithWordSpace(word),
        trimmedWidth: NaN,
      });
    }
  }
}

function endsWithWordSpace(text: string): boolean {
  return text.length > 0 && isWordSpace(text.charCodeAt(text.length - 1));
}

/**
 * Line breaking trims all white space off a word's end, justification only word spaces (not
 * U+3000): the width trimmed there serves here when the two trim the same characters.
 */
function trimsAlike(text: string): boolean {
  return trimmedLength(text) === trimmedLength(text, isWordSpace);
}

/** The natural width of the narrowest white space a stretchable chunk ends with. */
function narrowestSpace(words: readonly Chunk[]): number {
  let narrowest = Infinity;
  for (let index = 0; index < words.length - 1; index++) {
    const chunk = words[index] as Chunk;
    if (!chunk.gap) continue;
    const trimmedWidth = Number.isNaN(chunk.trimmedWidth)
      ? chunk.piece.face.pdf.widthOfString(withoutEnd(chunk.text, isWordSpace), chunk.piece.size)
      : chunk.trimmedWidth;
    narrowest = Math.min(narrowest, chunk.width - trimmedWidth);
  }
  return narrowest;
}

/** The chunks' width, the last one's without the white space it ends with (it hangs). */
function widthOf(chunks: readonly Chunk[], context: DrawContext): number {
  let width = 0;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index] as Chunk;
    if (index < chunks.length - 1) width += chunk.width;
    else {
      const trimmed = withoutEnd(chunkText(chunk, context), isWhiteSpace);
      width += chunk.piece.face.pdf.widthOfString(trimmed, chunk.piece.size);
    }
  }
  return width;
}

/** `text` without the characters at its end that `strip` picks (`text` itself if none). */
function withoutEnd(text: string, strip: (code: number) => boolean): string {
  const end = trimmedLength(text, strip);
  return end === text.length ? text : text.slice(0, end);
}

function chunkText(chunk: Chunk, context: DrawContext): string {
  return chunk.piece.field ? String(context.fields[chunk.piece.field]) : chunk.text;
}

function link(
  context: DrawContext,
  href: string,
  text: string,
  element: PDFKit.PDFStructureElement | undefined,
  [x, y, width, height]: [number, number, number, number],
): void {
  const { doc } = context;
  // Pieces carry only allowed links (inlines-to-pieces); checked again where the annotation
  // is written, so no other path can put a javascript: or file: action into the file.
  if (allowedHref(href) === undefined) return;
  const options = linkAnnotation(text.trim(), element);
  if (href.startsWith("#")) doc.goTo(x, y, width, height, href.slice(1), options);
  else doc.link(x, y, width, height, href, options);
}
