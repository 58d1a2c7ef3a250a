// PDF measure pass: a Document paragraph → a MeasuredBlock of line units, drawn later in a `P`,
// with its margin mark (if any) beside the first line.
import { type Inline, isRightToLeftLanguage, MARGIN_STYLE, type Paragraph } from "@briefing/core";
import type { MeasureContext } from "../draw/draw-context.js";
import { type BlockConverter, styleFlow, type Unit } from "../draw/measured-block.js";
import { sentenceBreaks } from "../text/sentence-ends.js";
import { drawTextLine, layoutText, lineUnits, type TextLines } from "../text/text-lines.js";
import { continuationMark } from "./continuation.js";

/** Space between a margin mark and the text it stands beside. */
const MARGIN_GAP = 8;

/**
 * Unit 0 of `units` with the paragraph's margin mark drawn beside it: right-aligned in the left
 * margin (left-aligned in the right one in a right-to-left document, where lines start at the
 * right), its baseline on the first line's, an artifact (not part of the text read out).
 */
function withMarginMark(
  units: Unit[],
  paragraph: Paragraph,
  text: TextLines,
  context: MeasureContext,
): Unit[] {
  const first = units[0];
  if (paragraph.margin === undefined || first === undefined) return units;
  const rtl = isRightToLeftLanguage(context.document.meta.language);
  const { margins } = context.document.page;
  const width = Math.max(24, (rtl ? margins.right : margins.left) - MARGIN_GAP);
  const inlines: Inline[] = [{ kind: "text", text: paragraph.margin }];
  // `right` is the end of the line, the side next to the text either way (the left, right to left).
  const mark = layoutText(
    inlines,
    { ...context.style(MARGIN_STYLE), align: "right" },
    context,
    { width, indent: 0, firstLineIndent: 0 },
    { oneLine: true },
  );
  const markUnit: Unit = {
    ...first,
    draw(draw, top) {
      first.draw(draw, top);
      draw.doc.markContent("Artifact", { type: "Layout" });
      const left = rtl ? draw.left + draw.width + MARGIN_GAP : draw.left - MARGIN_GAP - width;
      drawTextLine(draw, mark, 0, left, top + text.ascent - mark.ascent, undefined);
      draw.doc.endMarkedContent();
    },
  };
  return [markUnit, ...units.slice(1)];
}

/** A paragraph: lines of text in a `P` structure element, split across pages with widow/orphan control. */
export const paragraphToPdf: BlockConverter<"paragraph"> = (block, context) => {
  const style = context.style(block.style);
  const text = layoutText(block.inlines, style, context);
  let element: PDFKit.PDFStructureElement | undefined;
  return {
    units: withMarginMark(
      lineUnits(text, () => (element ? { element, tag: "P" } : undefined)),
      block,
      text,
      context,
    ),
    ...styleFlow(style),
    minUnits: 2,
    // A reading copy turns the page only where a sentence ends.
    ...(style.breakAt === "sentence" ? { breaks: sentenceBreaks(text.lines) } : {}),
    continued: continuationMark(style, context),
    begin(draw) {
      element = draw.doc.struct("P");
      draw.root.add(element);
    },
    end() {
      element?.end();
    },
  };
};
