// PDF measure pass: the BlockConverter type (Document block → MeasuredBlock) and the MeasuredBlock
// and Unit types that pagination places and the draw pass draws.
import type { Block, ResolvedStyle } from "@briefing/core";
import type { DrawContext, MeasureContext } from "./draw-context.js";

/** The smallest piece of a block that goes on one page: a line, a table row, a TOC entry. */
export interface Unit {
  height: number;
  /** Space above the unit inside its block (between list items), dropped at the top of a page. */
  spaceBefore?: number;
  draw(context: DrawContext, top: number): void;
  /** Ids of the footnotes whose markers this unit holds: set on the same page. */
  footnotes?: readonly string[];
}

/** A block measured for the page width: what pagination needs and how to draw it. */
export interface MeasuredBlock {
  units: Unit[];
  spaceBefore: number;
  spaceAfter: number;
  /** Never split across pages (unless it is taller than a page). */
  keepTogether: boolean;
  /** Start on the same page as the next block's first units. */
  keepWithNext: boolean;
  pageBreakBefore: boolean;
  /** A forced page break and nothing else. */
  breakPage?: boolean;
  /** Fewest units a page may end or start the block with (2 = widow/orphan control). */
  minUnits: number;
  /**
   * Where a page may break inside the block: before unit k for each k in the set (a sentence
   * or an item starts there). Unset: before any unit. A stretch between two such breaks that
   * is taller than a page still breaks between units.
   */
  breaks?: ReadonlySet<number>;
  /** Draws a continuation mark under unit `unit`, the last on a page the block goes on from. */
  continued?(context: DrawContext, unit: number, bottom: number): void;
  /** The heading id whose page the TOC shows. */
  anchor?: string;
  /** Called before the first unit is drawn (opens the structure element). */
  begin?(context: DrawContext): void;
  /** Called after the last unit is drawn. */
  end?(context: DrawContext): void;
}

/** Measures one kind of block. */
export type BlockConverter<K extends Block["kind"] = Block["kind"]> = (
  block: Extract<Block, { kind: K }>,
  context: MeasureContext,
) => MeasuredBlock;

/** One renderer per block kind. */
export type BlockConverters = { [K in Block["kind"]]: BlockConverter<K> };

/** The flow rules a block takes straight from its style. */
export function styleFlow(
  style: ResolvedStyle,
): Pick<MeasuredBlock, "spaceBefore" | "spaceAfter" | "keepTogether" | "keepWithNext" | "pageBreakBefore"> {
  return {
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
    keepTogether: style.keepTogether,
    keepWithNext: style.keepWithNext,
    pageBreakBefore: style.pageBreakBefore,
  };
}
