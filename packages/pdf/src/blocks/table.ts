// PDF measure pass: a Document table → a MeasuredBlock of row units, drawn later as Table/TR/TH/TD.
import { isRightToLeftLanguage, type ResolvedStyle, type Table, type TableCell } from "@briefing/core";
import type { DrawContext, MeasureContext } from "../draw/draw-context.js";
import type { BlockConverter, MeasuredBlock, Unit } from "../draw/measured-block.js";
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
export const tableToPdf: BlockConverter<"table"> = (block, context) => new TableBlock(block, context);

// Classes, not objects of closures per table (every statement's metadata block is one): see
// docs/pdf.md, "No closures made per document on the hot path".
class TableBlock implements MeasuredBlock {
  readonly units: Unit[] = [];
  readonly spaceBefore = 0;
  readonly spaceAfter = TABLE_SPACE_AFTER;
  readonly keepTogether = false;
  readonly keepWithNext = false;
  readonly pageBreakBefore = false;
  readonly minUnits = 1;
  /** Each column's left edge from the text area's left. */
  readonly offsets: number[] = [];
  /** The `Table` element, opened when the first row is drawn. */
  element: PDFKit.PDFStructureElement | undefined;

  constructor(block: Table, context: MeasureContext) {
    let total = 0;
    for (const column of block.columns) total += column;
    const widths: number[] = [];
    for (const column of block.columns) widths.push((context.width * column) / total);
    // A right-to-left document reads its columns from the right: the first (a label) is rightmost.
    const rtl = isRightToLeftLanguage(context.document.meta.language);
    let before = 0;
    for (const width of widths) {
      this.offsets.push(rtl ? context.width - before - width : before);
      before += width;
    }
    for (const row of block.rows) {
      const cells: MeasuredCell[] = [];
      let tallest = 0;
      for (const [index, cell] of row.cells.entries()) {
        const style = context.style(cell.style);
        const width = Math.max(1, (widths[index] ?? widths.at(-1) ?? context.width) - 2 * CELL_PADDING);
        const text = layoutText(cell.inlines, style, context, { width, indent: 0, firstLineIndent: 0 });
        const height = style.spaceBefore + text.lines.length * text.lineHeight + style.spaceAfter;
        cells.push({ cell, text, height, style });
        tallest = Math.max(tallest, height);
      }
      this.units.push(new TableRow(this, cells, tallest + 2 * CELL_PADDING));
    }
  }

  begin(draw: DrawContext): void {
    this.element = draw.doc.struct("Table");
    draw.root.add(this.element);
  }

  end(): void {
    this.element?.end();
  }
}

/** One row: a `TR` of `TH`/`TD` cells, never split across pages. */
class TableRow implements Unit {
  constructor(
    private readonly table: TableBlock,
    private readonly cells: readonly MeasuredCell[],
    readonly height: number,
  ) {}

  draw(draw: DrawContext, top: number): void {
    const tr = draw.doc.struct("TR");
    this.table.element?.add(tr);
    for (const [index, { cell, text, style }] of this.cells.entries()) {
      const tag = cell.header ? "TH" : "TD";
      const element = draw.doc.struct(tag);
      tr.add(element);
      const left = draw.left + (this.table.offsets[index] ?? 0) + CELL_PADDING;
      const cellTop = top + CELL_PADDING + style.spaceBefore;
      const target = { element, tag };
      for (let line = 0; line < text.lines.length; line++)
        drawTextLine(draw, text, line, left, cellTop + line * text.lineHeight, target);
      element.end();
    }
    tr.end();
  }
}
