import type { RenderBlock } from "../layout/measured-block.js";

/** A forced page break; nothing is drawn. */
export const renderPageBreak: RenderBlock<"pageBreak"> = () => ({
  units: [],
  spaceBefore: 0,
  spaceAfter: 0,
  keepTogether: false,
  keepWithNext: false,
  pageBreakBefore: false,
  breakPage: true,
  minUnits: 1,
});
