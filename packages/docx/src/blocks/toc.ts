// Word block conversion: a Document TOC → a docx TableOfContents field pre-filled with entries,
// each an InternalHyperlink to its heading's bookmark, with its detail line and, given
// `tocPages`, its page number after a dot leader.
import {
  InternalHyperlink,
  LeaderType,
  Paragraph,
  type ParagraphChild,
  SimpleField,
  Tab,
  TableOfContents,
  TabStopType,
  TextRun,
} from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { pointsToTwips } from "../units.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/**
 * A TOC field pre-filled with the entries, each linked to its heading's bookmark, so the file
 * opens with a usable table of contents. Given `context.tocPages` (the PDF's pagination), each
 * entry ends as Word writes a TOC result: a tab to a right, dot-leader stop at the text's right
 * edge and a PAGEREF field whose cached result is the page; otherwise Word adds the page numbers
 * when it updates the field. The entries are written here rather than as docx's `cachedEntries`,
 * so Japanese titles get their language like any other run.
 */
export const tocToDocx: BlockConverter<"toc"> = (block, context) => {
  const { width, margins } = context.document.page;
  const rightEdge = pointsToTwips(width - margins.left - margins.right);
  return [
    new TableOfContents("Table of Contents", {
      hyperlink: true,
      // With the page numbers written, the field is clean, so Word shows it as written without
      // asking to update it (as docx does for a document given its page numbers).
      ...(context.tocPages !== undefined ? { beginDirty: false } : {}),
      headingStyleRange: `1-${block.depth}`,
      // Headings in styles other than Heading 1–3 (a book's section titles) are found by outline level.
      useAppliedParagraphOutlineLevel: true,
      contentChildren: block.entries
        .filter((entry) => entry.level <= block.depth)
        .flatMap((entry) => {
          const styleName = `toc-${entry.level}`;
          const anchor = context.bookmarkName(entry.target);
          const link = (text: string, after: ParagraphChild[] = []) => [
            new InternalHyperlink({
              anchor,
              children: [...inlinesToRuns([{ kind: "text", text }], context), ...after],
            }),
          ];
          const page = context.tocPages?.get(entry.target);
          // Indents (a hanging one for wrapped entries) come from the styles, as in the PDF.
          const paragraphs = [
            page === undefined
              ? new Paragraph({ style: wordStyleId(styleName), children: link(entry.text) })
              : new Paragraph({
                  style: wordStyleId(styleName),
                  tabStops: [{ type: TabStopType.RIGHT, position: rightEdge, leader: LeaderType.DOT }],
                  children: link(entry.text, [
                    new TextRun({ children: [new Tab()] }),
                    new SimpleField(`PAGEREF ${anchor} \\h`, String(page)),
                  ]),
                }),
          ];
          if (entry.detail !== undefined) {
            const detailStyle =
              `${block.style}-detail` in context.document.styles ? `${block.style}-detail` : styleName;
            paragraphs.push(new Paragraph({ style: wordStyleId(detailStyle), children: link(entry.detail) }));
          }
          return paragraphs;
        }),
    }),
  ];
};
