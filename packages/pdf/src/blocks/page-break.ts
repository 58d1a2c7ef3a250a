// PDF measure pass: a Document page break → an empty MeasuredBlock that forces a new page.
import type { BlockConverter } from "../draw/measured-block.js";

/** A forced page break; nothing is drawn. */
export const pageBreakToPdf: BlockConverter<"pageBreak"> = () => ({
  units: [],
  spaceBefore: 0,
  spaceAfter: 0,
  keepTogether: false,
  keepWithNext: false,
  pageBreakBefore: false,
  breakPage: true,
  minUnits: 1,
});
