// PDF measure pass: a Document list → a MeasuredBlock of line units, drawn later as L/LI/Lbl/LBody.
import { isRightToLeftLanguage } from "@briefing/core";
import type { DrawContext } from "../draw/draw-context.js";
import { type BlockConverter, styleFlow, type Unit } from "../draw/measured-block.js";
import { sentenceBreaks } from "../text/sentence-ends.js";
import { drawTextLine, layoutText, lineFootnotes } from "../text/text-lines.js";
import { continuationMark } from "./continuation.js";

/** Width of the label column (bullet or number), in ems. */
const LABEL_EMS = 1.6;

/** A list: `L` with one `LI` (`Lbl` + `LBody`) per item; items split between lines. */
export const listToPdf: BlockConverter<"list"> = (block, context) => {
  const style = context.style(block.style);
  const labelWidth = style.size * LABEL_EMS;
  let list: PDFKit.PDFStructureElement | undefined;
  const units: Unit[] = [];
  // With `breakAt`, a page breaks only before an item (or, for `sentence`, after a sentence).
  const breaks = new Set<number>();
  block.items.forEach((inlines, itemIndex) => {
    const label = block.ordered ? `${itemIndex + 1}.` : "•";
    const labelText = layoutText([{ kind: "text", text: label }], { ...style, align: "left" }, context, {
      width: style.indent + labelWidth,
      indent: style.indent,
      firstLineIndent: 0,
    });
    const body = layoutText(inlines, style, context, {
      indent: style.indent + labelWidth,
      firstLineIndent: 0,
    });
    let item: PDFKit.PDFStructureElement | undefined;
    let itemBody: PDFKit.PDFStructureElement | undefined;
    const open = (draw: DrawContext) => {
      item = draw.doc.struct("LI");
      list?.add(item);
      const lbl = draw.doc.struct("Lbl");
      item.add(lbl);
      return lbl;
    };
    const first = units.length;
    if (itemIndex > 0) breaks.add(first);
    if (style.breakAt === "sentence") for (const k of sentenceBreaks(body.lines)) breaks.add(first + k);
    body.lines.forEach((_, lineIndex) => {
      units.push({
        height: body.lineHeight,
        ...lineFootnotes(body.lines[lineIndex]),
        ...(lineIndex === 0 && itemIndex > 0 && style.itemSpacing ? { spaceBefore: style.itemSpacing } : {}),
        draw(draw, top) {
          if (lineIndex === 0) {
            const lbl = open(draw);
            // Right to left, the label stands at the right, inside the indent, the body to its left
            // (a right-to-left line is set from the right, its indents there).
            const labelLeft = isRightToLeftLanguage(draw.document.meta.language)
              ? draw.left + draw.width - style.indent - labelWidth
              : draw.left;
            drawTextLine(draw, labelText, 0, labelLeft, top, { element: lbl, tag: "Lbl" });
            lbl.end();
            itemBody = draw.doc.struct("LBody");
            item?.add(itemBody);
          }
          drawTextLine(
            draw,
            body,
            lineIndex,
            draw.left,
            top,
            itemBody ? { element: itemBody, tag: "LBody" } : undefined,
          );
          if (lineIndex === body.lines.length - 1) {
            itemBody?.end();
            item?.end();
          }
        },
      });
    });
  });
  return {
    units,
    ...styleFlow(style),
    minUnits: 2,
    ...(style.breakAt !== undefined ? { breaks } : {}),
    continued: continuationMark(style, context),
    begin(draw) {
      list = draw.doc.struct("L");
      draw.root.add(list);
    },
    end() {
      list?.end();
    },
  };
};
