// Pagination: header and footer paragraphs → one-line Furniture, measured once and drawn on every
// page in the margin bands as pagination artifacts.
import type { Paragraph } from "@briefing/core";
import type { DrawContext, MeasureContext } from "../draw/draw-context.js";
import { drawTextLine, layoutText, type TextLines } from "../text/text-lines.js";

/** Header or footer paragraphs, measured once and drawn on every page. */
export interface Furniture {
  paragraphs: { text: TextLines; spaceBefore: number }[];
  height: number;
}

/**
 * Measures header or footer paragraphs, each cut to one line (ending in "…" when cut): a
 * band sits in the page margin, where a second line would overprint the text.
 */
export function measureFurniture(paragraphs: readonly Paragraph[], context: MeasureContext): Furniture {
  let height = 0;
  const measured = paragraphs.map((paragraph, index) => {
    const style = context.style(paragraph.style);
    const text = layoutText(paragraph.inlines, style, context, {}, { oneLine: true });
    const spaceBefore = index === 0 ? 0 : style.spaceBefore;
    height += spaceBefore + text.lines.length * text.lineHeight;
    return { text, spaceBefore };
  });
  return { paragraphs: measured, height };
}

/**
 * Draws header or footer paragraphs as a pagination artifact, centred in the margin band
 * `bandTop`…`bandTop + bandHeight`, so they never take room from the text area.
 */
export function drawFurniture(
  context: DrawContext,
  furniture: Furniture,
  bandTop: number,
  bandHeight: number,
): void {
  if (furniture.paragraphs.length === 0) return;
  let top = bandTop + Math.max(0, (bandHeight - furniture.height) / 2);
  context.doc.markContent("Artifact", { type: "Pagination" });
  for (const { text, spaceBefore } of furniture.paragraphs) {
    top += spaceBefore;
    for (let index = 0; index < text.lines.length; index++) {
      drawTextLine(context, text, index, context.left, top, undefined);
      top += text.lineHeight;
    }
  }
  context.doc.endMarkedContent();
}
