// Word block conversion: a Document list → paragraphs bound to the briefing numbering.
import { inlinesXml } from "../inline-runs.js";
import { bulletListReference, orderedListReference } from "../numbering.js";
import { wordStyleId } from "../word-styles.js";
import { paragraphXml } from "../xml.js";
import type { BlockConverter } from "./block-converter.js";

/** A list as paragraphs in real Word numbering; each list is its own instance, so it starts at 1. */
export const listToDocx: BlockConverter<"list"> = (block, context, links) => {
  const numId = context.listNumId(block.ordered ? orderedListReference : bulletListReference);
  const numbering = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
  return block.items
    .map((item) => paragraphXml(wordStyleId(block.style), inlinesXml(item, context, links), numbering))
    .join("");
};
