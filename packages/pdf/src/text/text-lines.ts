// PDF measure pass: inlines in a style → TextLines with their metrics, plus the line units and
// line drawing the draw pass uses.
import { type Inline, keepsPhrases, type ResolvedStyle } from "@briefing/core";
import type { DrawContext, MeasureContext } from "../draw/draw-context.js";
import type { Unit } from "../draw/measured-block.js";
import { drawLine, type StructTarget } from "./draw-lines.js";
import { inlinesToPieces } from "./inlines-to-pieces.js";
import { piecesToOneLine } from "./one-line.js";
import { type Line, type LineBox, piecesToLines } from "./pieces-to-lines.js";

/**
 * With `breakAt: sentence`, a line ends at a sentence end past this share of its width, so a
 * reading copy has more places a page may turn (and a breath at the line's end).
 */
export const SENTENCE_LINE_FILL = 0.6;

/** Lines of one paragraph in one style, with their metrics. */
export interface TextLines {
  lines: Line[];
  lineHeight: number;
  /** Distance from a line's top to its baseline. */
  ascent: number;
  style: ResolvedStyle;
}

/**
 * Lays out `inlines` in `style` within `box` (width and indents default from the style).
 * `oneLine`: text longer than a line is cut to one line ending in "…" (page bands).
 */
export function layoutText(
  inlines: readonly Inline[],
  style: ResolvedStyle,
  context: MeasureContext,
  box: Partial<LineBox> = {},
  options: { oneLine?: boolean } = {},
): TextLines {
  const pieces = inlinesToPieces(inlines, style, context);
  const lineBox = {
    width: box.width ?? context.width,
    indent: box.indent ?? style.indent,
    firstLineIndent: box.firstLineIndent ?? style.firstLineIndent,
  };
  const lines = options.oneLine
    ? piecesToOneLine(pieces, lineBox)
    : piecesToLines(pieces, lineBox, Infinity, {
        hyphenate: style.align === "justify",
        language: context.document.meta.language,
        keepPhrases: keepsPhrases(style),
        ...(style.breakAt === "sentence" ? { sentenceLineFill: SENTENCE_LINE_FILL } : {}),
      });
  const face = context.fonts.face(style.font, "regular").pdf;
  const lineHeight = style.size * style.lineHeight;
  const ascender = (face.ascender / 1000) * style.size;
  const descender = (-face.descender / 1000) * style.size;
  // Centre the font's ascent + descent in the line, as CSS does with half-leading.
  const ascent = (lineHeight - ascender - descender) / 2 + ascender;
  return { lines, lineHeight, ascent, style };
}

/** Draws line `index` of `text` with its top at `top`, the box at `left`. */
export function drawTextLine(
  context: DrawContext,
  text: TextLines,
  index: number,
  left: number,
  top: number,
  target: StructTarget | undefined,
): void {
  const line = text.lines[index];
  if (line === undefined) return;
  drawLine(context, line, left, top + text.ascent, text.lineHeight, text.style.align, target);
}

/** `{ footnotes }`: the ids of the footnotes whose markers `line` holds, for its Unit; else `{}`. */
export function lineFootnotes(line: Line | undefined): { footnotes?: string[] } {
  const notes: string[] = [];
  for (const fragment of line?.fragments ?? []) if (fragment.piece.note) notes.push(fragment.piece.note);
  return notes.length > 0 ? { footnotes: [...new Set(notes)] } : {};
}

/** Where a block's lines go in the structure tree, known once the block has begun drawing. */
export interface StructSource {
  readonly structTarget: StructTarget | undefined;
}

/** One unit per line, each drawn into the structure element `source` gives when it is drawn. */
export function lineUnits(text: TextLines, source: StructSource, left?: number): Unit[] {
  const units: Unit[] = [];
  for (let index = 0; index < text.lines.length; index++) units.push(new LineUnit(text, index, source, left));
  return units;
}

/**
 * Line `index` of `text` as a Unit. A class rather than a closure per line: see docs/pdf.md,
 * "No closures made per document on the hot path".
 */
class LineUnit implements Unit {
  readonly height: number;
  readonly footnotes?: string[];

  constructor(
    private readonly text: TextLines,
    private readonly index: number,
    private readonly source: StructSource,
    private readonly left: number | undefined,
  ) {
    this.height = text.lineHeight;
    const { footnotes } = lineFootnotes(text.lines[index]);
    if (footnotes) this.footnotes = footnotes;
  }

  draw(context: DrawContext, top: number): void {
    drawTextLine(context, this.text, this.index, this.left ?? context.left, top, this.source.structTarget);
  }
}
