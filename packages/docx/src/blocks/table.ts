// Word block conversion: a Document table → a fixed-width, borderless table.
import { inlinesXml } from "../inline-runs.js";
import { pointsToTwips } from "../units.js";
import { isRightToLeftDocument, wordStyleId } from "../word-styles.js";
import { element, paragraphXml } from "../xml.js";
import type { BlockConverter } from "./block-converter.js";

const noBorders = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`)
  .join("")}</w:tblBorders>`;

const widthXml = (name: string, twips: number) => `<${name} w:type="dxa" w:w="${twips}"/>`;

/** A borderless table (the metadata block) whose cells hold paragraphs in the cells' styles. */
export const tableToDocx: BlockConverter<"table"> = (block, context, links) => {
  const { page } = context.document;
  const textWidth = pointsToTwips(page.width - page.margins.left - page.margins.right);
  const total = block.columns.reduce((sum, column) => sum + column, 0);
  const widths = block.columns.map((column) => Math.round((textWidth * column) / total));
  // Right to left, the first column (the metadata labels) is on the right (w:bidiVisual).
  const direction = isRightToLeftDocument(context.document) ? "<w:bidiVisual/>" : "";
  let xml = `<w:tbl><w:tblPr>${direction}${widthXml("w:tblW", textWidth)}${noBorders}<w:tblLayout w:type="fixed"/></w:tblPr>`;
  xml += element("w:tblGrid", {}, widths.map((width) => `<w:gridCol w:w="${width}"/>`).join(""));
  for (const row of block.rows) {
    // A row without cells is not a row Word can hold: docx leaves it out.
    if (row.cells.length === 0) continue;
    const header = row.cells.every((cell) => cell.header);
    xml += `<w:tr><w:trPr>${header ? "<w:tblHeader/>" : '<w:tblHeader w:val="off"/>'}</w:trPr>`;
    for (const [index, cell] of row.cells.entries()) {
      const content = paragraphXml(wordStyleId(cell.style), inlinesXml(cell.inlines, context, links));
      xml += `<w:tc><w:tcPr>${widthXml("w:tcW", widths[index] ?? 0)}</w:tcPr>${content}</w:tc>`;
    }
    xml += "</w:tr>";
  }
  return `${xml}</w:tbl>`;
};
