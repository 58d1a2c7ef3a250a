// PDF measure pass: the BlockConverter of each Document block kind.
import type { BlockConverters } from "../draw/measured-block.js";
import { headingToPdf } from "./heading.js";
import { listToPdf } from "./list.js";
import { pageBreakToPdf } from "./page-break.js";
import { paragraphToPdf } from "./paragraph.js";
import { ruleToPdf } from "./rule.js";
import { tableToPdf } from "./table.js";
import { tocToPdf } from "./toc.js";

/** The renderer of each block kind. */
export const blockConverters: BlockConverters = {
  paragraph: paragraphToPdf,
  heading: headingToPdf,
  list: listToPdf,
  table: tableToPdf,
  rule: ruleToPdf,
  pageBreak: pageBreakToPdf,
  toc: tocToPdf,
};
