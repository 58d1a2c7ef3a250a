// Word block conversion: the BlockConverter types, a Document block → WordprocessingML body content.
import type { Block, BlockKind } from "@briefing/core";
import type { PartLinks } from "../part-links.js";
import type { RenderContext } from "../render-context.js";

/** Writes one kind of block as Word body content (`w:p`, `w:tbl`, `w:sdt` elements). */
export type BlockConverter<K extends BlockKind> = (
  block: Extract<Block, { kind: K }>,
  context: RenderContext,
  links: PartLinks,
) => string;

/** One converter per block kind. */
export type BlockConverters = { [K in BlockKind]: BlockConverter<K> };
