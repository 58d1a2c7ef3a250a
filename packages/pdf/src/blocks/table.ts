// PDF measure pass: a Document table → a MeasuredBlock of row units, drawn later as Table/TR/TH/TD.
import { isRightToLeftLanguage, type ResolvedStyle, type TableCell } from "@briefing/core";
import type { BlockConverter, Unit } from "../draw/measured-block.js";
import { drawTextLine, layoutText, type TextLines } from "../text/text-lines.js";

/** Space between a cell's edge and its text. */
const CELL_PADDING = 3;
const TABLE_SPACE_AFTER = 12;

/** A cell laid out in its column. */
interface MeasuredCell {
  cell: TableCell;
  text: TextLines;
  height: number;
  style: ResolvedStyle;
}

/**
 * A table: `Table` > `TR` > `TH`/`TD`; rows never split, the table splits between rows. In a
 * right-to-left document the columns run from the right.
 */
export const tableToPdf: BlockConverter<"table"> = (block, context) => {
  const total = block.columns.reduce((sum, column) => sum + column, 0);
  const widths = block.columns.map((column) => (context.width * column) / total);
  // A right-to-left document reads its columns from the right: the first (a label) is rightmost.
  const rtl = isRightToLeftLanguage(context.document.meta.language);
  const offsets = widths.map((width, index) => {
    const before = widths.slice(0, index).reduce((sum, each) => sum + each, 0);
    return rtl ? context.width - before - width : before;
  });
  let table: PDFKit.PDFStructureElement | undefined;
  const units: Unit[] = block.rows.map((row) => {
    const cells: MeasuredCell[] = [];
    for (const [index, cell] of row.cells.entries()) {
      const style = context.style(cell.style);
      const width = Math.max(1, (widths[index] ?? widths.at(-1) ?? context.width) - 2 * CELL_PADDING);
      const text = layoutText(cell.inlines, style, context, { width, indent: 0, firstLineIndent: 0 });
      const height = style.spaceBefore + text.lines.length * text.lineHeight + style.spaceAfter;
      cells.push({ cell, text, height, style });
    }
    const height = Math.max(0, ...cells.map((cell) => cell.height)) + 2 * CELL_PADDING;
    return {
      height,
      draw(draw, top) {
        const tr = draw.doc.struct("TR");
        table?.add(tr);
        for (const [index, { cell, text, style }] of cells.entries()) {
          const tag = cell.header ? "TH" : "TD";
          const element = draw.doc.struct(tag);
          tr.add(element);
          const left = draw.left + (offsets[index] ?? 0) + CELL_PADDING;
          drawCell(draw, text, left, top + CELL_PADDING + style.spaceBefore, { element, tag });
          element.end();
        }
        tr.end();
      },
    };
  });
  return {
    units,
    spaceBefore: 0,
    spaceAfter: TABLE_SPACE_AFTER,
    keepTogether: false,
    keepWithNext: false,
    pageBreakBefore: false,
    minUnits: 1,
    begin(draw) {
      table = draw.doc.struct("Table");
      draw.root.add(table);
    },
    end() {
      table?.end();
    },
  };
};

function drawCell(
  draw: Parameters<Unit["draw"]>[0],
  text: TextLines,
  left: number,
  top: number,
  target: { element: PDFKit.PDFStructureElement; tag: string },
): void {
  text.lines.forEach((_, index) => {
    drawTextLine(draw, text, index, left, top + index * text.lineHeight, target);
  });
}
