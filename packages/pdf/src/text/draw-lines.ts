// PDF draw pass: a measured Line → text on the page (alignment, justification, Span/Link tags,
// link annotations). Borrows pdfkit link options through ../pdfkit-internals.ts.
import { allowedHref } from "@briefing/core";
import type { DrawContext } from "../draw/draw-context.js";
import { linkAnnotation } from "../pdfkit-internals.js";
import type { Piece } from "./piece.js";
import type { Fragment, Line } from "./pieces-to-lines.js";
import { TextObject } from "./text-object.js";

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

/**
 * Draws one line with its baseline at `baseline`, the paragraph box starting at `left`.
 * Text in another language than the document's (Japanese) becomes a `Span` with `Lang`.
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
  const { doc } = context;
  let chunks = chunksOf(line.fragments, context, false);
  const hyphen = line.hyphen;
  const hyphenWidth = hyphen ? hyphen.face.pdf.widthOfString("-", hyphen.size) : 0;
  const extra = line.available - widthOf(chunks, context) - hyphenWidth;
  let x = left + line.offset;
  let gapExtra = 0;
  let characterSpacing = 0;
  if (align === "center") x += extra / 2;
  else if (align === "right") x += extra;
  else if (align === "justify" && !line.last && extra > 0) {
    const words = chunksOf(line.fragments, context, true);
    const gaps = words.filter((chunk, i) => chunk.gap && i < words.length - 1).length;
    const size = line.fragments[0]?.piece.size ?? 12;
    const characters = Array.from(
      line.fragments
        .map((f) => f.text)
        .join("")
        .trimEnd(),
    ).length;
    if (gaps > 0 && extra / gaps <= (MAX_SPACE_STRETCH - 1) * narrowestSpace(words) + 1e-6) {
      gapExtra = extra / gaps;
      chunks = words;
    } else if (gaps === 0 && characters > 1 && extra / (characters - 1) <= MAX_CHARACTER_STRETCH_EM * size) {
      // Japanese has no spaces to stretch: justify by spacing every character a little.
      characterSpacing = extra / (characters - 1);
    }
  }
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
  chunks.forEach((chunk, index) => {
    const { piece } = chunk;
    const lang = piece.lang !== undefined && piece.lang !== docLang ? piece.lang : undefined;
    if (target && (!group.open || group.lang !== lang || group.href !== piece.href)) {
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
    const text = chunkText(chunk, context);
    if (piece.color !== color) {
      doc.fillColor(piece.color);
      color = piece.color;
    }
    textObject.show(piece.face.pdf, piece.size, x, baseline - piece.rise, text);
    const width = chunk.width + (characterSpacing ? characterSpacing * Array.from(text).length : 0);
    if (piece.href)
      link(context, piece.href, text, target ? element : undefined, [x, top, width, lineHeight]);
    x += width + (chunk.gap && index < chunks.length - 1 ? gapExtra : 0);
  });
  textObject.close();
  if (target) close();
  if (hyphen) {
    // A hyphen that only breaks the word across lines is layout, not text: an artifact, so the
    // word reads whole ("negotiations", not "negoti-ations") to screen readers and extraction.
    doc.markContent("Artifact", { type: "Layout" });
    if (hyphen.color !== color) doc.fillColor(hyphen.color);
    const hyphenObject = new TextObject(doc, 0);
    hyphenObject.show(hyphen.face.pdf, hyphen.size, x, baseline - hyphen.rise, "-");
    hyphenObject.close();
    doc.endMarkedContent();
  }
}

interface Chunk {
  piece: Piece;
  text: string;
  width: number;
  /** Ends with white space that justification may stretch. */
  gap: boolean;
}

// Word spaces justification may stretch: white space but the ideographic space (U+3000), which
// is a character-wide 字下げ or a Japanese separator, never a gap between words.
const WORD_SPACE_END = /[^\S\u3000]$/u;
const WORD_SPACES_END = /[^\S\u3000]+$/u;

/** The fragments to draw; split after each space when the gaps are to be stretched. */
function chunksOf(fragments: readonly Fragment[], context: DrawContext, words: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  for (const fragment of fragments) {
    const { piece } = fragment;
    if (piece.field) {
      const text = String(context.fields[piece.field]);
      chunks.push({ piece, text, width: piece.face.pdf.widthOfString(text, piece.size), gap: false });
      continue;
    }
    const parts = !words
      ? []
      : (fragment.text.match(/[\S\u3000]*[^\S\u3000]*/gu)?.filter((part) => part.length > 0) ?? []);
    if (parts.length <= 1) {
      chunks.push({
        piece,
        text: fragment.text,
        width: fragment.width,
        gap: WORD_SPACE_END.test(fragment.text),
      });
      continue;
    }
    for (const part of parts) {
      chunks.push({
        piece,
        text: part,
        width: piece.face.pdf.widthOfString(part, piece.size),
        gap: WORD_SPACE_END.test(part),
      });
    }
  }
  return chunks;
}

/** The natural width of the narrowest white space a stretchable chunk ends with. */
function narrowestSpace(words: readonly Chunk[]): number {
  let narrowest = Infinity;
  words.forEach((chunk, index) => {
    if (!chunk.gap || index === words.length - 1) return;
    const trimmed = chunk.text.replace(WORD_SPACES_END, "");
    narrowest = Math.min(
      narrowest,
      chunk.width - chunk.piece.face.pdf.widthOfString(trimmed, chunk.piece.size),
    );
  });
  return narrowest;
}

function widthOf(chunks: readonly Chunk[], context: DrawContext): number {
  let width = 0;
  chunks.forEach((chunk, index) => {
    if (index < chunks.length - 1) width += chunk.width;
    else {
      const trimmed = chunkText(chunk, context).replace(/\s+$/u, "");
      width += chunk.piece.face.pdf.widthOfString(trimmed, chunk.piece.size);
    }
  });
  return width;
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
