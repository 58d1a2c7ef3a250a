// Word block conversion: a Document paragraph → a docx Paragraph in its Word style, preceded by
// the framed paragraph of its margin mark, if any.
import { type Document, type Paragraph as DocumentParagraph, MARGIN_STYLE } from "@briefing/core";
import { FrameAnchorType, FrameWrap, Paragraph } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { phraseKeptInlines } from "../phrases.js";
import type { RenderContext } from "../render-context.js";
import { pointsToTwips } from "../units.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** Space between a margin mark and the text it stands beside, as in the PDF. */
const MARGIN_GAP = 8;

/**
 * The margin mark as Word sets a margin note: a paragraph in a frame (`w:framePr`) right-aligned
 * in the left margin, anchored to the paragraph that follows it and lowered so its baseline is
 * near that paragraph's first.
 */
function marginFrame(block: DocumentParagraph, document: Document, context: RenderContext) {
  const text = document.styles[block.style];
  const mark = document.styles[MARGIN_STYLE];
  const width = Math.max(24, document.page.margins.left - MARGIN_GAP);
  // The first baseline about 1.15 em below the paragraph's top, as LibreOffice sets proportional
  // spacing; the mark's about 0.9 of its size below its frame's top.
  const drop = text && mark ? Math.max(0, 1.15 * text.size - 0.9 * mark.size) : 0;
  return new Paragraph({
    style: wordStyleId(MARGIN_STYLE),
    frame: {
      type: "absolute",
      position: { x: pointsToTwips(document.page.margins.left - MARGIN_GAP - width), y: pointsToTwips(drop) },
      width: pointsToTwips(width),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.TEXT },
      wrap: FrameWrap.AROUND,
    },
    children: inlinesToRuns([{ kind: "text", text: block.margin ?? "" }], context),
  });
}

/** A paragraph carries its style and its runs (a Japanese title: phrase-kept), nothing else. */
export const paragraphToDocx: BlockConverter<"paragraph"> = (block, context) => {
  // Japanese titles keep their phrases together (../phrases.ts).
  const { inlines, wordWrap } = phraseKeptInlines(block.inlines, block.style, context);
  const paragraph = new Paragraph({
    style: wordStyleId(block.style),
    ...(wordWrap ? { wordWrap } : {}),
    children: inlinesToRuns(inlines, context),
  });
  return block.margin === undefined
    ? [paragraph]
    : [marginFrame(block, context.document, context), paragraph];
};
