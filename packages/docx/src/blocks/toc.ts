// Word block conversion: a Document TOC → a docx TableOfContents field pre-filled with entries,
// each an InternalHyperlink to its heading's bookmark, with its detail line.
import { InternalHyperlink, Paragraph, TableOfContents } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/**
 * A TOC field pre-filled with the entries, each linked to its heading's bookmark, so the file
 * opens with a usable table of contents; Word adds the page numbers when it updates the field.
 * The entries are written here rather than as docx's `cachedEntries`, so Japanese titles get
 * their language like any other run.
 */
export const tocToDocx: BlockConverter<"toc"> = (block, context) => [
  new TableOfContents("Table of Contents", {
    hyperlink: true,
    headingStyleRange: `1-${block.depth}`,
    // Headings in styles other than Heading 1–3 (a book's section titles) are found by outline level.
    useAppliedParagraphOutlineLevel: true,
    contentChildren: block.entries
      .filter((entry) => entry.level <= block.depth)
      .flatMap((entry) => {
        const styleName = `toc-${entry.level}`;
        const link = (text: string) => [
          new InternalHyperlink({
            anchor: context.bookmarkName(entry.target),
            children: inlinesToRuns([{ kind: "text", text }], context),
          }),
        ];
        // Indents (a hanging one for wrapped entries) come from the styles, as in the PDF.
        const paragraphs = [new Paragraph({ style: wordStyleId(styleName), children: link(entry.text) })];
        if (entry.detail !== undefined) {
          const detailStyle =
            `${block.style}-detail` in context.document.styles ? `${block.style}-detail` : styleName;
          paragraphs.push(new Paragraph({ style: wordStyleId(detailStyle), children: link(entry.detail) }));
        }
        return paragraphs;
      }),
  }),
];
