// Word block conversion: the BlockConverter types, a Document block → docx FileChild body content.
import type { Block, BlockKind } from "@briefing/core";
import type { FileChild } from "docx";
import type { RenderContext } from "../render-context.js";

/** Writes one kind of block as Word body content. */
export type BlockConverter<K extends BlockKind> = (
  block: Extract<Block, { kind: K }>,
  context: RenderContext,
) => FileChild[];

/** One converter per block kind. */
export type BlockConverters = { [K in BlockKind]: BlockConverter<K> };
