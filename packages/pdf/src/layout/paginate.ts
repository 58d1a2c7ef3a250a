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
  /** Per page, the ids of the footnotes its units point to, in order of their markers. */
  footnotes: string[][];
}

const EPSILON = 0.01;
/** How far a chain of keep-with-next blocks is followed. */
const MAX_KEEP_CHAIN = 4;

function heightOf(block: MeasuredBlock, from: number, to: number): number {
  let height = 0;
  for (let i = from; i < to; i++) {
    const unit = block.units[i];
    height += (unit?.height ?? 0) + (i > from ? (unit?.spaceBefore ?? 0) : 0);
  }
  return height;
}

/** The first unit at or after `from` a page may break before (`block.breaks`), else the block's end. */
function breakFrom(block: MeasuredBlock, from: number): number {
  let end = from;
  while (end < block.units.length && !block.breaks?.has(end)) end++;
  return end;
}

/**
 * With `block.breaks`: of the `fit` units from `next` that fit on the page, how many end where a
 * page may break; 0 (start a new page) when none does, unless the stretch from `next` to its
 * next break is taller than a page (`pageHeight`), which breaks between units as it fits.
 */
function fitToBreak(block: MeasuredBlock, next: number, fit: number, pageHeight: number): number {
  for (let k = next + fit; k > next; k--) if (block.breaks?.has(k)) return k - next;
  return heightOf(block, next, breakFrom(block, next + 1)) > pageHeight + EPSILON ? fit : 0;
}

/** Height of what must start on the page together: all of it, or its first `minUnits` units. */
function leadHeight(block: MeasuredBlock): number {
  const n = block.units.length;
  if (block.keepTogether || n < 2 * block.minUnits) return heightOf(block, 0, n);
  if (block.breaks) return heightOf(block, 0, breakFrom(block, 1));
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
  options: {
    firstSpaceBefore?: boolean;
    /** Height the footnotes `ids` take at a page's foot (0 for none): the text area shrinks by it. */
    footnoteHeight?: (ids: readonly string[]) => number;
  } = {},
): Pagination {
  const pages: Placement[][] = [[]];
  const footnotes: string[][] = [[]];
  // The page's bottom less the footnotes of its units and of units `from`…`to` of `block`: a
  // line whose footnote does not fit moves to the next page with it.
  const bottomWith = (block: MeasuredBlock, from: number, to: number): number => {
    if (!options.footnoteHeight) return bottom;
    const ids = [...(footnotes[footnotes.length - 1] ?? [])];
    for (let i = from; i < to; i++)
      for (const id of block.units[i]?.footnotes ?? []) if (!ids.includes(id)) ids.push(id);
    return ids.length > 0 ? bottom - options.footnoteHeight(ids) : bottom;
  };
  const anchors = new Map<string, number>();
  let y = top;
  let previousAfter = 0;
  const page = () => pages[pages.length - 1] as Placement[];
  const newPage = () => {
    pages.push([]);
    footnotes.push([]);
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
    if (page().length > 0 && y + gap() + own + keptHeight(blocks, index) > bottomWith(block, 0, 0) + EPSILON)
      newPage();
    y += gap();
    if (block.anchor !== undefined) anchors.set(block.anchor, pages.length);
    let next = 0;
    while (next < n) {
      let fit = 0;
      let height = 0;
      // A unit's own space before counts unless it starts the page.
      const step = () =>
        heightOf(block, next + fit, next + fit + 1) +
        (fit > 0 ? (block.units[next + fit]?.spaceBefore ?? 0) : 0);
      while (next + fit < n && y + height + step() <= bottomWith(block, next, next + fit + 1) + EPSILON) {
        height += step();
        fit++;
      }
      if (next + fit < n && block.breaks) {
        if (fit > 0) fit = fitToBreak(block, next, fit, bottom - top);
        else if (page().length === 0) fit = 1;
      } else if (next + fit < n) {
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
        if (i > 0) y += block.units[next + i]?.spaceBefore ?? 0;
        page().push({ block: index, unit: next + i, top: y });
        for (const id of block.units[next + i]?.footnotes ?? []) {
          const ids = footnotes[footnotes.length - 1] as string[];
          if (!ids.includes(id)) ids.push(id);
        }
        y += heightOf(block, next + i, next + i + 1);
      }
      next += fit;
      if (next < n) newPage();
    }
    previousAfter = block.spaceAfter;
  });
  if (pages.length > 1 && page().length === 0) {
    pages.pop();
    footnotes.pop();
  }
  return { pages, anchors, footnotes };
}
