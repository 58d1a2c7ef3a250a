// Word block conversion: a Document TOC → a TOC field in a Table of Contents content control,
// pre-filled with entries, each a hyperlink to its heading's bookmark, with its detail line and,
// given `tocPages`, its page number after a dot leader.
import { inlinesXml, internalLinkXml, simpleFieldXml } from "../inline-runs.js";
import { pointsToTwips } from "../units.js";
import { wordStyleId } from "../word-styles.js";
import { element, escapeXml, paragraphXml } from "../xml.js";
import type { BlockConverter } from "./block-converter.js";

const contentControl = (content: string) =>
  '<w:sdt><w:sdtPr><w:alias w:val="Table of Contents"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
  `<w:sdtContent>${content}</w:sdtContent></w:sdt>`;

/**
 * A TOC field pre-filled with the entries, each linked to its heading's bookmark, so the file
 * opens with a usable table of contents. Given `context.tocPages` (the PDF's pagination), each
 * entry ends as Word writes a TOC result: a tab to a right, dot-leader stop at the text's right
 * edge and a PAGEREF field whose cached result is the page; otherwise Word adds the page numbers
 * when it updates the field. Headings in styles other than Heading 1–3 (a book's section titles)
 * are found by outline level (`\u`).
 */
export const tocToDocx: BlockConverter<"toc"> = (block, context, links) => {
  const { width, margins } = context.document.page;
  const rightEdge = pointsToTwips(width - margins.left - margins.right);
  // With the page numbers written, the field is clean, so Word shows it as written without
  // asking to update it.
  const dirty = context.tocPages === undefined;
  const instruction = escapeXml(`TOC \\h \\o "1-${block.depth}" \\u`);
  let xml =
    `<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="${dirty}"/>` +
    `<w:instrText xml:space="preserve">${instruction}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r></w:p>`;
  for (const entry of block.entries) {
    if (entry.level > block.depth) continue;
    const styleName = `toc-${entry.level}`;
    const anchor = context.bookmarkName(entry.target);
    const link = (text: string, after = "") =>
      internalLinkXml(anchor, inlinesXml([{ kind: "text", text }], context, links) + after);
    const page = context.tocPages?.get(entry.target);
    // Indents (a hanging one for wrapped entries) come from the styles, as in the PDF.
    xml +=
      page === undefined
        ? paragraphXml(wordStyleId(styleName), link(entry.text))
        : paragraphXml(
            wordStyleId(styleName),
            link(entry.text, `<w:r><w:tab/></w:r>${simpleFieldXml(`PAGEREF ${anchor} \\h`, String(page))}`),
            `<w:tabs>${element("w:tab", { "w:val": "right", "w:pos": rightEdge, "w:leader": "dot" })}</w:tabs>`,
          );
    if (entry.detail !== undefined) {
      const detailStyle =
        `${block.style}-detail` in context.document.styles ? `${block.style}-detail` : styleName;
      xml += paragraphXml(wordStyleId(detailStyle), link(entry.detail));
    }
  }
  return contentControl(`${xml}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`);
};
