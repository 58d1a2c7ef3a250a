// Pagination: MeasuredBlocks → their units placed on pages (breaks, keeps, widow/orphan control)
// and the page of each heading anchor.
import type { MeasuredBlock } from "../draw/measured-block.js";

/** A unit of a block placed on a page, its top at `top`. */
export interface Placement {
  block: number;
  unit: number;
  top: number;
}

export interface Pagination {
  pages: Placement[][];
  /** 1-based page of each block anchor (heading id). */
  anchors: Map<string, number>;
}

const EPSILON = 0.01;
/** How far a chain of keep-with-next blocks is followed. */
const MAX_KEEP_CHAIN = 4;

function heightOf(block: MeasuredBlock, from: number, to: number): number {
  let height = 0;
  for (let i = from; i < to; i++) height += block.units[i]?.height ?? 0;
  return height;
}

/** Height of what must start on the page together: all of it, or its first `minUnits` units. */
function leadHeight(block: MeasuredBlock): number {
  const n = block.units.length;
  if (block.keepTogether || n < 2 * block.minUnits) return heightOf(block, 0, n);
  return heightOf(block, 0, block.minUnits);
}

/** Height the blocks kept with `blocks[index]` add after it. */
function keptHeight(blocks: readonly MeasuredBlock[], index: number, depth = 0): number {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (!block?.keepWithNext || !next || next.breakPage || next.pageBreakBefore || depth >= MAX_KEEP_CHAIN)
    return 0;
  const gap = Math.max(block.spaceAfter, next.spaceBefore);
  if (next.keepWithNext)
    return gap + heightOf(next, 0, next.units.length) + keptHeight(blocks, index + 1, depth + 1);
  return gap + leadHeight(next);
}

/**
 * Places every unit of every block on pages of content height `top`…`bottom`: page breaks,
 * keep-with-next, keep-together and widow/orphan control (a page never starts or ends a
 * block with fewer than `minUnits` of its units, when it can be helped).
 */
export function paginate(
  blocks: readonly MeasuredBlock[],
  top: number,
  bottom: number,
  /** Keep the first block's space before at the top of page 1 (a cover's title sits lower). */
  options: { firstSpaceBefore?: boolean } = {},
): Pagination {
  const pages: Placement[][] = [[]];
  const anchors = new Map<string, number>();
  let y = top;
  let previousAfter = 0;
  const page = () => pages[pages.length - 1] as Placement[];
  const newPage = () => {
    pages.push([]);
    y = top;
    previousAfter = 0;
  };
  blocks.forEach((block, index) => {
    if (block.breakPage) {
      if (page().length > 0) newPage();
      return;
    }
    const n = block.units.length;
    if (n === 0) return;
    if (block.pageBreakBefore && page().length > 0) newPage();
    const gap = () =>
      page().length > 0
        ? Math.max(previousAfter, block.spaceBefore)
        : options.firstSpaceBefore && pages.length === 1
          ? block.spaceBefore
          : 0;
    const own = block.keepWithNext ? heightOf(block, 0, n) : leadHeight(block);
    if (page().length > 0 && y + gap() + own + keptHeight(blocks, index) > bottom + EPSILON) newPage();
    y += gap();
    if (block.anchor !== undefined) anchors.set(block.anchor, pages.length);
    let next = 0;
    while (next < n) {
      let fit = 0;
      let height = 0;
      while (next + fit < n && y + height + heightOf(block, next + fit, next + fit + 1) <= bottom + EPSILON) {
        height += heightOf(block, next + fit, next + fit + 1);
        fit++;
      }
      if (next + fit < n) {
        const left = n - next - fit;
        if (left < block.minUnits) fit = Math.max(0, n - next - block.minUnits);
        if (next === 0 && fit < block.minUnits) fit = 0;
        if (fit === 0 && page().length === 0) fit = 1;
      }
      if (fit === 0) {
        newPage();
        if (next === 0 && block.anchor !== undefined) anchors.set(block.anchor, pages.length);
        continue;
      }
      for (let i = 0; i < fit; i++) {
        page().push({ block: index, unit: next + i, top: y });
        y += heightOf(block, next + i, next + i + 1);
      }
      next += fit;
      if (next < n) newPage();
    }
    previousAfter = block.spaceAfter;
  });
  if (pages.length > 1 && page().length === 0) pages.pop();
  return { pages, anchors };
}
