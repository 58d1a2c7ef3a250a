// Word block conversion: a Document paragraph → a paragraph in its Word style, preceded by the
// framed paragraph of its margin mark, if any.
import { type Paragraph as DocumentParagraph, MARGIN_STYLE } from "@briefing/core";
import { inlinesXml } from "../inline-runs.js";
import type { PartLinks } from "../part-links.js";
import { phraseKeptInlines } from "../phrases.js";
import type { RenderContext } from "../render-context.js";
import { pointsToTwips } from "../units.js";
import { wordStyleId } from "../word-styles.js";
import { element, paragraphXml } from "../xml.js";
import type { BlockConverter } from "./block-converter.js";

/** Space between a margin mark and the text it stands beside, as in the PDF. */
const MARGIN_GAP = 8;

/**
 * The margin mark as Word sets a margin note: a paragraph in a frame (`w:framePr`) right-aligned
 * in the left margin, anchored to the paragraph that follows it and lowered so its baseline is
 * near that paragraph's first.
 */
function marginFrame(block: DocumentParagraph, context: RenderContext, links: PartLinks): string {
  const { document } = context;
  const text = document.styles[block.style];
  const mark = document.styles[MARGIN_STYLE];
  const width = Math.max(24, document.page.margins.left - MARGIN_GAP);
  // The first baseline about 1.15 em below the paragraph's top, as LibreOffice sets proportional
  // spacing; the mark's about 0.9 of its size below its frame's top.
  const drop = text && mark ? Math.max(0, 1.15 * text.size - 0.9 * mark.size) : 0;
  const frame = element("w:framePr", {
    "w:w": pointsToTwips(width),
    "w:x": pointsToTwips(document.page.margins.left - MARGIN_GAP - width),
    "w:y": pointsToTwips(drop),
    "w:hAnchor": "page",
    "w:vAnchor": "text",
    "w:wrap": "around",
  });
  const runs = inlinesXml([{ kind: "text", text: block.margin ?? "" }], context, links);
  return paragraphXml(wordStyleId(MARGIN_STYLE), runs, frame);
}

/** A paragraph carries its style and its runs (a Japanese title: phrase-kept), nothing else. */
export const paragraphToDocx: BlockConverter<"paragraph"> = (block, context, links) => {
  // Japanese titles keep their phrases together (../phrases.ts).
  const { inlines, wordWrap } = phraseKeptInlines(block.inlines, block.style, context);
  const paragraph = paragraphXml(
    wordStyleId(block.style),
    inlinesXml(inlines, context, links),
    wordWrap ? '<w:wordWrap w:val="0"/>' : "",
  );
  return block.margin === undefined ? paragraph : marginFrame(block, context, links) + paragraph;
};
