import type { BlockRenderers } from "../layout/measured-block.js";
import { renderHeading } from "./heading.js";
import { renderList } from "./list.js";
import { renderPageBreak } from "./page-break.js";
import { renderParagraph } from "./paragraph.js";
import { renderRule } from "./rule.js";
import { renderTable } from "./table.js";
import { renderToc } from "./toc.js";

/** The renderer of each block kind. */
export const blockRenderers: BlockRenderers = {
  paragraph: renderParagraph,
  heading: renderHeading,
  list: renderList,
  table: renderTable,
  rule: renderRule,
  pageBreak: renderPageBreak,
  toc: renderToc,
};
