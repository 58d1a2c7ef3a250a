// Word block conversion: a Document heading → a docx Paragraph in Heading 1–3 style, bookmarked.
// Borrows docx's BookmarkStart/End only through ../docx-internals.ts.
import { Paragraph } from "docx";
import { bookmark } from "../docx-internals.js";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { phraseKeptInlines } from "../phrases.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/**
 * A heading in Word's Heading 1–3 style, bookmarked with its id for the TOC and links. One at
 * another level than its style's (a book's statement heading: level 2 in "heading 1") carries
 * its outline level itself, so Word's navigation pane nests it as the PDF outline does.
 */
export const headingToDocx: BlockConverter<"heading"> = (block, context) => {
  const { start, end } = bookmark(context.bookmarkName(block.id), context.nextBookmarkId());
  const own = context.headingLevels.get(block.style) === block.level;
  // Japanese headings keep their phrases together (../phrases.ts).
  const { inlines, wordWrap } = phraseKeptInlines(block.inlines, block.style, context);
  return [
    new Paragraph({
      style: wordStyleId(block.style),
      ...(own ? {} : { outlineLevel: block.level - 1 }),
      ...(wordWrap ? { wordWrap } : {}),
      children: [start, ...inlinesToRuns(inlines, context), end],
    }),
  ];
};
