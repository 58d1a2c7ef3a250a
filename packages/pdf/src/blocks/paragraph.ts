// PDF measure pass: a Document paragraph → a MeasuredBlock of line units, drawn later in a `P`,
// with its margin mark (if any) beside the first line.
import { type Inline, isRightToLeftLanguage, MARGIN_STYLE, type Paragraph } from "@briefing/core";
import type { DrawContext, MeasureContext } from "../draw/draw-context.js";
import { type BlockConverter, type MeasuredBlock, styleFlow, type Unit } from "../draw/measured-block.js";
import type { StructTarget } from "../text/draw-lines.js";
import { sentenceBreaks } from "../text/sentence-ends.js";
import {
  drawTextLine,
  layoutText,
  lineUnits,
  type StructSource,
  type TextLines,
} from "../text/text-lines.js";
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
export const paragraphToPdf: BlockConverter<"paragraph"> = (block, context) =>
  new ParagraphBlock(block, context);

/**
 * A measured paragraph, its `P` element opened as its first line is drawn. A class rather than
 * an object of closures per paragraph: see docs/pdf.md, "No closures made per document on the hot path".
 */
class ParagraphBlock implements MeasuredBlock, StructSource {
  readonly units: Unit[];
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly keepTogether: boolean;
  keepWithNext: boolean;
  readonly pageBreakBefore: boolean;
  readonly minUnits = 2;
  readonly breaks?: ReadonlySet<number>;
  readonly continued: MeasuredBlock["continued"];
  structTarget: StructTarget | undefined;

  constructor(block: Paragraph, context: MeasureContext) {
    const style = context.style(block.style);
    const text = layoutText(block.inlines, style, context);
    this.units = withMarginMark(lineUnits(text, this), block, text, context);
    const flow = styleFlow(style);
    this.spaceBefore = flow.spaceBefore;
    this.spaceAfter = flow.spaceAfter;
    this.keepTogether = flow.keepTogether;
    this.keepWithNext = flow.keepWithNext;
    this.pageBreakBefore = flow.pageBreakBefore;
    // A reading copy turns the page only where a sentence ends.
    if (style.breakAt === "sentence") this.breaks = sentenceBreaks(text.lines);
    this.continued = continuationMark(style, context);
  }

  begin(draw: DrawContext): void {
    const element = draw.doc.struct("P");
    this.structTarget = { element, tag: "P" };
    draw.root.add(element);
  }

  end(): void {
    this.structTarget?.element.end();
  }
}
