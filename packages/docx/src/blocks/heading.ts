// Word block conversion: a Document heading → a docx Paragraph in Heading 1–3 style, bookmarked.
// Borrows docx's BookmarkStart/End only through ../docx-internals.ts.
import { Paragraph } from "docx";
import { bookmark } from "../docx-internals.js";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** A heading in Word's Heading 1–3 style, bookmarked with its id for the TOC and links. */
export const headingToDocx: BlockConverter<"heading"> = (block, context) => {
  const { start, end } = bookmark(context.bookmarkName(block.id), context.nextBookmarkId());
  return [
    new Paragraph({
      style: wordStyleId(block.style),
      children: [start, ...inlinesToRuns(block.inlines, context), end],
    }),
  ];
};
