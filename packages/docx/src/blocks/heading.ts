import { BookmarkEnd, BookmarkStart, Paragraph, type ParagraphChild } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** A heading in Word's Heading 1–3 style, bookmarked with its id for the TOC and links. */
export const headingToDocx: BlockConverter<"heading"> = (block, context) => {
  // Bookmark ids come from this render, not from docx's process-wide counter (which `Bookmark` uses),
  // so the same Document gives the same bytes. docx documents this use of BookmarkStart/End,
  // but its ParagraphChild type leaves them out.
  const id = context.nextBookmarkId();
  const start = new BookmarkStart(context.bookmarkName(block.id), id) as unknown as ParagraphChild;
  const end = new BookmarkEnd(id) as unknown as ParagraphChild;
  return [
    new Paragraph({
      style: wordStyleId(block.style),
      children: [start, ...inlinesToRuns(block.inlines, context), end],
    }),
  ];
};
