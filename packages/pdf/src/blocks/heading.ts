// PDF measure pass: a Document heading → a MeasuredBlock of line units, drawn later as H1–H3
// with a named destination and an outline entry.
import { plainText } from "@briefing/core";
import type { BlockConverter } from "../draw/measured-block.js";
import { drawTextLine, layoutText } from "../text/text-lines.js";

/**
 * A heading: an `H1`–`H3` element, a named destination (its `id`) for links and the TOC, and
 * an outline entry. Always kept with the next block and never split.
 */
export const headingToPdf: BlockConverter<"heading"> = (block, context) => {
  const style = context.style(block.style);
  const text = layoutText(block.inlines, style, context);
  const tag = `H${block.level}`;
  let element: PDFKit.PDFStructureElement | undefined;
  return {
    units: text.lines.map((_, index) => ({
      height: text.lineHeight,
      draw(draw, top) {
        if (index === 0) {
          draw.doc.addNamedDestination(block.id, "XYZ", draw.left, top, null);
          draw.outline(block.level, plainText(block.inlines));
        }
        drawTextLine(draw, text, index, draw.left, top, element ? { element, tag } : undefined);
      },
    })),
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
    keepTogether: true,
    keepWithNext: true,
    pageBreakBefore: style.pageBreakBefore,
    minUnits: 2,
    anchor: block.id,
    begin(draw) {
      element = draw.doc.struct(tag);
      draw.root.add(element);
    },
    end() {
      element?.end();
    },
  };
};
