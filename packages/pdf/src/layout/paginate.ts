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

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Keep the first block's space before at the top of page 1 (a cover's title sits lower). */
  firstSpaceBefore?: boolean;
  /** Height the footnotes `ids` take at a page's foot (0 for none): the text area shrinks by it. */
  footnoteHeight?: (ids: readonly string[]) => number;
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
  options: PaginateOptions = {},
): Pagination {
  const filler = new PageFiller(blocks, top, bottom, options);
  for (let index = 0; index < blocks.length; index++) filler.place(blocks[index] as MeasuredBlock, index);
  const { pages, anchors, footnotes } = filler;
  if (pages.length > 1 && filler.page().length === 0) {
    pages.pop();
    footnotes.pop();
  }
  return { pages, anchors, footnotes };
}

/**
 * The pages being filled, one block at a time. A class rather than closures inside paginate:
 * see docs/pdf.md, "No closures made per document on the hot path".
 */
class PageFiller {
  readonly pages: Placement[][] = [[]];
  readonly footnotes: string[][] = [[]];
  readonly anchors = new Map<string, number>();
  y: number;
  previousAfter = 0;

  constructor(
    private readonly blocks: readonly MeasuredBlock[],
    private readonly top: number,
    private readonly bottom: number,
    private readonly options: PaginateOptions,
  ) {
    this.y = top;
  }

  /** The page being filled. */
  page(): Placement[] {
    return this.pages[this.pages.length - 1] as Placement[];
  }

  newPage(): void {
    this.pages.push([]);
    this.footnotes.push([]);
    this.y = this.top;
    this.previousAfter = 0;
  }

  // The page's bottom less the footnotes of its units and of units `from`…`to` of `block`: a
  // line whose footnote does not fit moves to the next page with it.
  bottomWith(block: MeasuredBlock, from: number, to: number): number {
    const { bottom, options, footnotes } = this;
    if (!options.footnoteHeight) return bottom;
    const ids = [...(footnotes[footnotes.length - 1] ?? [])];
    for (let i = from; i < to; i++)
      for (const id of block.units[i]?.footnotes ?? []) if (!ids.includes(id)) ids.push(id);
    return ids.length > 0 ? bottom - options.footnoteHeight(ids) : bottom;
  }

  /** The space above `block` on the page being filled. */
  gap(block: MeasuredBlock): number {
    return this.page().length > 0
      ? Math.max(this.previousAfter, block.spaceBefore)
      : this.options.firstSpaceBefore && this.pages.length === 1
        ? block.spaceBefore
        : 0;
  }

  /** Places the units of `block`, `blocks[index]`. */
  place(block: MeasuredBlock, index: number): void {
    const { anchors, footnotes } = this;
    if (block.breakPage) {
      if (this.page().length > 0) this.newPage();
      return;
    }
    const n = block.units.length;
    if (n === 0) return;
    if (block.pageBreakBefore && this.page().length > 0) this.newPage();
    const own = block.keepWithNext ? heightOf(block, 0, n) : leadHeight(block);
    if (
      this.page().length > 0 &&
      this.y + this.gap(block) + own + keptHeight(this.blocks, index) > this.bottomWith(block, 0, 0) + EPSILON
    )
      this.newPage();
    this.y += this.gap(block);
    if (block.anchor !== undefined) anchors.set(block.anchor, this.pages.length);
    let next = 0;
    while (next < n) {
      let fit = 0;
      let height = 0;
      while (
        next + fit < n &&
        this.y + height + stepHeight(block, next + fit, fit) <=
          this.bottomWith(block, next, next + fit + 1) + EPSILON
      ) {
        height += stepHeight(block, next + fit, fit);
        fit++;
      }
      if (next + fit < n && block.breaks) {
        if (fit > 0) fit = fitToBreak(block, next, fit, this.bottom - this.top);
        else if (this.page().length === 0) fit = 1;
      } else if (next + fit < n) {
        const left = n - next - fit;
        if (left < block.minUnits) fit = Math.max(0, n - next - block.minUnits);
        if (next === 0 && fit < block.minUnits) fit = 0;
        if (fit === 0 && this.page().length === 0) fit = 1;
      }
      if (fit === 0) {
        this.newPage();
        if (next === 0 && block.anchor !== undefined) anchors.set(block.anchor, this.pages.length);
        continue;
      }
      for (let i = 0; i < fit; i++) {
        if (i > 0) this.y += block.units[next + i]?.spaceBefore ?? 0;
        this.page().push({ block: index, unit: next + i, top: this.y });
        for (const id of block.units[next + i]?.footnotes ?? []) {
          const ids = footnotes[footnotes.length - 1] as string[];
          if (!ids.includes(id)) ids.push(id);
        }
        this.y += heightOf(block, next + i, next + i + 1);
      }
      next += fit;
      if (next < n) this.newPage();
    }
    this.previousAfter = block.spaceAfter;
  }
}

/** Height unit `at` of `block` adds after `fit` units: its own space before counts unless it starts the page. */
function stepHeight(block: MeasuredBlock, at: number, fit: number): number {
  return heightOf(block, at, at + 1) + (fit > 0 ? (block.units[at]?.spaceBefore ?? 0) : 0);
}
