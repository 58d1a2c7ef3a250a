// Word block conversion: a Document table → a fixed-width, borderless docx Table.
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { pointsToTwips } from "../units.js";
import { isRightToLeftDocument, wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

const none = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** A borderless table (the metadata block) whose cells hold paragraphs in the cells' styles. */
export const tableToDocx: BlockConverter<"table"> = (block, context) => {
  const { page } = context.document;
  const textWidth = pointsToTwips(page.width - page.margins.left - page.margins.right);
  const total = block.columns.reduce((sum, column) => sum + column, 0);
  const widths = block.columns.map((column) => Math.round((textWidth * column) / total));
  return [
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      // Right to left, the first column (the metadata labels) is on the right (w:bidiVisual).
      ...(isRightToLeftDocument(context.document) ? { visuallyRightToLeft: true } : {}),
      rows: block.rows.map(
        (row) =>
          new TableRow({
            tableHeader: row.cells.length > 0 && row.cells.every((cell) => cell.header),
            children: row.cells.map(
              (cell, index) =>
                new TableCell({
                  width: { size: widths[index] ?? 0, type: WidthType.DXA },
                  children: [
                    new Paragraph({
                      style: wordStyleId(cell.style),
                      children: inlinesToRuns(cell.inlines, context),
                    }),
                  ],
                }),
            ),
          }),
      ),
    }),
  ];
};
