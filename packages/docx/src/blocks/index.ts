// Word block conversion: any Document block → body XML, by the converter of its kind.
import type { Block } from "@briefing/core";
import type { PartLinks } from "../part-links.js";
import type { RenderContext } from "../render-context.js";
import type { BlockConverter, BlockConverters } from "./block-converter.js";
import { headingToDocx } from "./heading.js";
import { listToDocx } from "./list.js";
import { pageBreakToDocx } from "./page-break.js";
import { paragraphToDocx } from "./paragraph.js";
import { ruleToDocx } from "./rule.js";
import { tableToDocx } from "./table.js";
import { tocToDocx } from "./toc.js";

/** The converter of each block kind. */
export const blockConverters: BlockConverters = {
  paragraph: paragraphToDocx,
  heading: headingToDocx,
  list: listToDocx,
  table: tableToDocx,
  rule: ruleToDocx,
  pageBreak: pageBreakToDocx,
  toc: tocToDocx,
};

/** Writes one block with the converter of its kind. */
export function blockToDocx(block: Block, context: RenderContext, links: PartLinks): string {
  const convert = blockConverters[block.kind] as BlockConverter<Block["kind"]>;
  return convert(block as never, context, links);
}
