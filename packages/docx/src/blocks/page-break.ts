// Word block conversion: a Document page break → a paragraph holding one page-break run.
import type { BlockConverter } from "./block-converter.js";

/** A page break as Word writes one for Ctrl+Enter: a break run in its own paragraph. */
export const pageBreakToDocx: BlockConverter<"pageBreak"> = () =>
  '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
